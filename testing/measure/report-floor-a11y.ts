/**
 * Two sections of the page benchmark's report (report.ts): what the extension adds with
 * accessibility on against off, and its added script time against the floor extension's
 * (floor-extension.ts). Both are paired run by run with the loads without any extension.
 */
import type { LoadRun, SizeResult } from './loads';
import { median } from './measure';

const seconds = (value: number) => (Number.isFinite(value) ? `${value.toFixed(3)} s` : 'n/a');
const ratio = (value: number) => (Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : 'n/a');

/** Median of the run-by-run differences `withIt[i] − without[i]`. */
function paired(withIt: readonly LoadRun[], without: readonly LoadRun[], pick: (run: LoadRun) => number): number {
  return median(withIt.map((run, i) => pick(run) - pick(without[i] ?? run)));
}

/** Issue 15's targets: accessibility on ≤ 1.3× off; added script ≤ 2× the floor extension's on 5 MB, ≤ 3× on 1 MB. */
const FLOOR_TARGET: Record<string, number> = { '5 MB': 2, '1 MB': 3 };
const A11Y_TARGET = 1.3;

export function floorAndA11ySections(results: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const thread = (run: LoadRun) => run.time.thread;
  const script = (run: LoadRun) => run.time.script;

  if (results.some((result) => result.a11yExtension.length > 0)) {
    lines.push('## Accessibility on (Chromium --force-renderer-accessibility)', '');
    lines.push(
      '| page | highlights registered at settle | extension adds, accessibility off | accessibility on | on ÷ off | target ≤ 1.3× | floor extension adds, off | on | floor on ÷ off |',
      '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    );
    for (const result of results) {
      if (result.a11yExtension.length === 0) continue;
      const off = paired(result.extension, result.baseline, thread);
      const on = paired(result.a11yExtension, result.a11yBaseline, thread);
      // Below 50 ms either way, the ratio is noise; the target is about pages where it matters.
      const ok = on <= A11Y_TARGET * off || on < 0.05;
      const floorOff = paired(result.floorExtension, result.baseline, thread);
      const floorOn = paired(result.a11yFloorExtension, result.a11yBaseline, thread);
      lines.push(
        `| ${result.label} | ${median(result.a11yExtension.map((run) => run.settled.highlights))} | ${seconds(off)} | ${seconds(on)} | ${ratio(on / off)} | ${verdict(ok)} | ${seconds(floorOff)} | ${seconds(floorOn)} | ${ratio(floorOn / floorOff)} |`,
      );
    }
    lines.push(
      '',
      "Chromium's accessibility work itself (serializing the accessibility tree and the updates before it; CPU, traced with the `accessibility` category in the same loads, medians):",
      '',
      '| page | page alone | with our extension | with the floor extension | ours adds | floor extension adds |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const result of results) {
      if (result.a11yExtension.length === 0) continue;
      const ax = (runs: readonly LoadRun[]) => median(runs.map((run) => (run.axMs ?? Number.NaN) / 1000));
      lines.push(
        `| ${result.label} | ${seconds(ax(result.a11yBaseline))} | ${seconds(ax(result.a11yExtension))} | ${seconds(ax(result.a11yFloorExtension))} | ${seconds(paired(result.a11yExtension, result.a11yBaseline, (run) => (run.axMs ?? Number.NaN) / 1000))} | ${seconds(paired(result.a11yFloorExtension, result.a11yBaseline, (run) => (run.axMs ?? Number.NaN) / 1000))} |`,
      );
    }
    lines.push(
      '',
      "The floor extension registers every match in one `Highlight` at once (floor-extension.ts): what Chromium's accessibility work costs per registered range, beside ours, which registers only what is near the screen. Its loads with accessibility on are held until its highlights are drawn (once on the text-node page: over a minute a load).",
      '',
    );
  }

  if (results.some((result) => result.floorExtension.length > 0)) {
    lines.push('## Against the floor extension (same loading as ours)', '');
    lines.push(
      '| page | our added script | floor extension added script | ours ÷ floor | our added main thread | floor extension added main thread | target |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const result of results) {
      if (result.floorExtension.length === 0) continue;
      const ours = paired(result.extension, result.baseline, script);
      const floor = paired(result.floorExtension, result.baseline, script);
      const target = FLOOR_TARGET[result.label];
      lines.push(
        `| ${result.label} | ${seconds(ours)} | ${seconds(floor)} | ${ratio(ours / floor)} | ${seconds(paired(result.extension, result.baseline, thread))} | ${seconds(paired(result.floorExtension, result.baseline, thread))} | ${target ? `≤ ${target}× — ${verdict(ours <= target * floor)}` : '—'} |`,
      );
    }
    lines.push(
      '',
      "Script time is Chromium's `ScriptDuration` (every world's script, wall-clock, so a busy machine inflates it) from a blank page of the same site to the moment the highlights settled; the floor extension's loads are held open as long as ours.",
      '',
    );
  }
  return lines;
}
