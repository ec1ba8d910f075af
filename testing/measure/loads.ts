/**
 * The page benchmark's measured loads (bench/page.bench.ts): a page with and without the
 * extension, the floor and mark.js run by the page, and the one traced and one profiled
 * load of the biggest page.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/chromium';
import { projectRoot } from '../harness/paths';
import type { TestServer } from '../harness/server';
import {
  extensionReportsComplete,
  hoverPoints,
  measureHover,
  readMainThreadTime,
  readProbe,
  runAsPageTask,
  subtractTime,
  waitForHighlightsToSettle,
  type HoverSample,
  type MainThreadTime,
  type Settled,
} from './measure';
import { afterTwoFrames, countTextNodes, HIGHLIGHT_POLL_MS, installProbes, runFloor, runMarkJs, type BenchProbe } from './probes';
import { startProfile, stopProfile, summariseProfile, type ProfileSummary } from './profile';
import { accessibilityCpuMs, longTaskBreakdown, longTasksOnScriptThread, recordTrace, scriptCpuMs, type AttributedLongTask } from './trace';

const MARK_JS = join(projectRoot, 'node_modules/mark.js/dist/mark.min.js');

export interface LoadRun {
  time: MainThreadTime;
  settled: Settled;
  probe: BenchProbe;
  /** Only on loads with the extension: its cost per pointer move. */
  hover: HoverSample[];
  /** Loads with accessibility on: CPU ms of Chromium's accessibility work in the load (traced). */
  axMs?: number;
}

export interface InjectedRun {
  time: MainThreadTime;
  matches: number;
}

export interface SizeResult {
  label: string;
  bytes: number;
  textNodes: number;
  planted: number;
  baseline: LoadRun[];
  extension: LoadRun[];
  /** The floor drawing with the extension's look (background, text colour, underline). */
  floor: InjectedRun[];
  /** The floor drawing a plain background, as it did before. */
  floorPlain: InjectedRun[];
  markJs: InjectedRun[];
  /** The floor as a content script (floor-extension.ts), paired with `baseline`. */
  floorExtension: LoadRun[];
  /** The same loads with accessibility on (--force-renderer-accessibility), without and with the extension. */
  a11yBaseline: LoadRun[];
  a11yExtension: LoadRun[];
  /** The floor extension with accessibility on, paired with `a11yBaseline` (fewer runs on the text-node page: over a minute each). */
  a11yFloorExtension: LoadRun[];
}

/** One traced load of the biggest page: the content script's own CPU and the long tasks it is part of. */
export interface Attribution {
  scriptMs: number;
  longTasks: AttributedLongTask[];
  /** CPU per kind of work inside the page's long tasks. */
  breakdown: Array<[string, number]>;
}

export async function newProbedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(installProbes, HIGHLIGHT_POLL_MS);
  // The content script's report is asked for through the active tab.
  await page.bringToFront();
  return page;
}

/**
 * One page load, measured from a blank page of the same site (so the renderer, and its
 * counters, carry over) to the moment the highlights settled; with the extension, then the
 * hover pass. `holdAfterLoadMs` keeps a load without the extension open as long as its
 * partner load with it, so idle-time work (GC) falls equally on both sides. 'until-drawn' is
 * for the floor extension with accessibility on: Chromium's work for its highlights comes in
 * the frames after they are registered (over a minute on the 2 MB text node), so the load is
 * held until the count is stable and two more frames have run.
 */
export async function measureLoad(
  browser: ExtensionBrowser,
  server: TestServer,
  path: string,
  holdAfterLoadMs?: number | 'until-drawn',
  { accessibilityWork = false } = {},
): Promise<LoadRun> {
  const page = await newProbedPage(browser.context);
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(server.url('/blank'));
    const before = await readMainThreadTime(cdp);
    let settled: Settled = { highlights: 0, firstHighlightAt: null, completeAt: null, waitedAfterLoad: 0 };
    const load = async () => {
      settled = await loadAndSettle(browser, page, server.url(path), holdAfterLoadMs);
    };
    const axMs = accessibilityWork ? accessibilityCpuMs(await recordTrace(cdp, load, ['accessibility'], false)) : undefined;
    if (!accessibilityWork) await load();
    const after = await readMainThreadTime(cdp);
    const probe = await readProbe(page);
    const hover = holdAfterLoadMs === undefined ? await measureHover(page, cdp, extensionScripts(browser)) : [];
    return { time: subtractTime(after, before), settled, probe, hover, axMs };
  } finally {
    await page.close();
  }
}

/** Loads the page and waits: for the extension to settle, for the floor's highlights to be drawn, or a given time. */
async function loadAndSettle(
  browser: ExtensionBrowser,
  page: Page,
  url: string,
  holdAfterLoadMs?: number | 'until-drawn',
): Promise<Settled> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (holdAfterLoadMs === 'until-drawn') {
    const settled = await waitForHighlightsToSettle(page, { emptyMs: 30_000, maxMs: 300_000 });
    await page.evaluate(afterTwoFrames);
    return settled;
  }
  if (holdAfterLoadMs === undefined) {
    // With accessibility on, a big page takes Chromium well over 10 s before our first
    // highlight shows: "none" is believed only after 30 s (and the content script's word).
    return waitForHighlightsToSettle(page, { emptyMs: 30_000 }, () => extensionReportsComplete(browser));
  }
  await page.waitForTimeout(holdAfterLoadMs);
  const probe = await readProbe(page);
  return { highlights: probe.highlights, firstHighlightAt: null, completeAt: null, waitedAfterLoad: holdAfterLoadMs };
}

/** Where the extension's scripts live: the content script and the code it loads on demand (page-detector.js, card-ui.js). */
function extensionScripts(browser: ExtensionBrowser): string {
  return `chrome-extension://${browser.extensionId}/`;
}

/** The floor (with either look) or mark.js, run by the page after it loaded and went quiet, in a browser without the extension. */
export async function measureInjected(
  context: BrowserContext,
  server: TestServer,
  path: string,
  kind: 'floor' | 'floor-plain' | 'mark.js',
  names: string[],
): Promise<InjectedRun> {
  const page = await newProbedPage(context);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(afterTwoFrames);
    await page.waitForTimeout(1000);
    if (kind === 'mark.js') await page.addScriptTag({ path: MARK_JS });
    const before = await readMainThreadTime(cdp);
    const matches =
      kind === 'mark.js'
        ? await runAsPageTask(page, runMarkJs, names)
        : await runAsPageTask(page, runFloor, { names, highlight: kind === 'floor' ? 'bench-floor' : 'bench-floor-plain' } as const);
    await page.evaluate(afterTwoFrames);
    const after = await readMainThreadTime(cdp);
    return { time: subtractTime(after, before), matches };
  } finally {
    await page.close();
  }
}

export async function countTextNodesOf(context: BrowserContext, server: TestServer, path: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
    return await page.evaluate(countTextNodes);
  } finally {
    await page.close();
  }
}

/** One extra, unmeasured load with the sampling profiler on: where the extension's time goes. */
export async function profileExtension(browser: ExtensionBrowser, server: TestServer, path: string): Promise<ProfileSummary> {
  const page = await newProbedPage(browser.context);
  try {
    const cdp = await browser.context.newCDPSession(page);
    await page.goto(server.url('/blank'));
    await startProfile(cdp);
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
    await waitForHighlightsToSettle(page, {}, () => extensionReportsComplete(browser));
    for (const point of hoverPoints()) await page.mouse.move(point.x, point.y);
    return summariseProfile(await stopProfile(cdp), `chrome-extension://${browser.extensionId}/`);
  } finally {
    await page.close();
  }
}

/** One extra, unmeasured load under a Chromium trace: which long tasks the content script is part of. */
export async function traceExtension(browser: ExtensionBrowser, server: TestServer, path: string): Promise<Attribution> {
  const page = await newProbedPage(browser.context);
  try {
    const cdp = await browser.context.newCDPSession(page);
    await page.goto(server.url('/blank'));
    const events = await recordTrace(cdp, async () => {
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
      await waitForHighlightsToSettle(page, {}, () => extensionReportsComplete(browser));
    });
    const script = extensionScripts(browser);
    return {
      scriptMs: scriptCpuMs(events, script),
      longTasks: longTasksOnScriptThread(events, script),
      breakdown: longTaskBreakdown(events, server.url(path)),
    };
  } finally {
    await page.close();
  }
}
