/**
 * The content script's reading of the settings and the pause: straight from
 * `storage.local`, where WXT storage keeps the items of utils/storage.ts, under the same
 * keys (utils/storage-keys.ts). The content script runs in every frame of every page and
 * only ever reads these two values, so it does without WXT storage (8.5 kB of its bundle);
 * tests/utils/stored-state.test.ts writes through WXT storage and reads back through this.
 */
import { browser } from 'wxt/browser';
import { parsePause, parseSettingsLeniently, type PauseState, type Settings } from '@/core/settings';
import { localKeyOf, PAUSE_KEY, SETTINGS_KEY } from './storage-keys';

const SETTINGS = localKeyOf(SETTINGS_KEY);
const PAUSE = localKeyOf(PAUSE_KEY);

type StorageChanges = Record<string, { newValue?: unknown }>;

/**
 * Calls back with the validated settings and pause once they are read, then after every
 * change to either, until `signal` aborts. Never throws: unreadable storage gives the
 * defaults, and a damaged settings value is repaired in storage; site entries are kept as
 * stored (parseSettingsLeniently), and the extension's pages repair those.
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
    if (SETTINGS in changes) settings = validSettings(changes[SETTINGS]!.newValue);
    if (PAUSE in changes) pause = parsePause(changes[PAUSE]!.newValue);
    emit();
  };
  let local: typeof browser.storage.local;
  try {
    local = browser.storage.local;
    browser.storage.onChanged.addListener(listener);
  } catch {
    // No storage API (e.g. the extension was updated under an old content script): the defaults, once.
    settings = parseSettingsLeniently(null).settings;
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
      settings ??= validSettings(values[SETTINGS]);
      pause ??= parsePause(values[PAUSE]);
      ready = true;
      emit();
    });

  function validSettings(raw: unknown): Settings {
    const parsed = parseSettingsLeniently(raw);
    if (parsed.repaired) {
      console.warn('[Karabakh Context] settings repaired:', parsed.problems.join(' '));
      void local.set({ [SETTINGS]: parsed.settings }).catch(() => undefined);
    }
    return parsed.settings;
  }
}
