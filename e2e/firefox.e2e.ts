/**
 * The content script in Debian's Firefox ESR (over WebDriver BiDi): highlights, the card on
 * hover, and a site switched off in storage. The popup cannot be opened over BiDi
 * (moz-extension:// navigation is refused), so the popup's own tests run in Chromium only.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, waitForFirefoxHighlights, type FirefoxWithExtension } from '../testing/harness/firefox';
import { readHighlights } from '../testing/harness/highlights';
import { drawnMention } from './fixtures/card-helpers';
import { innerClip, KARABAKH_FILL, shareOfColour } from '../testing/harness/painted';
import { startServer, type TestServer } from '../testing/harness/server';
import { MENTION } from './fixtures/hostile-pages';

const article =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Firefox</title></head><body>` +
  `<p>In 2024 ${MENTION}.</p><p>Armenians call the region Artsakh; Azerbaijanis call it Qarabağ.</p></body></html>`;

let server: TestServer;
/** The rest of /slow, held back until the test releases it. */
let releaseSlow = () => {};

beforeAll(async () => {
  server = await startServer({
    '/': article,
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      // The page notes the document's state when a highlight is first registered: a test
      // cannot ask the page anything over BiDi while it loads.
      res.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title><script>
        const look = setInterval(() => {
          let n = 0;
          CSS.highlights.forEach((h) => { n += h.size; });
          if (n > 0) { window.firstHighlight = document.readyState; clearInterval(look); }
        }, 20);
      </script></head><body><p>In 2024 ${MENTION}.</p><p>More to come`);
      const timer = setTimeout(() => releaseSlow(), 3000);
      releaseSlow = () => {
        clearTimeout(timer);
        res.end(`: later, Artsakh.</p></body></html>`);
        releaseSlow = () => {};
      };
    },
  });
});
afterAll(async () => {
  releaseSlow();
  await server?.close();
});

function collectFirefoxErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * The open card. Puppeteer's ARIA selectors find nothing over BiDi in Firefox ESR, so this
 * looks for the dialog role through open shadow roots (`>>>`), where the card lives.
 */
async function waitForDialog(page: Page, timeout = 10_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const dialog = await page.$('>>> [role="dialog"]');
    if (dialog) return dialog;
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`no role=dialog within ${timeout} ms`);
}

describe('Firefox ESR, fresh profile', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  test('the add-on installs under its gecko id', () => {
    expect(firefox.extensionId).toBe('karabakh-context@example.org');
  });

  test('highlights are drawn with CSS.highlights on a page from 127.0.0.1', async () => {
    const page = await firefox.newPage();
    const errors = collectFirefoxErrors(page);
    await page.goto(server.url('/'));
    const seen = await waitForFirefoxHighlights(page, (h) => h.length >= 4);
    const texts = seen.map((h) => h.text);
    expect(texts).toEqual(expect.arrayContaining(['Nagorno-Karabakh', 'Artsakh', 'Qarabağ']));
    for (const { name } of seen) expect(name).not.toMatch(/karabakh|kc|rmc/i);
    // Registered is not painted: Gecko styles a highlight only by rules matching the element its text is in.
    const png = await page.screenshot({ clip: innerClip(await drawnMention(page, 'Artsakh')) });
    const decoder = await firefox.newPage();
    expect(await shareOfColour(decoder, png, KARABAKH_FILL)).toBeGreaterThan(0.3);
    await decoder.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page still being parsed: what is on screen is highlighted before it is parsed', async () => {
    const page = await firefox.newPage();
    const errors = collectFirefoxErrors(page);
    // The server holds the page's end back for 3 s.
    await page.goto(server.url('/slow'));
    expect(await page.evaluate(() => (window as unknown as { firstHighlight?: string }).firstHighlight)).toBe('loading');
    await waitForFirefoxHighlights(
      page,
      (h) => h.some((one) => one.text === 'Artsakh') && h.some((one) => one.text === 'Nagorno-Karabakh'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('hovering a mention opens the card: a dialog naming the entity and bne IntelliNews', async () => {
    const page = await firefox.newPage();
    const errors = collectFirefoxErrors(page);
    await page.goto(server.url('/'));
    await waitForFirefoxHighlights(page, (h) => h.length >= 4);
    // A one-word mention, so its box is one line of text.
    const box = await drawnMention(page, 'Artsakh');
    const point = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
    // Approach from above-left, but stay inside the viewport (WebDriver refuses points outside it).
    await page.mouse.move(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
    await page.mouse.move(point.x, point.y, { steps: 4 });
    const dialog = await waitForDialog(page);
    const text = await dialog.evaluate((element) => element.textContent ?? '');
    expect(text).toContain('bne IntelliNews');
    expect(text).toMatch(/Karabakh|Russian|Trilateral/i);
    // The card's code (card-ui.js, imported on this first hover) ran in the content script's
    // sandbox: what it left on its global is not on the page's window.
    expect(await page.evaluate(() => Object.getOwnPropertySymbols(window).map(String))).toEqual([]);
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(
      resources.filter((name) => !name.startsWith('http://127.0.0.1')),
      'resource entries the page can read',
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox ESR, a profile where 127.0.0.1 is switched off', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox({
      storage: { settings: { mode: 'everywhere', offSites: ['127.0.0.1'], onSites: [], style: 'background' } },
    });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  test('the switched-off site gets no highlights; another site still does', async () => {
    const off = await firefox.newPage();
    const errors = collectFirefoxErrors(off);
    await off.goto(server.url('/'));
    const on = await firefox.newPage();
    await on.goto(`${server.originFor('localhost')}/`);
    await waitForFirefoxHighlights(on, (h) => h.length >= 4);
    // By the time the other tab is highlighted, the first has long read its settings.
    expect(await readHighlights(off)).toEqual([]);
    expect(errors).toEqual([]);
    await off.close();
    await on.close();
  });
});
