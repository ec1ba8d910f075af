/**
 * A big page keeps its frame rate with the extension, animated from script or scrolled
 * (timed, so in `npm run test:perf`, not `npm test`). Chromium rebuilds highlight markers after every
 * DOM change, and an underlined highlight made it redo the whole page's visual overflow
 * each time: on a 5 MB article with the DOM changed at every frame, frames went from
 * 16.7 ms to 33.3 ms with one underlined highlight registered. While a tall page keeps
 * changing, highlights are drawn with their fill alone (dom/busy-page.ts). Scrolled 40 px a
 * frame, a quarter of its frames took 33 ms when the registered highlights changed at each
 * paragraph that came near; now they change every few screens (dom/near-screen-painter.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { bigArticle } from '../fixtures/big-article';
import { launchChromium, type ExtensionBrowser } from '../../testing/harness/chromium';
import { waitForHighlights } from '../../testing/harness/highlights';
import { startServer, type TestServer } from '../../testing/harness/server';

const CLOCK = '<span id="clock" style="position:fixed;top:0;right:0;background:#fff">0</span>';
const PAGE = bigArticle(5_000_000).html.replace('</body>', `${CLOCK}</body>`);

let withExtension: ExtensionBrowser;
let without: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ '/live': PAGE, '/favicon.ico': { body: '', type: 'image/x-icon' } });
  withExtension = await launchChromium();
  without = await launchChromium({ withExtension: false });
}, 120_000);
afterAll(async () => {
  await withExtension?.close();
  await without?.close();
  await server?.close();
});

/** Median time between frames over 3 s of changing the clock's text at every frame, after 2 s of it. */
function medianFrameWhileChanging(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const clock = document.getElementById('clock')!;
    const times: number[] = [];
    const started = performance.now();
    await new Promise<void>((done) => {
      function frame(now: number): void {
        clock.textContent = String(now);
        if (now - started > 2000) times.push(now);
        if (now - started < 5000) requestAnimationFrame(frame);
        else done();
      }
      requestAnimationFrame(frame);
    });
    const gaps = times
      .slice(1)
      .map((time, i) => time - times[i]!)
      .sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)]!;
  });
}

/** Scrolls 40 px at every frame for 4 s: the frames, and how many took over 20 ms (a dropped frame at 60 Hz). */
function framesWhileScrolling(page: Page): Promise<{ frames: number; slow: number }> {
  return page.evaluate(async () => {
    const times: number[] = [];
    const started = performance.now();
    await new Promise<void>((done) => {
      function frame(now: number): void {
        times.push(now);
        window.scrollBy(0, 40);
        if (now - started < 4000) requestAnimationFrame(frame);
        else done();
      }
      requestAnimationFrame(frame);
    });
    const gaps = times.slice(1).map((time, i) => time - times[i]!);
    return { frames: gaps.length, slow: gaps.filter((gap) => gap > 20).length };
  });
}

/** The page loaded without the extension and with it (highlighted, then left to settle), the latter in front. */
async function loadBoth(settleMs: number): Promise<{ alone: Page; tab: Page }> {
  const alone = await without.context.newPage();
  await alone.goto(server.url('/live'), { waitUntil: 'load', timeout: 120_000 });
  const tab = await withExtension.context.newPage();
  await tab.bringToFront();
  await tab.goto(server.url('/live'), { waitUntil: 'load', timeout: 120_000 });
  await waitForHighlights(tab, 1, 60_000);
  await tab.waitForTimeout(settleMs);
  return { alone, tab };
}

describe('a big page', () => {
  test('keeps its frame rate with the extension', async () => {
    const { alone, tab } = await loadBoth(2000);
    const ours = await medianFrameWhileChanging(tab);
    await alone.bringToFront();
    const base = await medianFrameWhileChanging(alone);
    expect(ours).toBeLessThanOrEqual(base * 1.25);
  }, 180_000);

  test('keeps its frame rate while scrolled with the extension', async () => {
    const { alone, tab } = await loadBoth(3000);
    const ours = await framesWhileScrolling(tab);
    await alone.bringToFront();
    const base = await framesWhileScrolling(alone);
    expect(ours.slow).toBeLessThanOrEqual(base.slow + 0.05 * ours.frames);
  }, 180_000);
});
