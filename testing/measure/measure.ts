import type { CDPSession, Page } from 'playwright-core';
import { afterTwoFrames, HIGHLIGHT_POLL_MS, isOverHighlight, type BenchProbe } from './probes';
import { recordTrace, scriptCostPerMove } from './trace';
import type { ExtensionBrowser } from '../harness/chromium';

/** Main-thread time in seconds, as Chromium's `Performance.getMetrics` counts it for one page. */
export interface MainThreadTime {
  /** CPU time of the renderer's main thread: everything, idle excluded. Robust on a busy machine. */
  thread: number;
  /** The three below are durations (wall clock) of that kind of work: a busy machine inflates them. */
  script: number;
  style: number;
  layout: number;
}

export async function readMainThreadTime(cdp: CDPSession): Promise<MainThreadTime> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    thread: value('ThreadTime'),
    script: value('ScriptDuration'),
    style: value('RecalcStyleDuration'),
    layout: value('LayoutDuration'),
  };
}

export function subtractTime(after: MainThreadTime, before: MainThreadTime): MainThreadTime {
  return {
    thread: after.thread - before.thread,
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
  };
}

/** Script + style recalculation + layout: the work the targets are stated in. */
export function workOf(time: MainThreadTime): number {
  return time.script + time.style + time.layout;
}

/**
 * Runs a self-contained function inside the page as an ordinary task (a timer), not as a
 * DevTools evaluation, which Chromium does not count in `ScriptDuration`.
 */
export async function runAsPageTask<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  await page.addScriptTag({ content: `window.__kcTask = ${fn.toString()};` });
  return page.evaluate(
    (value) =>
      new Promise<R>((resolve) => {
        setTimeout(() => {
          const task = (window as unknown as { __kcTask: (input: unknown) => R | Promise<R> }).__kcTask;
          Promise.resolve(task(value)).then(resolve);
        }, 0);
      }),
    arg as unknown,
  );
}

export async function readProbe(page: Page): Promise<BenchProbe> {
  // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
  const probe = await page.evaluate(() => {
    const found = window.__kcBench;
    if (!found) return found;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      ...found,
      parsedAt: navigation?.domContentLoadedEventStart || null,
      loadedAt: navigation?.loadEventStart || null,
      firstPaintAt: paint?.startTime || null,
    };
  });
  if (!probe) throw new Error('the page-side probes are missing: installProbes did not run at document start');
  return probe;
}

export interface Settled {
  highlights: number;
  /** ms after navigation start; null when nothing was ever highlighted. */
  firstHighlightAt: number | null;
  completeAt: number | null;
  /** ms between the load event and the moment the count was judged stable. */
  waitedAfterLoad: number;
}

/**
 * Asks the content script of the page's tab for its report (the popup's message) and says
 * whether its first scan is complete. The page must be the active tab.
 */
export async function extensionReportsComplete(browser: ExtensionBrowser): Promise<boolean> {
  return browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return false;
    const report = (await chrome.tabs.sendMessage(tab.id, { type: 'get-page-report' }, { frameId: 0 }).catch(() => undefined)) as
      | { complete?: unknown }
      | undefined;
    return report?.complete === true;
  });
}

/**
 * Highlights are complete when the page-side count has not changed for `quietMs` and, when
 * `isComplete` is given (the content script's own word), that says so too: on a busy machine
 * a scan can pause longer than any quiet period. A page that shows none after `emptyMs`
 * is reported as such rather than waited on forever.
 */
export async function waitForHighlightsToSettle(
  page: Page,
  { quietMs = 1000, emptyMs = 10_000, maxMs = 120_000 } = {},
  isComplete?: () => Promise<boolean>,
): Promise<Settled> {
  const loadedAt = Date.now();
  const read = () =>
    page.evaluate(() => ({
      highlights: window.__kcBench?.highlights ?? 0,
      first: window.__kcBench?.firstHighlightAt ?? null,
      last: window.__kcBench?.lastHighlightChangeAt ?? null,
      now: performance.now(),
    }));
  for (;;) {
    let state = await read();
    const waited = Date.now() - loadedAt;
    let stable = state.last !== null && state.highlights > 0 && state.now - state.last >= quietMs && (!isComplete || (await isComplete()));
    if (stable && isComplete) {
      // The content script draws what its background read found when the read completes:
      // that last drawing can land between our count and its "complete". Count again once
      // the page's probe has polled.
      await page.waitForTimeout(3 * HIGHLIGHT_POLL_MS);
      const again = await read();
      stable = again.highlights === state.highlights && again.last === state.last;
      state = again;
    }
    // A big page on a busy machine can take longer than `emptyMs` to show its first highlight:
    // with the content script's word available, "none" is believed only when it says it is done.
    const empty = state.highlights === 0 && waited >= emptyMs && (!isComplete || (await isComplete()));
    if (stable || empty || waited >= maxMs) {
      return {
        highlights: state.highlights,
        firstHighlightAt: state.first,
        completeAt: state.highlights > 0 ? state.last : null,
        waitedAfterLoad: waited,
      };
    }
    await page.waitForTimeout(100);
  }
}

export interface HoverSample {
  /** CPU time (ms) of the content script's calls caused by one pointer move (trace-attributed). */
  ms: number;
  overHighlight: boolean;
}

/** Points spread over the article column, visited at the top of the page and half-way down. */
export function hoverPoints(): Array<{ x: number; y: number }> {
  const points: Array<{ x: number; y: number }> = [];
  for (let row = 0; row < 6; row++) {
    for (let column = 0; column < 5; column++) points.push({ x: 300 + column * 160 + row * 7, y: 90 + row * 120 + column * 11 });
  }
  return points;
}

/**
 * The content script's cost per pointer move. Each move is one `Input.dispatchMouseEvent`;
 * a Chromium trace attributes main-thread work to scripts (`FunctionCall` events carry the
 * called function's script URL), so the cost of a move is the CPU time of every call into
 * the content script from that mousemove until the next one, two frames later: its
 * listeners, any lookup deferred to a frame or a timer, and a card that opens. Chromium's own
 * hit-testing and hover styles are not the extension's and are not counted.
 */
export async function measureHover(page: Page, cdp: CDPSession, scriptUrl: string): Promise<HoverSample[]> {
  const samples: HoverSample[] = [];
  const points = hoverPoints();
  const scrolls = await page.evaluate(() => [0, Math.floor(document.documentElement.scrollHeight / 2)]);
  for (const scrollY of scrolls) {
    await page.evaluate((y) => window.scrollTo(0, y), scrollY);
    await page.evaluate(afterTwoFrames);
    await page.waitForTimeout(300);
    const over: boolean[] = [];
    const events = await recordTrace(cdp, async () => {
      for (const point of points) {
        await page.mouse.move(point.x, point.y);
        await page.evaluate(afterTwoFrames);
        over.push(await page.evaluate(isOverHighlight, point));
      }
    });
    // Chromium may add a synthetic mousemove right after a scroll: the last moves are ours.
    const costs = scriptCostPerMove(events, scriptUrl).slice(-points.length);
    costs.forEach((ms, i) => {
      samples.push({ ms, overHighlight: over[i] ?? false });
    });
  }
  return samples;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; NaN for an empty list so a missing figure shows as such. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
