/**
 * Where the time goes between a page being parsed and its first highlight (issue 15's
 * "≤ 100 ms after parsed"): loads one benchmark page with the extension, traced, and prints
 * the main thread's tasks from DOMContentLoaded to the first highlight with what ran in
 * each (the page's layout, our scripts, garbage collection…): each task's wall time and,
 * in brackets, the main thread's CPU time in it (on a loaded machine, the steadier figure).
 * `npx tsx bench/first-highlight-timeline.ts [5mb|1mb|100kb|2mbtextnode] [runs]`
 */
import { launchChromium } from '../testing/harness/chromium';
import { startServer } from '../testing/harness/server';
import { benchPage, isBenchPageName } from '../testing/pages/bench-page';
import { newProbedPage } from '../testing/measure/loads';
import { recordTrace, type TraceEvent } from '../testing/measure/trace';

const size = process.argv[2] ?? '5mb';
const runs = Number(process.argv[3] ?? 1);
// An unknown name gets the 5 MB article.
const page = benchPage(isBenchPageName(size) ? size : '5mb');

/** A task's direct children, by name, with their summed wall time (ms); script calls named by their script. */
function describeTask(children: TraceEvent[]): string {
  const totals = new Map<string, number>();
  let childEnd = -Infinity;
  for (const event of children) {
    if (event.ts < childEnd) continue;
    childEnd = event.ts + (event.dur ?? 0);
    const data = (event.args?.data ?? {}) as { url?: string; functionName?: string };
    let name = event.name;
    if (name === 'FunctionCall' || name === 'EvaluateScript' || name === 'v8.compileModule' || name === 'v8.evaluateModule') {
      const url = data.url ?? '';
      name += url.startsWith('chrome-extension://') ? ` [ours: ${url.split('/').pop()}]` : url ? ' [page]' : '';
    }
    totals.set(name, (totals.get(name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
}

async function main(): Promise<void> {
  const server = await startServer({ '/blank': '<!doctype html><title>blank</title>', '/page': page.html });
  const browser = await launchChromium();
  try {
    for (let run = 0; run < runs; run++) {
      const tab = await newProbedPage(browser.context);
      if (process.env.CONSOLE) tab.on('console', (m) => console.log('  console:', m.text()));
      const cdp = await browser.context.newCDPSession(tab);
      await tab.goto(server.url('/blank'));
      const events = await recordTrace(cdp, async () => {
        await tab.goto(server.url('/page'), { waitUntil: 'load', timeout: 120_000 });
        await tab.waitForFunction(
          () => (window as unknown as { __kcBench: { firstHighlightAt: number | null } }).__kcBench.firstHighlightAt !== null,
          undefined,
          { timeout: 60_000 },
        );
        await tab.waitForTimeout(300);
      });
      const parse = events.find(
        (e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === server.url('/page'),
      );
      if (!parse) throw new Error('no ParseHTML event for the page');
      // Page times (performance.now, from the navigation's start) and trace times share the
      // parse's start: the navigation entry's responseStart is about when ParseHTML begins.
      const timing = await tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const bench = (window as unknown as { __kcBench: { firstHighlightAt: number } }).__kcBench;
        return {
          responseStart: nav.responseStart,
          dcl: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
          first: bench.firstHighlightAt,
        };
      });
      const firstParse = Math.min(...events.filter((e) => e.name === 'ParseHTML' && e.pid === parse.pid).map((e) => e.ts));
      const ms = (ts: number) => (ts - firstParse) / 1000 + timing.responseStart;
      const dcl = (timing.dcl - timing.responseStart) * 1000 + firstParse;
      const first = timing.first;
      console.log(
        `\nrun ${run + 1}: DOMContentLoaded ${timing.dcl.toFixed(0)} ms, load ${timing.load.toFixed(0)} ms, first highlight seen ${first.toFixed(0)} ms (ms from navigation start)`,
      );
      const onMain = events
        .filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid)
        .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      // Top-level events only (tasks; some runs name them otherwise than RunTask).
      const topLevel: TraceEvent[] = [];
      let topEnd = -Infinity;
      for (const e of onMain) {
        if (e.ts < topEnd) continue;
        topLevel.push(e);
        topEnd = e.ts + (e.dur ?? 0);
      }
      if (process.env.ALL) {
        for (const e of topLevel.filter((t) => (t.dur ?? 0) >= 30000))
          console.log(`    all: ${ms(e.ts).toFixed(0)} ${((e.dur ?? 0) / 1000).toFixed(0)} ${e.name}`);
      }
      const tasks = topLevel.filter(
        (e) => (e.dur ?? 0) >= Number(process.env.MIN_US ?? 8000) && ms(e.ts) > ms(dcl) - 300 && ms(e.ts) < first + 50,
      );
      for (const task of tasks) {
        const end = task.ts + (task.dur ?? 0);
        const children = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && e.name !== 'RunTask');
        console.log(
          `  ${ms(task.ts).toFixed(0).padStart(6)} ms  ${((task.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms (${((task.tdur ?? task.dur ?? 0) / 1000).toFixed(0).padStart(3)} on CPU)  ${task.name}: ${describeTask(children)}`,
        );
      }
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
