/**
 * Hover in one long text node (a plain-text log or document, much taller than the screen),
 * in Chromium and Firefox ESR. There the hover look-up is answered from the line boxes the
 * near-screen painter measured (dom/near-screen-painter.ts, mentionAt) rather than from a
 * caret look-up, which costs about half a millisecond in such a node: the card must still
 * open on every mention and not on the text beside one, at the top, after scrolling far
 * down and after the window was resized.
 */
import type { ElementHandle, Page as FirefoxPage } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DrawnMention, drawnMentions, stepMention } from './fixtures/card-helpers';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { launchFirefox, waitForFirefoxHighlights, type FirefoxWithExtension } from '../testing/harness/firefox';
import { startServer, type TestServer } from '../testing/harness/server';

/** Monospace lines of 20 px: characters are CHAR_PX wide, so "the character after a mention" is a known place. */
const CHAR_PX = 10;
const LINES = Array.from({ length: 1500 }, (_, i) =>
  i % 9 === 4
    ? `${String(i).padStart(4, '0')} convoy report: ${'.'.repeat(i % 13)} roads near Karabakh were open again`
    : `${String(i).padStart(4, '0')} convoy report: the road was quiet and the weather was dry`,
);
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long log</title>
<style>body{margin:0}pre{font:${CHAR_PX * (5 / 3)}px/20px monospace;margin:0;padding:8px}</style></head><body><pre>${LINES.join('\n')}</pre></body></html>`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ '/': PAGE, '/favicon.ico': { body: '', type: 'image/x-icon' } });
});
afterAll(async () => {
  await server?.close();
});

type AnyPage = Page | FirefoxPage;

/** Mentions drawn wholly inside the window, a few of them. */
async function onScreen(page: AnyPage, viewportHeight: number): Promise<DrawnMention[]> {
  for (let tries = 0; tries < 50; tries++) {
    const seen = (await drawnMentions(page)).filter((m) => m.text === 'Karabakh' && m.top >= 0 && m.bottom <= viewportHeight);
    if (seen.length >= 2) return seen.slice(0, 2);
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('fewer than two mentions drawn on screen');
}

/**
 * Rests the pointer on each mention's centre (the card opens), then on the character just
 * after it and on blank space right of its line's end (no card), via the browser's `dialogs`.
 */
async function checkHover(page: AnyPage, viewportHeight: number, dialogs: () => Promise<number>): Promise<void> {
  const mouse = page.mouse as { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
  const closeCard = async () => {
    await mouse.move(1, 1);
    await page.keyboard.press('Escape');
    for (let tries = 0; tries < 50 && (await dialogs()) > 0; tries++) await new Promise((done) => setTimeout(done, 100));
    expect(await dialogs()).toBe(0);
  };
  const opensAt = async (x: number, y: number) => {
    await closeCard();
    await mouse.move(x - 20, y + 30);
    await mouse.move(x, y, { steps: 3 });
    // The card opens ~300 ms after the pointer rests; 900 ms is plenty, and enough to see none opened.
    await new Promise((done) => setTimeout(done, 900));
    return (await dialogs()) > 0;
  };
  for (const mention of await onScreen(page, viewportHeight)) {
    const y = (mention.top + mention.bottom) / 2;
    expect(await opensAt((mention.left + mention.right) / 2, y), `the centre of the mention at y=${y}`).toBe(true);
    expect(await opensAt(mention.left + 2, y), 'its first character').toBe(true);
    expect(await opensAt(mention.right + CHAR_PX * 1.5, y), `the character after the mention at y=${y}`).toBe(false);
    expect(await opensAt(mention.left - CHAR_PX * 1.5, y), `the character before the mention at y=${y}`).toBe(false);
    // The line goes on for " were open again": 22 characters on is past its end.
    expect(await opensAt(mention.right + CHAR_PX * 22, y), `blank space right of the line at y=${y}`).toBe(false);
  }
  await closeCard();
}

describe('in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('hover opens the card on mentions in a long text node, not beside them: at the top, scrolled far down, and resized', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(server.url('/'));
    const dialogs = () => page.getByRole('dialog').count();
    await checkHover(page, 700, dialogs);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await checkHover(page, 700, dialogs);
    await page.setViewportSize({ width: 900, height: 500 });
    await checkHover(page, 500, dialogs);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a keyboard step to a mention far down the long text node shows it on screen, with its card', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(server.url('/'));
    await onScreen(page, 700);
    // From the first mention on screen, back one: the last, 30,000 px down. Scrolling its
    // element into view centred the <pre>, 15,000 px away from it.
    await stepMention(browser.worker, page, 1);
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5000 }).toBe(1);
    await stepMention(browser.worker, page, -1);
    const last = await page.evaluate(() => {
      const pre = document.querySelector('pre')!;
      const text = pre.firstChild!;
      const at = text.textContent!.lastIndexOf('Karabakh');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Karabakh'.length);
      return { at, scrollY: window.scrollY, rect: range.getBoundingClientRect().toJSON() as DOMRect };
    });
    expect(last.scrollY).toBeGreaterThan(20_000);
    expect(last.rect.top).toBeGreaterThanOrEqual(0);
    expect(last.rect.bottom).toBeLessThanOrEqual(700);
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5000 }).toBe(1);
    expect(await page.getByRole('dialog').innerText()).toMatch(/bne IntelliNews/);
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

  test('hover opens the card on mentions in a long text node, not beside them, at the top and scrolled far down', async () => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/'));
    await waitForFirefoxHighlights(page, (h) => h.length > 0);
    // Puppeteer's ARIA queries find nothing over BiDi: the dialog is looked for through open shadow roots.
    const dialogs = async () => {
      const dialog: ElementHandle<Element> | null = await page.$('>>> [role="dialog"]');
      return dialog ? 1 : 0;
    };
    await checkHover(page, 700, dialogs);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await checkHover(page, 700, dialogs);
    await page.close();
  });
});
