/**
 * Highlights follow the screen (issue 15): on a page far taller than the screen, the whole
 * page is read (the page report counts every mention) but CSS.highlights holds only the
 * mentions near the viewport; after a scroll by wheel, by PageDown, by a jump or by finding
 * text, every mention on screen is registered within one frame of the scroll settling.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, openTab, type ExtensionBrowser } from '../testing/harness/chromium';
import { pageWideMentions } from '../testing/harness/highlights';
import { startServer, type TestServer } from '../testing/harness/server';

const PARAGRAPHS = 400;
const NAMES = ['Nagorno-Karabakh', 'the Russian peacekeepers', 'Karabakh', 'the trilateral statement'];

function tallPage(): string {
  const body = Array.from(
    { length: PARAGRAPHS },
    (_, i) =>
      `<p id="p${i}" class="named">Paragraph ${i} of a long report: the market opened late, and ${NAMES[i % NAMES.length]} came up again before noon.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tall</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto}p{margin:0 0 2.5rem}</style></head><body>${body}</body></html>`;
}

/** One long text node in three columns: its text runs down a column, then up to the next one's top. */
function columnsPage(): string {
  const lines = Array.from({ length: 1200 }, (_, i) =>
    i % 7 === 3 ? `${i} the convoy passed through Karabakh at dawn` : `${i} a quiet line of the log`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Columns</title>
<style>body{margin:0}pre{columns:3;font:14px/20px monospace;margin:0}</style></head><body><pre>${lines.join('\n')}</pre></body></html>`;
}

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ '/tall': tallPage(), '/columns': columnsPage(), '/favicon.ico': { body: '', type: 'image/x-icon' } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Waits in the page until the scroll position held for one frame (the scroll settled),
 * and at that very frame lists the paragraphs on screen whose mention is not registered.
 */
function onScreenUnregistered(
  page: Page,
  from?: number,
): Promise<{ onScreen: number; missing: string[]; registered: number; scrollY: number }> {
  return page.evaluate(async (from) => {
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
    // A key press or a wheel may start scrolling a few frames later: first wait for it to leave `from`.
    for (let i = 0; from !== undefined && window.scrollY === from && i < 120; i++) await frame();
    let last = window.scrollY;
    for (let i = 0; i < 600; i++) {
      await frame();
      if (window.scrollY === last) break;
      last = window.scrollY;
    }
    const held = new Set<Element>();
    let registered = 0;
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const highlight of registry.values()) {
      for (const range of highlight) {
        registered++;
        const paragraph = range.startContainer.parentElement?.closest('p');
        if (paragraph) held.add(paragraph);
      }
    }
    const onScreen = [...document.querySelectorAll('p.named')].filter((p) => {
      const rect = p.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    });
    return {
      onScreen: onScreen.length,
      missing: onScreen.filter((p) => !held.has(p)).map((p) => p.id),
      registered,
      scrollY: window.scrollY,
    };
  }, from);
}

describe('highlights near the screen', () => {
  test('the whole page is read, only what is near the screen is registered, and scrolling keeps the screen highlighted', async () => {
    const { tab } = await openTab(browser.context, server.url('/tall'));
    await tab.bringToFront();
    const deadline = Date.now() + 30_000;
    let report = await pageWideMentions(browser.worker, tab);
    while (!(report.complete && report.total === PARAGRAPHS) && Date.now() < deadline) {
      await tab.waitForTimeout(200);
      report = await pageWideMentions(browser.worker, tab);
    }
    // Page-wide: every mention found and counted.
    expect(report.total).toBe(PARAGRAPHS);

    const atTop = await onScreenUnregistered(tab);
    expect(atTop.onScreen).toBeGreaterThan(3);
    expect(atTop.missing).toEqual([]);
    // Near the screen only: a few screens' worth, far from all 400.
    expect(atTop.registered).toBeLessThan(PARAGRAPHS / 4);

    // By wheel, a few notches at a time, as a reader does.
    await tab.mouse.move(640, 400);
    for (let i = 0; i < 6; i++) await tab.mouse.wheel(0, 500);
    const afterWheel = await onScreenUnregistered(tab, atTop.scrollY);
    expect(afterWheel.scrollY).toBeGreaterThan(1000);
    expect(afterWheel.missing).toEqual([]);

    // By PageDown.
    await tab.mouse.click(5, 400);
    for (let i = 0; i < 5; i++) await tab.keyboard.press('PageDown');
    const afterPageDown = await onScreenUnregistered(tab, afterWheel.scrollY);
    expect(afterPageDown.scrollY).toBeGreaterThan(afterWheel.scrollY);
    expect(afterPageDown.missing).toEqual([]);

    // By a jump to an anchor far down, and back up with Home.
    await tab.evaluate(() => (location.hash = '#p350'));
    const afterJump = await onScreenUnregistered(tab, afterPageDown.scrollY);
    expect(afterJump.scrollY).toBeGreaterThan(afterPageDown.scrollY + 5000);
    expect(afterJump.missing).toEqual([]);
    expect(afterJump.registered).toBeLessThan(PARAGRAPHS / 4);
    await tab.keyboard.press('Home');
    const afterHome = await onScreenUnregistered(tab, afterJump.scrollY);
    expect(afterHome.scrollY).toBe(0);
    expect(afterHome.missing).toEqual([]);

    // By finding text far down: window.find() selects the match and scrolls it into view
    // as the browser's find bar does (the find bar itself cannot be driven headless).
    const found = await tab.evaluate(() => (window as unknown as { find(text: string): boolean }).find('Paragraph 275 of'));
    expect(found).toBe(true);
    const afterFind = await onScreenUnregistered(tab, afterHome.scrollY);
    expect(afterFind.scrollY).toBeGreaterThan(5000);
    expect(afterFind.missing).toEqual([]);
    expect(afterFind.registered).toBeLessThan(PARAGRAPHS / 4);

    // A resize (or zoom) moves the text: what is on screen then is registered too.
    await tab.setViewportSize({ width: 600, height: 900 });
    await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const afterResize = await onScreenUnregistered(tab);
    expect(afterResize.missing).toEqual([]);
    await tab.close();
  });

  test('a long text node in columns: every mention on screen is registered after a jump, in every column', async () => {
    const { tab } = await openTab(browser.context, server.url('/columns'));
    await tab.bringToFront();
    const unregisteredOnScreen = () =>
      tab.evaluate(() => {
        const text = document.querySelector('pre')!.firstChild!;
        const registered = new Set<number>();
        for (const highlight of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.values())
          for (const range of highlight) if (range.startContainer === text) registered.add(range.startOffset);
        const onScreen: number[] = [];
        for (let at = text.textContent!.indexOf('Karabakh'); at >= 0; at = text.textContent!.indexOf('Karabakh', at + 1)) {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 8);
          const rect = range.getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth) onScreen.push(at);
        }
        return { onScreen: onScreen.length, missing: onScreen.filter((at) => !registered.has(at)).length };
      });
    await expect.poll(async () => (await unregisteredOnScreen()).onScreen, { timeout: 15_000 }).toBeGreaterThan(10);
    await expect.poll(async () => (await unregisteredOnScreen()).missing, { timeout: 15_000 }).toBe(0);
    // Jumps from the top (the band drawn there does not reach them): near the end of the text,
    // the first column's last lines sit beside the third column's, which come 800 lines later.
    for (const share of [0.9, 0.75, 0.5]) {
      await tab.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(async () => (await unregisteredOnScreen()).missing, { timeout: 5000 }).toBe(0);
      await tab.evaluate((share) => window.scrollTo(0, document.documentElement.scrollHeight * share), share);
      await expect.poll(async () => (await unregisteredOnScreen()).missing, { timeout: 5000 }).toBe(0);
    }
    await tab.close();
  });
});
