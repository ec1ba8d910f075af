/**
 * A page (or a Playwright frame) from Playwright (Chromium) or Puppeteer (Firefox):
 * helpers that only run code in the page take any of them.
 */
export type AnyPage = import('playwright-core').Page | import('playwright-core').Frame | import('puppeteer-core').Page;

/** `page.evaluate(fn, arg)` for either library. */
export function evaluateIn<A, R>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  // Both libraries serialise `fn` and pass it `arg` the same way; their typings differ only in how they unwrap handles.
  return (page.evaluate as (f: typeof fn, a: A) => Promise<R>).call(page, fn, arg);
}
