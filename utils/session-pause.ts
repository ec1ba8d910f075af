/**
 * "Paused for this browser session" must end when the browser closes. The pause itself is in
 * `local:` storage (content scripts must read it); a marker in `session:` storage, which the
 * browser empties on every start, tells the background that a new session has begun.
 * runtime.onStartup alone was not enough: in the restart e2e test (an extension loaded with
 * --load-extension) a session pause survived the restart with only that listener.
 */
import { storage } from 'wxt/utils/storage';
import { readPause, writePause } from './storage';

const sessionMarker = storage.defineItem<boolean>('session:session-started', { fallback: false });

/** Ends a session pause left over from a previous browser session. Safe to call any number of times. */
export async function endStaleSessionPause(): Promise<void> {
  try {
    if (await sessionMarker.getValue()) return;
    await sessionMarker.setValue(true);
    if ((await readPause()) === 'session') await writePause('none');
  } catch {
    // No session storage (very old browser): the onStartup listener still ends the pause.
  }
}
