/**
 * The page benchmark's report (bench/page.bench.ts): the markdown tables of what the
 * measured loads gave, the targets, and how it was measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeBuild, chromiumPath, projectRoot } from '../harness/paths';
import type { ProseSource } from '../pages/corpus';
import type { Attribution, LoadRun, SizeResult } from './loads';
import { hoverPoints, median, percentile, type HoverSample, type MainThreadTime } from './measure';
import type { BenchProbe } from './probes';
import { sourceAt, type ProfileSummary } from './profile';
import { floorAndA11ySections } from './report-floor-a11y';
import { timingSection } from './report-timing';

export const CONTENT_SCRIPT = join(chromeBuild, 'content-scripts/content.js');
/** Code the content script loads only when a page needs it. */
export const ON_DEMAND = ['page-detector.js', 'card-ui.js'].map((file) => join(chromeBuild, file));

// ——— formatting ———

const seconds = (value: number) => (Number.isFinite(value) ? `${value.toFixed(3)} s` : 'n/a');
const millis = (value: number | null) => (value !== null && Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const ratio = (value: number) => (Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : 'n/a');
const medianOf = <T>(runs: readonly T[], pick: (run: T) => number) => median(runs.map(pick));

/** With minus without, run by run, then the median: the runs alternate, so drift falls on both. */
function pairedMedian(result: SizeResult, pick: (run: LoadRun) => number): number {
  return median(result.extension.map((run, i) => pick(run) - pick(result.baseline[i] ?? run)));
}

/** The smallest and largest run-by-run difference: how far one paired load can stray from the median. */
function pairedSpread(result: SizeResult, pick: (run: LoadRun) => number): string {
  const differences = result.extension.map((run, i) => pick(run) - pick(result.baseline[i] ?? run));
  return `${Math.min(...differences).toFixed(2)}–${Math.max(...differences).toFixed(2)} s`;
}

function addedTime(result: SizeResult): MainThreadTime {
  return {
    thread: pairedMedian(result, (run) => run.time.thread),
    script: pairedMedian(result, (run) => run.time.script),
    style: pairedMedian(result, (run) => run.time.style),
    layout: pairedMedian(result, (run) => run.time.layout),
  };
}

function hoverFigures(runs: readonly LoadRun[]) {
  const p = (pick: (s: HoverSample) => boolean, q: number) =>
    median(
      runs.map((run) =>
        percentile(
          run.hover.filter(pick).map((s) => s.ms),
          q,
        ),
      ),
    );
  return {
    p50: p(() => true, 50),
    p95: p(() => true, 95),
    offP95: p((s) => !s.overHighlight, 95),
    overP95: p((s) => s.overHighlight, 95),
    moves: runs[0]?.hover.length ?? 0,
    over: runs[0]?.hover.filter((s) => s.overHighlight).length ?? 0,
  };
}

function longTaskCell(runs: readonly LoadRun[]): string {
  const counts = runs.map((run) => run.probe.longTasks.length);
  const max = median(runs.map((run) => Math.max(0, ...run.probe.longTasks)));
  return `${median(counts)} (max ${Math.round(max)} ms)`;
}

function machine(): string {
  const cpu = cpus();
  let chromium = 'unknown Chromium';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // The version line is informative only.
  }
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, ${chromium} (headless), Node ${process.version}`;
}

function gitState(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'entrypoints', 'dom', 'core', 'components', 'utils', 'data'], {
      cwd: projectRoot,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} + uncommitted changes in the extension's sources` : commit;
  } catch {
    return 'unknown commit';
  }
}

export interface Extras {
  runs: number;
  markJsRunsOnBiggest: number;
  prose: ProseSource;
  profile: ProfileSummary | null;
  attribution: Attribution | null;
  elapsedS: number;
  loadAverage: number[];
}

export function report(results: SizeResult[], extras: Extras): string {
  const content = existsSync(CONTENT_SCRIPT) ? readFileSync(CONTENT_SCRIPT) : null;
  const builtAt = existsSync(CONTENT_SCRIPT) ? statSync(CONTENT_SCRIPT).mtime.toISOString() : 'missing';
  const lines: string[] = [];
  lines.push('# Page benchmark', '');
  lines.push(`- Date: ${new Date().toISOString()}; the run took ${Math.round(extras.elapsedS)} s`);
  lines.push(`- Machine: ${machine()}; load average at start and end ${extras.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`);
  lines.push(`- Extension: ${chromeBuild.replace(`${projectRoot}/`, '')} (content script built ${builtAt}) from ${gitState()}`);
  lines.push(
    `- Page text: ${extras.prose === 'corpus' ? 'paragraphs read at run time from ../shared/corpus/docs/*.txt' : 'generated sentences (no corpus found)'}; names from data/dataset.json planted in about one paragraph in three (plain, inside <a>/<b>, or split across an element boundary)`,
  );
  lines.push(
    `- Medians of ${extras.runs} runs (mark.js: ${extras.markJsRunsOnBiggest} on the 5 MB page); loads with and without the extension alternate and are paired run by run.`,
    '',
  );

  lines.push('## Main-thread CPU', '');
  lines.push(
    '| page | text nodes | page alone | **extension adds** | one pair: lowest–highest | of which script / style / layout | floor (our look) | floor (plain background) | mark.js | ext ÷ floor | ext ÷ plain floor | ext ÷ mark.js |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const result of results) {
    const added = addedTime(result);
    const floor = medianOf(result.floor, (run) => run.time.thread);
    const plainFloor = medianOf(result.floorPlain, (run) => run.time.thread);
    const mark = medianOf(result.markJs, (run) => run.time.thread);
    lines.push(
      `| ${result.label} (${(result.bytes / 1e6).toFixed(2)} MB) | ${result.textNodes} | ${seconds(medianOf(result.baseline, (run) => run.time.thread))} | **${seconds(added.thread)}** | ${pairedSpread(result, (run) => run.time.thread)} | ${seconds(added.script)} / ${seconds(added.style)} / ${seconds(added.layout)} | ${seconds(floor)} | ${seconds(plainFloor)} | ${seconds(mark)} | ${ratio(added.thread / floor)} | ${ratio(added.thread / plainFloor)} | ${ratio(added.thread / mark)} |`,
    );
  }
  lines.push('');
  lines.push('## Highlights, long tasks, DOM mutations, hover', '');
  lines.push(
    '| page | highlights: ext / floor / mark.js (planted) | first highlight | highlights complete | long tasks without ext | with ext | DOM mutations the extension adds | hover: p50 / p95 per move | p95 away from / over mentions |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
  for (const result of results) {
    const hover = hoverFigures(result.extension);
    const added = (pick: (probe: BenchProbe) => number) => pairedMedian(result, (run) => pick(run.probe));
    const mutations = `+${added((p) => p.mutations.addedNodes)} / −${added((p) => p.mutations.removedNodes)} nodes, ${added((p) => p.mutations.attributes)} attributes, ${added((p) => p.mutations.characterData)} text edits`;
    lines.push(
      `| ${result.label} | ${medianOf(result.extension, (run) => run.settled.highlights)} / ${medianOf(result.floor, (run) => run.matches)} / ${medianOf(result.markJs, (run) => run.matches)} (${result.planted}) | ${millis(medianOf(result.extension, (run) => run.settled.firstHighlightAt ?? Number.NaN))} | ${millis(medianOf(result.extension, (run) => run.settled.completeAt ?? Number.NaN))} | ${longTaskCell(result.baseline)} | ${longTaskCell(result.extension)} | ${mutations} | ${hover.p50.toFixed(3)} / ${hover.p95.toFixed(3)} ms | ${hover.offP95.toFixed(3)} / ${Number.isFinite(hover.overP95) ? `${hover.overP95.toFixed(3)} ms` : '—'} (${hover.over} of ${hover.moves} moves over one) |`,
    );
  }
  lines.push('');
  lines.push(
    content
      ? `Content script bundle: ${content.length} bytes, ${gzipSync(content).length} bytes gzipped (${CONTENT_SCRIPT.replace(`${projectRoot}/`, '')}). Loaded only when a page needs them: ${ON_DEMAND.map((file) => `${file.replace(`${chromeBuild}/`, '')} ${existsSync(file) ? `${statSync(file).size} bytes` : 'missing'}`).join(', ')}.`
      : 'Content script bundle: missing from the build.',
    '',
  );

  const big = results.find((result) => result.label === '5 MB');
  if (big) {
    lines.push('## Targets (5 MB page)', '');
    const added = addedTime(big).thread;
    const floor = medianOf(big.floor, (run) => run.time.thread);
    const plainFloor = medianOf(big.floorPlain, (run) => run.time.thread);
    const mark = medianOf(big.markJs, (run) => run.time.thread);
    const hover = hoverFigures(big.extension);
    const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
    lines.push(`- Added CPU ≤ 3 × floor (drawing our look): ${seconds(added)} vs ${seconds(3 * floor)} — ${verdict(added <= 3 * floor)}`);
    lines.push(
      `- Added CPU ≤ 3 × floor (plain background): ${seconds(added)} vs ${seconds(3 * plainFloor)} — ${verdict(added <= 3 * plainFloor)}`,
    );
    lines.push(`- Added CPU ≤ mark.js ÷ 10: ${seconds(added)} vs ${seconds(mark / 10)} — ${verdict(added <= mark / 10)}`);
    if (extras.attribution) {
      const ours = extras.attribution.longTasks.filter((task) => task.scriptMs > 0);
      const worst = Math.max(0, ...ours.map((task) => task.scriptMs));
      lines.push(
        `- No long task from our code: ${ours.length} of the ${extras.attribution.longTasks.length} main-thread tasks ≥ 50 ms ran the extension's code (most inside one: ${worst.toFixed(1)} ms) — ${verdict(worst < 50)}`,
      );
    }
    lines.push(`- Hover lookup p95 < 1 ms (moves away from mentions): ${hover.offP95.toFixed(3)} ms — ${verdict(hover.offP95 < 1)}`);
    if (content) lines.push(`- Content script < 60 kB: ${(content.length / 1000).toFixed(1)} kB — ${verdict(content.length < 60_000)}`);
    if (medianOf(big.extension, (run) => run.settled.highlights) === 0) {
      lines.push('- The extension drew no highlights on this page, so these figures say nothing about its scanning yet.');
    }
    lines.push('');
  }

  if (extras.attribution) {
    const tasks = extras.attribution.longTasks;
    lines.push('## Long tasks and the content script (5 MB page, one traced load)', '');
    const withScript = tasks.filter((task) => task.scriptMs > 0).sort((a, b) => b.scriptMs - a.scriptMs);
    lines.push(
      `Extension script CPU in the whole load (content.js and the code it loads): ${Math.round(extras.attribution.scriptMs)} ms. Main-thread tasks of 50 ms or more (wall): ${tasks.length}, of which ${withScript.length} ran the extension's code.`,
      '',
    );
    if (withScript.length > 0) {
      lines.push(
        '| task (wall) | task CPU | extension script CPU in it | biggest call (bundle line:column) |',
        '| ---: | ---: | ---: | --- |',
      );
      for (const task of withScript.slice(0, 8)) {
        lines.push(
          `| ${Math.round(task.durationMs)} ms | ${Math.round(task.cpuMs)} ms | ${task.scriptMs.toFixed(1)} ms | ${task.biggestCall ?? ''} |`,
        );
      }
      lines.push('');
    }
    const breakdown = extras.attribution.breakdown.slice(0, 8);
    if (breakdown.length > 0) {
      lines.push(
        `What fills the tasks of 50 ms CPU or more (CPU of the work directly inside them): ${breakdown.map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ')}.`,
        '',
      );
    }
  }

  if (extras.profile) {
    const profile = extras.profile;
    lines.push('## Where the extension spends its time (5 MB page, one profiled load and a hover pass)', '');
    lines.push(
      `Sampling profile of the page's main thread: ${Math.round(profile.totalMs)} ms busy, ${Math.round(profile.matchingMs)} ms of it self time in the extension's scripts, ${Math.round(profile.garbageCollectorMs)} ms in the garbage collector (everyone's).`,
      '',
    );
    if (profile.top.length > 0) {
      const sources = new Map(
        [CONTENT_SCRIPT, ...ON_DEMAND]
          .filter((file) => existsSync(file))
          .map((file) => [file.replace(`${chromeBuild}/`, ''), readFileSync(file, 'utf8')]),
      );
      lines.push('| self time | function | script:line:column | source there |', '| ---: | --- | --- | --- |');
      for (const hot of profile.top) {
        const file = hot.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
        const source = sources.get(file);
        const snippet = source === undefined ? '' : sourceAt(source, hot.line, hot.column);
        lines.push(
          `| ${hot.selfMs.toFixed(1)} ms | ${hot.functionName} | ${file}:${hot.line}:${hot.column} | \`${snippet.replace(/[|`]/g, ' ')}\` |`,
        );
      }
      lines.push('');
    }
  }

  lines.push(...timingSection(results));
  lines.push(...floorAndA11ySections(results));

  lines.push('## Method', '');
  lines.push(
    '- CPU: Chromium\'s per-tab `Performance.getMetrics` (CDP), read on a blank page of the same site and again once the highlights settled. The headline is `ThreadTime`, the main thread\'s CPU time; the content script runs in an isolated world on that same thread, so its work is in it. `ScriptDuration`, `RecalcStyleDuration` and `LayoutDuration` give the split, but they are wall-clock durations, so a busy machine inflates them and makes their differences noisy. "Extension adds" is the run-by-run difference between loads with and without the extension (same Chromium, same page, the same page-side probes in both); a load without the extension is held open as long as its partner. Small negative figures are noise.',
    "- Floor: after load and 1 s of quiet, in a browser without the extension, one TreeWalker pass with one combined case-insensitive regex of the same names and a `StaticRange` per match in one `Highlight` (its `::highlight()` rule is in the page from the start), run as an ordinary page task. It is measured twice, on separate loads: drawing with the extension's own look (one entity's background, text colour and underline, on `:root` as the extension's rules are in Chromium) — the headline floor, since the underline the issue asks for is most of what painting a highlight costs — and drawing a plain background, as the floor did before. mark.js 8.11: `new Mark(document.body).mark(names, { separateWordSearch: false })`, likewise. All measured from just before the task to two animation frames after it.",
    "- Highlights complete: the page polls `CSS.highlights` every 50 ms (the sum of every highlight's size); complete = the last change, once the count has held for 1 s. Times are from navigation start.",
    "- Long tasks: a `PerformanceObserver` for `longtask` with `buffered: true`, registered at document start, counted until the highlights settled. The Long Tasks API cannot say whose a task is, so one extra load of the 5 MB page runs under a Chromium trace: every main-thread task ≥ 50 ms is listed with the CPU time of the calls into the extension's scripts inside it (`FunctionCall`/`EvaluateScript` events carry the script's URL: content.js and the page-detector.js and card-ui.js it loads).",
    "- DOM mutations: a `MutationObserver` on the whole document from document start; the table shows what the extension adds to the page's own parsing (paired medians).",
    `- Hover: ${hoverPoints().length * 2} pointer moves (\`Input.dispatchMouseEvent\`) over the article column at the top of the page and half-way down, under a Chromium trace. A move's cost is the CPU time of every call into the content script from that mousemove until the next (two frames later): listeners, lookups deferred to a frame or timer, an opening card. "Away from mentions" keeps the moves whose point is inside no highlight: the lookup alone.`,
  );
  lines.push('');
  return lines.join('\n');
}
