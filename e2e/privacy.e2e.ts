/**
 * Privacy, from the outside: the extension sends nothing anywhere, and a page cannot tell
 * it is installed (beyond the highlights it can read, see docs/page-visibility.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { projectRoot } from '../testing/harness/paths';
import { startServer, type Route, type TestServer } from '../testing/harness/server';
import { readCard, waitForCard } from './fixtures/hostile-card';
import { hoverMention } from './fixtures/hostile-hover';
import { readProbe, withProbe } from './fixtures/hostile-probe';

const article = readFileSync(join(projectRoot, 'demo/index.html'), 'utf8');

const watchedArticle = withProbe(article);

let server: TestServer;
/** Every path that reached the server, whoever asked for it. */
const hits: string[] = [];

function recorded(body: string): Route {
  return (req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  };
}

beforeAll(async () => {
  server = await startServer({
    '/': recorded(watchedArticle),
    '/second': recorded(watchedArticle),
    '/probe-from-worker': recorded('probe'),
    '/favicon.ico': { body: '', type: 'image/x-icon' },
  });
});
afterAll(async () => {
  await server?.close();
});

interface SeenRequest {
  url: string;
  from: string;
}

function recordRequests(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  const describe = (request: Request): string => {
    const worker = request.serviceWorker();
    if (worker) return `service worker ${worker.url()}`;
    try {
      return `frame ${request.frame().url()}`;
    } catch {
      return 'unknown';
    }
  };
  context.on('request', (request) => seen.push({ url: request.url(), from: describe(request) }));
  return seen;
}

describe('network', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the recorder sees requests from the extension service worker (control)', async () => {
    const seen = recordRequests(browser.context);
    const probe = server.url('/probe-from-worker');
    await browser.worker.evaluate((url) => fetch(url).then((r) => r.text()), probe);
    expect(seen.map((r) => r.url)).toContain(probe);
  });

  test('reading pages, hovering, the popup and the options page make no request of their own', async () => {
    const seen = recordRequests(browser.context);
    hits.length = 0;
    const page = await browser.context.newPage();
    await page.goto(server.url('/'));
    await waitForHighlights(page, 3);
    await hoverMention(page, 0);
    await waitForCard(page);
    await page.mouse.move(5, 5);
    await page.goto(server.url('/second'));
    await waitForHighlights(page, 3);

    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    const extensionPages = ['popup.html'];
    const optionsPage =
      (manifest as { options_ui?: { page?: string }; options_page?: string }).options_ui?.page ??
      (manifest as { options_page?: string }).options_page;
    if (optionsPage) extensionPages.push(optionsPage);
    for (const path of extensionPages) {
      const extensionPage = await browser.openExtensionPage(path);
      await extensionPage.waitForLoadState('networkidle');
      await extensionPage.close();
    }
    // Late requests (timers, idle callbacks) would show up here.
    await page.waitForTimeout(1500);

    const ownFiles = `chrome-extension://${browser.extensionId}/`;
    // The page detector's code (imported once the page's text may hold a name) and the
    // card's (on the first hover): the package's own files, at their per-session address
    // (use_dynamic_url), not requests to anywhere.
    const [pageDetector, cardUi] = await browser.worker.evaluate(() => [
      chrome.runtime.getURL('/page-detector.js'),
      chrome.runtime.getURL('/card-ui.js'),
    ]);
    expect(
      seen.map((r) => r.url),
      'the page detector’s code was loaded for the page',
    ).toContain(pageDetector);
    expect(
      seen.map((r) => r.url),
      'the card’s code was loaded for the hover',
    ).toContain(cardUi);
    const pagesWeOpened = new Set([server.url('/'), server.url('/second'), server.url('/favicon.ico')]);
    const packageScripts = new Set([pageDetector, cardUi]);
    const foreign = seen.filter((r) => !pagesWeOpened.has(r.url) && !packageScripts.has(r.url) && !r.url.startsWith(ownFiles));
    expect(foreign, 'requests that neither the test nor the extension package explain').toEqual([]);
    expect(hits, 'what reached the test server').toEqual(['/', '/second']);
    await page.close();
  });
});

/** Everything a page script can look at to spot an extension. */
interface PageView {
  globals: string[];
  html: string;
  performanceNames: string[];
  highlightNames: string[];
  adoptedSheets: string[];
}

async function pageView(page: Page): Promise<PageView> {
  return page.evaluate(() => ({
    globals: Object.getOwnPropertyNames(window).sort(),
    html: document.documentElement.outerHTML,
    performanceNames: performance.getEntries().map((entry) => `${entry.entryType}:${entry.name}`),
    highlightNames: [...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? [])],
    adoptedSheets: document.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
  }));
}

describe('what a page can see', () => {
  let withExtension: ExtensionBrowser;
  let without: ExtensionBrowser;
  let baseline: PageView;

  beforeAll(async () => {
    without = await launchChromium({ withExtension: false });
    const plain = await without.context.newPage();
    await plain.goto(server.url('/'));
    await plain.waitForTimeout(1000);
    baseline = await pageView(plain);
    await without.close();
    withExtension = await launchChromium();
  });
  afterAll(async () => {
    await withExtension?.close();
  });

  test('no globals, elements, attributes or performance entries; only unnamed-looking highlights', async () => {
    const page = await withExtension.context.newPage();
    await page.goto(server.url('/'));
    await waitForHighlights(page, 3);
    await page.waitForTimeout(500);
    const view = await pageView(page);

    expect(view.globals).toEqual(baseline.globals);
    expect(view.html).toBe(baseline.html);
    const probe = await readProbe(page);
    expect(probe.changes, 'DOM changes seen by the page while no card is open').toEqual([]);
    expect(probe.messages, 'messages posted to the page').toEqual([]);
    const telltale = new RegExp(`karabakh|kc|rmc|trilateral|context|${withExtension.extensionId}`, 'i');
    // Marks, measures and resources are what a script can name; frame timings are the browser's own.
    const named = (names: string[]) => names.filter((n) => /^(mark|measure|resource|navigation):/.test(n));
    expect(named(view.performanceNames)).toEqual(named(baseline.performanceNames));
    for (const name of view.performanceNames) expect(name).not.toMatch(telltale);
    expect(view.highlightNames.length).toBeGreaterThan(0);
    for (const name of view.highlightNames) expect(name).not.toMatch(telltale);
    // The stylesheet that colours the highlights is visible to the page (documented); it must not name us either.
    for (const css of view.adoptedSheets) expect(css).not.toMatch(telltale);
    await page.close();
  });

  test('the highlight names change from one page load to the next', async () => {
    const page = await withExtension.context.newPage();
    await page.goto(server.url('/'));
    await waitForHighlights(page, 3);
    const first = (await readHighlights(page)).map((h) => h.name);
    await page.reload();
    await waitForHighlights(page, 3);
    const second = (await readHighlights(page)).map((h) => h.name);
    expect(new Set(first).size).toBeGreaterThan(0);
    for (const name of new Set(second)) expect(first).not.toContain(name);
    await page.close();
  });

  test('after a card was opened (its code loaded on demand) and closed, the page is exactly as before', async () => {
    const page = await withExtension.context.newPage();
    await page.goto(server.url('/'));
    await waitForHighlights(page, 3);
    await hoverMention(page, 0);
    const card = await waitForCard(page);
    expect(card.text).toContain('bne IntelliNews');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await expect.poll(() => readCard(page), { timeout: 5000 }).toBeNull();
    await page.waitForTimeout(500);
    const view = await pageView(page);
    expect(view.globals).toEqual(baseline.globals);
    // The view hands itself to the content script on the isolated world's global, not the page's.
    expect(await page.evaluate(() => Object.getOwnPropertySymbols(window).map(String))).toEqual([]);
    expect(view.html).toBe(baseline.html);
    // Loading card-ui.js and page-detector.js left no resource timing entry (nor anything else) for the page to find.
    const named = (names: string[]) => names.filter((n) => /^(mark|measure|resource|navigation):/.test(n));
    expect(named(view.performanceNames)).toEqual(named(baseline.performanceNames));
    const cardUi = await withExtension.worker.evaluate(() => chrome.runtime.getURL('/card-ui.js'));
    const telltale = new RegExp(`${withExtension.extensionId}|${new URL(cardUi).host}|card-ui|page-detector`, 'i');
    for (const name of view.performanceNames) expect(name).not.toMatch(telltale);
    await page.close();
  });

  test('a page cannot load the card’s or the detector’s code from the extension’s fixed address', async () => {
    const page = await withExtension.context.newPage();
    await page.goto(server.url('/'));
    await waitForHighlights(page, 3);
    // Without use_dynamic_url a web-accessible file would load here and give the extension
    // away; with it, the file answers only at an address whose id changes every session.
    const cardUi = await withExtension.worker.evaluate(() => chrome.runtime.getURL('/card-ui.js'));
    expect(new URL(cardUi).host).not.toBe(withExtension.extensionId);
    const loads = await page.evaluate(async (id) => {
      const probe = (src: string) =>
        new Promise<string>((done) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () => done('loaded');
          script.onerror = () => done('refused');
          document.head.append(script);
        });
      return {
        cardUi: await probe(`chrome-extension://${id}/card-ui.js`),
        pageDetector: await probe(`chrome-extension://${id}/page-detector.js`),
        missing: await probe(`chrome-extension://${id}/no-such-file.js`),
      };
    }, withExtension.extensionId);
    expect(loads).toEqual({ cardUi: 'refused', pageDetector: 'refused', missing: 'refused' });
    await page.close();
  });
});
