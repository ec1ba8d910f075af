/**
 * A section of the page benchmark's report (report.ts): when the highlights arrive,
 * measured from the page's own milestones (issue 15's targets: the mentions on screen
 * highlighted ≤ 100 ms after the page is parsed, the whole page read ≤ 1 s after its load
 * event), beside the page's first contentful paint, before which nothing can be seen.
 */
import type { LoadRun, SizeResult } from './loads';
import { median } from './measure';
import { HIGHLIGHT_POLL_MS } from './probes';

const millis = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');

/** Median over runs of `later − earlier` (both ms after navigation start), runs missing either left out. */
function gap(
  runs: readonly LoadRun[],
  later: (run: LoadRun) => number | null | undefined,
  earlier: (run: LoadRun) => number | null | undefined,
): number {
  const gaps: number[] = [];
  for (const run of runs) {
    const a = later(run);
    const b = earlier(run);
    if (typeof a === 'number' && typeof b === 'number') gaps.push(a - b);
  }
  return median(gaps);
}

export function timingSection(results: readonly SizeResult[]): string[] {
  const lines = ['## When the highlights arrive (with the extension, accessibility off)', ''];
  lines.push(
    '| page | parsed (DOMContentLoaded) | load event | page first paint | first highlight | after parsed | after first paint | target ≤ 100 ms after parsed | last highlight change | after load | target ≤ 1 s after load |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |',
  );
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  for (const result of results) {
    const runs = result.extension;
    const at = (pick: (run: LoadRun) => number | null | undefined) => median(runs.map((run) => pick(run) ?? Number.NaN));
    const first = (run: LoadRun) => run.settled.firstHighlightAt;
    const complete = (run: LoadRun) => run.settled.completeAt;
    const afterParsed = gap(runs, first, (run) => run.probe.parsedAt);
    const afterLoad = gap(runs, complete, (run) => run.probe.loadedAt);
    lines.push(
      `| ${result.label} | ${millis(at((run) => run.probe.parsedAt))} | ${millis(at((run) => run.probe.loadedAt))} | ${millis(at((run) => run.probe.firstPaintAt))} | ${millis(at(first))} | ${millis(afterParsed)} | ${millis(gap(runs, first, (run) => run.probe.firstPaintAt))} | ${verdict(afterParsed <= 100)} | ${millis(at(complete))} | ${millis(afterLoad)} | ${verdict(afterLoad <= 1000)} |`,
    );
  }
  lines.push(
    '',
    `Times are medians, ms after navigation start. The page polls \`CSS.highlights\` every ${HIGHLIGHT_POLL_MS} ms, so a highlight is seen up to that much late. "Last highlight change" is the last change of the registered count: only what is near the screen is registered, so it is when the reader last drew something it found near the screen; the rest of the page is read in idle time after it (the benchmark waits for the content script to say its read is complete, but asks only once the count has held for a second).`,
    '',
  );
  return lines;
}
