/**
 * The content script's reading of the settings and the pause: straight from
 * `storage.local`, where WXT storage keeps the items of utils/storage.ts, under the same
 * keys (utils/storage-keys.ts). The content script runs in every frame of every page and
 * only ever reads these two values, so it does without WXT storage (8.5 kB of its bundle);
 * tests/utils/stored-state.test.ts writes through WXT storage and reads back through this.
 */
import { browser } from 'wxt/browser';
import { parsePause, type PauseState, type Settings, validSettingsOf } from '@/core/settings';
import { localKeyOf, PAUSE_KEY, SETTINGS_KEY } from './storage-keys';

const SETTINGS = localKeyOf(SETTINGS_KEY);
const PAUSE = localKeyOf(PAUSE_KEY);

type StorageChanges = Record<string, { newValue?: unknown }>;

/**
 * Calls back with the validated settings and pause once they are read, then after every
 * change to either, until `signal` aborts. Never throws: unreadable storage gives the
 * defaults, and a damaged settings value its valid parts (validSettingsOf). The content
 * script leaves storage as it is: the extension's pages repair it (utils/storage.ts); a
 * repair from every frame of every open page would be so many writes racing.
 */
export function watchStoredState(onChange: (settings: Settings, pause: PauseState) => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  let settings: Settings | undefined;
  let pause: PauseState | undefined;
  let ready = false;
  const emit = () => {
    if (ready && !signal?.aborted) onChange(settings!, pause!);
  };

  // Listen first, so a change made while the first read is in flight is not missed; a
  // value it brings is newer than what that read returns.
  const listener = (changes: StorageChanges, area: string) => {
    if (area !== 'local' || !(SETTINGS in changes || PAUSE in changes)) return;
    if (SETTINGS in changes) settings = validSettingsOf(changes[SETTINGS]!.newValue);
    if (PAUSE in changes) pause = parsePause(changes[PAUSE]!.newValue);
    emit();
  };
  let local: typeof browser.storage.local;
  try {
    local = browser.storage.local;
    browser.storage.onChanged.addListener(listener);
  } catch {
    // No storage API (e.g. the extension was updated under an old content script): the defaults, once.
    settings = validSettingsOf(null);
    pause = 'none';
    ready = true;
    emit();
    return;
  }
  signal?.addEventListener(
    'abort',
    () => {
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        // After an extension reload the API throws "Extension context invalidated"; its listeners are gone anyway.
      }
    },
    { once: true },
  );

  void local
    .get([SETTINGS, PAUSE])
    .catch(() => ({}) as Record<string, unknown>)
    .then((values) => {
      settings ??= validSettingsOf(values[SETTINGS]);
      pause ??= parsePause(values[PAUSE]);
      ready = true;
      emit();
    });
}
