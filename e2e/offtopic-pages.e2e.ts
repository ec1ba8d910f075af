/**
 * Real pages on other subjects (../shared/real-pages: news, magazines, blogs, docs…),
 * loaded in Chromium with the extension as their sites served them, from 127.0.0.1 with
 * every other request blocked: the extension throws nothing, changes nothing in the DOM
 * and draws no highlight. A sample of the pages, spread over the list; skipped with a
 * message where ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { readHighlights } from '../testing/harness/highlights';
import { sharedDir } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';

const realPages = join(sharedDir, 'real-pages');
const present = existsSync(join(realPages, 'text/offtopic.list'));
if (!present) console.warn(`offtopic-pages: SKIPPED, ${realPages} is absent (the real pages live outside the repo)`);

const SAMPLE = 8;
/** Time for the content script to read the page and for late page scripts to settle. */
const SETTLE_MS = 2_500;

function samplePages(): string[] {
  const names = readFileSync(join(realPages, 'text/offtopic.list'), 'utf8')
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^.*\//, '')
        .replace(/\.txt$/, ''),
    )
    .filter(Boolean);
  const step = Math.max(1, Math.floor(names.length / SAMPLE));
  return names.filter((_, i) => i % step === 0).slice(0, SAMPLE);
}

async function blockOutside(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
}

async function load(context: BrowserContext, url: string): Promise<{ tab: Page; errors: string[]; dom: string }> {
  const tab = await context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  await tab.waitForTimeout(SETTLE_MS);
  const dom = await tab.evaluate(() => document.documentElement.outerHTML);
  return { tab, errors, dom };
}

describe.skipIf(!present)('off-topic real pages in Chromium', () => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  let plain: ExtensionBrowser;
  const pages = present ? samplePages() : [];
  /** Pages whose DOM could be compared (two plain loads agreed), said at the end. */
  const compared: string[] = [];

  beforeAll(async () => {
    server = await startServer(
      Object.fromEntries(pages.map((id) => [`/${id}.html`, readFileSync(join(realPages, `pages/${id}.html`), 'utf8')])),
    );
    browser = await launchChromium();
    plain = await launchChromium({ withExtension: false });
    await blockOutside(browser.context, server.origin);
    await blockOutside(plain.context, server.origin);
  });
  afterAll(async () => {
    console.info(
      `offtopic-pages: DOM compared with the plain browser on ${compared.length} of ${pages.length} pages (${compared.join(', ')}); the others change their own DOM from load to load`,
    );
    await browser?.close();
    await plain?.close();
    await server?.close();
  });

  test.each(pages)(
    'page %s: no error from the extension, no highlight, the DOM as without it',
    async (id) => {
      const url = server.url(`/${id}.html`);
      const ours = await load(browser.context, url);
      expect(await readHighlights(ours.tab)).toEqual([]);
      expect(ours.errors.filter((e) => e.includes('chrome-extension://'))).toEqual([]);
      // The page's own scripts may change its DOM differently on every load (clocks, ids):
      // compare with the browser without the extension only where two plain loads agree.
      const first = await load(plain.context, url);
      const second = await load(plain.context, url);
      if (first.dom === second.dom) {
        expect(ours.dom).toBe(first.dom);
        compared.push(id);
      }
      await Promise.all([ours.tab.close(), first.tab.close(), second.tab.close()]);
    },
    90_000,
  );
});
