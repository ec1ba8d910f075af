/**
 * Text in SVG (a chart's labels in <text> and <tspan>) and in a CLOSED shadow root (a web
 * component the page cannot see into, but an extension can) is highlighted and opens the
 * card on hover, in Chromium and in Firefox ESR (issue 15). Neither needs a permission:
 * the manifest is checked for that too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawnMention, hover } from './fixtures/card-helpers';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { launchFirefox, waitForFirefoxHighlights, type FirefoxWithExtension } from '../testing/harness/firefox';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { chromeBuild } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chart and component</title>
<style>body{font:18px/1.6 sans-serif;margin:2rem}</style></head><body>
<h1>Regional figures</h1>
<svg width="640" height="140" role="img" aria-label="A chart">
  <title>Chart of Qarabağ figures</title>
  <rect x="10" y="10" width="300" height="30" fill="#9ab"></rect>
  <text id="label" x="10" y="70" font-size="22">Returns to Artsakh by month</text>
  <text id="split" x="10" y="110" font-size="22"><tspan>Nagorno-</tspan><tspan font-weight="bold">Karabakh</tspan> district totals</text>
</svg>
<news-card></news-card>
<script>
  customElements.define('news-card', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      root.innerHTML = '<p style="font-size:20px">Inside a closed component: the Russian peacekeepers left in 2024.</p>';
    }
  });
</script>
</body></html>`;

const EXPECTED = ['Artsakh', 'Nagorno-Karabakh', 'Russian peacekeepers'];

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ '/': PAGE, '/favicon.ico': { body: '', type: 'image/x-icon' } });
});
afterAll(async () => {
  await server?.close();
});

test('reaching closed shadow roots asks for no permission', () => {
  const manifest = JSON.parse(readFileSync(join(chromeBuild, 'manifest.json'), 'utf8')) as { permissions?: string[] };
  expect(manifest.permissions ?? []).not.toContain('dom');
});

describe('in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('SVG text and a closed shadow root are highlighted, and hovering each opens the card', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/'));
    await waitForHighlights(page, EXPECTED.length);
    const texts = (await readHighlights(page)).map((h) => h.text);
    expect(texts).toEqual(expect.arrayContaining(EXPECTED));
    // The SVG's <title> is a tooltip, not text on the page.
    expect(texts).not.toContain('Qarabağ');
    // The page itself still cannot see into the component.
    expect(await page.evaluate(() => document.querySelector('news-card')!.shadowRoot)).toBeNull();
    for (const text of ['Artsakh', 'Russian peacekeepers']) {
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5000 }).toBe(0);
      await hover(page, await drawnMention(page, text));
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(1);
      expect(await dialog.innerText()).toMatch(/bne IntelliNews/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('in Firefox ESR', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** The card's dialog, looked for through open shadow roots (Puppeteer's ARIA queries find nothing over BiDi). */
  async function dialogText(page: FirefoxPage, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const dialog: ElementHandle<Element> | null = await page.$('>>> [role="dialog"]');
      if (dialog) return dialog.evaluate((element) => element.textContent ?? '');
      await new Promise((done) => setTimeout(done, 150));
    }
    throw new Error(`no role=dialog within ${timeout} ms`);
  }

  test('SVG text and a closed shadow root are highlighted, and hovering each opens the card', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('/'));
    const seen = await waitForFirefoxHighlights(page, (h) => EXPECTED.every((text) => h.some((drawn) => drawn.text === text)));
    expect(seen.map((h) => h.text)).not.toContain('Qarabağ');
    for (const text of ['Artsakh', 'Russian peacekeepers']) {
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
      await new Promise((done) => setTimeout(done, 400));
      const box = await drawnMention(page, text);
      const point = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
      await page.mouse.move(Math.max(1, point.x - 30), Math.max(1, point.y - 30));
      await page.mouse.move(point.x, point.y, { steps: 4 });
      expect(await dialogText(page)).toContain('bne IntelliNews');
    }
    await page.close();
  });
});
