/**
 * Every storage item, declared once. Values are typed `unknown` on purpose: whatever is
 * stored goes through core/settings.ts before anyone uses it, and a damaged value is
 * written back repaired. The content script reads the same keys without WXT storage
 * (stored-state.ts).
 */
import { storage } from 'wxt/utils/storage';
import { parsePause, parseSettings, type PauseState, type Settings } from '@/core/settings';
import { PAUSE_KEY, SETTINGS_KEY } from './storage-keys';

/**
 * Version 1 is the first stored shape; WXT reads a value without version metadata as v1.
 * A future shape change adds `version: 2` and `migrations: { 2: fromV1 }`, which WXT runs
 * once per context before the first read; parseSettings still validates the result, and a
 * value from a newer version (a downgrade) keeps every part this version understands.
 * No `migrations` yet, on purpose: with them WXT touches storage as soon as this module is
 * imported, which the build does in Node.
 */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, {
  fallback: null,
  version: 1,
});

/**
 * The global pause. It lives in `local:` rather than `session:` because content scripts
 * must read it in Chrome and Firefox alike, and `storage.session` is closed to them unless
 * opened per browser; the background clears a `session` pause on browser start-up
 * (runtime.onStartup), which is what "for this browser session" means.
 */
export const pauseItem = storage.defineItem<unknown>(PAUSE_KEY, {
  fallback: 'none',
  version: 1,
});

function logProblems(problems: string[]): void {
  if (problems.length > 0) console.warn('[Karabakh Context] settings repaired:', problems.join(' '));
}

/** Reads and validates the settings; a damaged value is repaired in storage. Never throws. */
export async function readSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    return parseSettings(null).settings;
  }
  const { settings, repaired, problems } = parseSettings(raw);
  if (repaired) {
    logProblems(problems);
    await settingsItem.setValue(settings).catch(() => undefined);
  }
  return settings;
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings).settings);
}

/** Read-modify-write of the settings. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await writeSettings(next);
  return next;
}

export async function readPause(): Promise<PauseState> {
  try {
    return parsePause(await pauseItem.getValue());
  } catch {
    return 'none';
  }
}

export async function writePause(pause: PauseState): Promise<void> {
  await pauseItem.setValue(pause);
}

function stopOnAbort(unwatch: () => void, signal?: AbortSignal): void {
  if (!signal) return;
  // After an extension reload the API throws "Extension context invalidated"; its listeners are gone anyway.
  const stop = () => {
    try {
      unwatch();
    } catch {}
  };
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
}

/** Calls back with validated settings after every change, until the signal aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  try {
    const unwatch = settingsItem.watch((value) => {
      const { settings, repaired } = parseSettings(value);
      // Another context wrote a damaged value: repair it once, here; the repair triggers this again, valid.
      if (repaired) void settingsItem.setValue(settings).catch(() => undefined);
      onChange(settings);
    });
    stopOnAbort(unwatch, signal);
  } catch {
    // No storage (e.g. the extension was updated under an old content script): nothing to watch.
  }
}

export function watchPause(onChange: (pause: PauseState) => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  try {
    const unwatch = pauseItem.watch((value) => onChange(parsePause(value)));
    stopOnAbort(unwatch, signal);
  } catch {
    // As above: nothing to watch.
  }
}
