/**
 * Brings the card's view into the content script: card-ui.js is imported as a module
 * from the extension's own files. It runs in the content script's isolated world
 * (Chrome) or sandbox (Firefox), so it shares this script's global object, and leaves
 * the view there under CARD_VIEW_KEY.
 *
 * The file is a web-accessible resource (content scripts may only import those), with
 * Chrome's `use_dynamic_url`: its URL carries an id that changes every session, so a
 * page cannot probe for the extension at a fixed address (see wxt.config.ts).
 */
import { browser } from 'wxt/browser';
import { CARD_VIEW_KEY, type CreateCardView } from './card-view-api';

export const CARD_UI_PATH = '/card-ui.js';

export async function importCardView(): Promise<CreateCardView> {
  // A URL known only at run time: the bundler must leave this import() alone.
  await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH));
  const create = (globalThis as Record<symbol, unknown>)[CARD_VIEW_KEY];
  if (typeof create !== 'function') throw new Error(`${CARD_UI_PATH} did not provide the card view`);
  return create as CreateCardView;
}
