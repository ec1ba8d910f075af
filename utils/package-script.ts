/**
 * Brings one of the extension's own unlisted scripts into the content script, for code
 * that most pages never need (the hover card's view, the page detector). The script is
 * imported as a module from the extension's files; it runs in the content script's
 * isolated world (Chrome) or sandbox (Firefox), so it shares this script's global object,
 * and leaves what it provides there under a symbol both sides know. The page never sees it.
 *
 * Content scripts may only import web-accessible files, so each such script is listed in
 * the manifest, with Chrome's `use_dynamic_url`: its URL carries an id that changes every
 * session, and a page cannot probe for the extension at a fixed address (wxt.config.ts).
 */
import { browser } from 'wxt/browser';

export type PackageScriptPath = '/card-ui.js' | '/page-detector.js';

/** Resolves to the function the script left under `key`; rejects when it cannot be had. */
export async function importFromPackage<T extends (...args: never[]) => unknown>(path: PackageScriptPath, key: symbol): Promise<T> {
  // A URL known only at run time: the bundler must leave this import() alone.
  await import(/* @vite-ignore */ browser.runtime.getURL(path));
  const provided = (globalThis as Record<symbol, unknown>)[key];
  if (typeof provided !== 'function') throw new Error(`${path} did not provide ${key.description ?? 'its function'}`);
  return provided as T;
}
