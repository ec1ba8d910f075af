/**
 * dom/hit-test.ts on a real layout: the card's controller asks it which mention is under
 * the pointer, so it must be right (centres, shadow roots, blank space beside a line) and
 * fast (a look-up per pointer move).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundleHitProbe } from './fixtures/card-probe-bundle';
import { cardSession } from './fixtures/card-session';

const session = cardSession();

describe('hit-testing in Chromium (dom/hit-test.ts on a real layout)', () => {
  interface Probe {
    count(): number;
    hitAt(x: number, y: number): string | null;
    centres(): { x: number; y: number; text: string }[];
    time(points: { x: number; y: number }[]): number[];
  }
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.context.newPage();
    await page.goto(session.server.url('/hit-test'));
    await page.addScriptTag({ content: await bundleHitProbe() });
  });

  test('the centre of every mention on screen hits that mention, including inside an open shadow root', async () => {
    const results = await page.evaluate(() => {
      const hitProbe = (window as unknown as { hitProbe: Probe }).hitProbe;
      return hitProbe.centres().map((centre) => ({ expected: centre.text, got: hitProbe.hitAt(centre.x, centre.y) }));
    });
    expect(results.length).toBeGreaterThan(10);
    for (const { expected, got } of results) expect(got).toBe(expected);
    expect(results.map((result) => result.expected)).toContain('Russian peacekeepers'); // the shadow-root one
  });

  test('blank space beside a line, where the nearest caret is still the mention, hits nothing', async () => {
    const missed = await page.evaluate(() => {
      const hitProbe = (window as unknown as { hitProbe: Probe }).hitProbe;
      const line = document.getElementById('short')!;
      const range = document.createRange();
      range.selectNodeContents(line);
      const box = range.getBoundingClientRect();
      const y = box.top + box.height / 2;
      return {
        onWord: hitProbe.hitAt(box.right - 4, y),
        rightOfLine: hitProbe.hitAt(box.right + 40, y),
        farRight: hitProbe.hitAt(box.right + 400, y),
        margin: hitProbe.hitAt(5, y),
      };
    });
    expect(missed).toEqual({ onWord: 'Karabakh', rightOfLine: null, farRight: null, margin: null });
  });

  test('a look-up takes under 1 ms at the 95th percentile', async () => {
    const timings = await page.evaluate(() => {
      const hitProbe = (window as unknown as { hitProbe: Probe }).hitProbe;
      const points: { x: number; y: number }[] = [];
      for (let y = 5; y < innerHeight; y += 9) for (let x = 5; x < innerWidth; x += 23) points.push({ x, y });
      hitProbe.time(points.slice(0, 200)); // warm up
      return hitProbe.time(points);
    });
    timings.sort((a, b) => a - b);
    const p95 = timings[Math.floor(timings.length * 0.95)]!;
    const median = timings[Math.floor(timings.length / 2)]!;
    console.info(`hit-test: ${timings.length} look-ups, median ${(median * 1000).toFixed(0)} µs, p95 ${(p95 * 1000).toFixed(0)} µs`);
    expect(p95).toBeLessThan(1);
  });
});
