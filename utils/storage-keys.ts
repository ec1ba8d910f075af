/**
 * Where the settings and the pause are stored, in WXT storage's `area:key` form. Declared
 * apart from the items (utils/storage.ts) so that the content script can read the same
 * values without bundling WXT storage (see stored-state.ts).
 */
export const SETTINGS_KEY = 'local:settings';
export const PAUSE_KEY = 'local:pause';

/** The key inside `storage.local`: WXT storage keeps an item's value there under its name. */
export function localKeyOf(key: `local:${string}`): string {
  return key.slice('local:'.length);
}
