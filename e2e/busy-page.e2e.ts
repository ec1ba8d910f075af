/**
 * A tall page that keeps changing (dom/busy-page.ts): Chromium redoes the whole page's
 * visual overflow at every change while an underlined highlight is registered, so while a
 * tall page ticks, highlights are drawn with their fill alone, and get their underline back
 * once it has been still for 2 s. A short page keeps its underlines however much it changes.
 * What a reader sees is checked on screen: the pixels under a mention's underline.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, openTab, type ExtensionBrowser } from '../testing/harness/chromium';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { startServer, type TestServer } from '../testing/harness/server';
import { shareOfColour } from '../testing/harness/painted';

/** `paragraphs` paragraphs, the first naming Karabakh, and a clock the test starts and stops. */
function livePage(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    i % 10 === 0 ? `<p>Paragraph ${i}: a report from Karabakh came in before noon.</p>` : `<p>Paragraph ${i}: the market opened late.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title>
<style>body{font:20px/1.6 Georgia,serif;margin:1rem 2rem}p{margin:0 0 2rem}#clock{position:fixed;top:0;right:0;background:#fff}</style></head>
<body><span id="clock">0</span>${body}<script>
let timer;window.startTicking=()=>{let n=0;timer=setInterval(()=>{document.getElementById('clock').textContent=String(n++)},40)};
window.stopTicking=()=>clearInterval(timer);</script></body></html>`;
}

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  // 3,000 paragraphs of ~70 px: over 200,000 px tall. 30: a short page.
  server = await startServer({ '/tall': livePage(3000), '/short': livePage(30), '/favicon.ico': { body: '', type: 'image/x-icon' } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the highlight rules the page has adopted underline anything. */
function underlined(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('text-decoration'))),
  );
}

async function until(page: Page, want: boolean, timeout: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if ((await underlined(page)) === want) return Date.now() - start;
    await page.waitForTimeout(100);
  }
  throw new Error(`underlines never became ${want} within ${timeout} ms`);
}

/** The Karabakh underline's colour in the default look (core/highlight-looks.ts `ink`). */
const KARABAKH_LINE = [0x9a, 0x62, 0x00] as const;

/** Share of the underline's colour in the band under the first "Karabakh" on screen. */
async function lineUnderFirstMention(page: Page, decoder: Page): Promise<number> {
  const box = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf('Karabakh');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 8);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + 1, y: rect.bottom - 9, width: rect.width - 2, height: 9 };
    }
    return null;
  });
  if (!box) throw new Error('no mention on the page');
  return shareOfColour(decoder, await page.screenshot({ clip: box }), KARABAKH_LINE, 40);
}

describe('a tall page that keeps changing', () => {
  test('loses its underlines while it ticks and gets them back 2 s after it stops; highlights stay registered', async () => {
    const decoder = await browser.context.newPage();
    const { tab, errors } = await openTab(browser.context, server.url('/tall'));
    await tab.bringToFront();
    await waitForHighlights(tab, 1);
    await until(tab, true, 10_000);
    const lineStill = await lineUnderFirstMention(tab, decoder);
    expect(lineStill).toBeGreaterThan(0.05);

    await tab.evaluate(() => (window as unknown as { startTicking(): void }).startTicking());
    const dropped = await until(tab, false, 5000);
    expect(dropped).toBeLessThan(3000);
    expect((await readHighlights(tab)).length).toBeGreaterThan(0);
    // Without the underline, that band under the text is the light fill and the glyphs.
    expect(await lineUnderFirstMention(tab, decoder)).toBeLessThan(lineStill / 4);

    await tab.evaluate(() => (window as unknown as { stopTicking(): void }).stopTicking());
    const back = await until(tab, true, 6000);
    expect(back).toBeGreaterThan(1500);
    expect(await lineUnderFirstMention(tab, decoder)).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
    await tab.close();
    await decoder.close();
  });

  test('a short page keeps its underlines while it ticks', async () => {
    const { tab, errors } = await openTab(browser.context, server.url('/short'));
    await waitForHighlights(tab, 1);
    await until(tab, true, 10_000);
    await tab.evaluate(() => (window as unknown as { startTicking(): void }).startTicking());
    for (let i = 0; i < 12; i++) {
      await tab.waitForTimeout(250);
      expect(await underlined(tab)).toBe(true);
    }
    expect(errors).toEqual([]);
    await tab.close();
  });
});
