/**
 * The page detector's cold start (issue 15): what its first use costs in a fresh process,
 * as a page's first slice of a long text node meets it. Bundles the detector as the
 * extension does (one minified ES module, page-detector.js's code), then runs it in fresh
 * `node` processes, each timing:
 * - load: evaluating the module (its top-level code);
 * - create: createPageDetector() (compiling the lexicon into scanners);
 * - first: add() of the first 16,384-character slice (dom/chunk-limits.ts's cut) of the
 *   2 MB text-node benchmark page (bench/first-highlight-timeline.ts's page);
 * - next: the slices after it, each (median, max), over the next SLICES slices.
 * Prints the median of each figure over the processes, in the main thread's CPU time
 * (COLD_CLOCK=process: the process's CPU time; COLD_CLOCK=wall: wall time). With `--vs DIR`, a second checkout's
 * detector runs in turn with this one (A B A B…), and the ratios are taken pair by pair.
 *
 * `npx tsx bench/detector-cold.ts [runs] [--vs /path/to/other/checkout] [-- node flags]`
 * e.g. `COLD_MINIFY=0 npx tsx bench/detector-cold.ts 1 -- --cpu-prof --cpu-prof-dir=/tmp/prof` profiles a child.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { sliceEnd, SLICE_CHARS } from '../dom/chunk-limits';
import { benchPage } from '../testing/pages/bench-page';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const nodeFlags = dash >= 0 ? args.slice(dash + 1) : [];
const own = dash >= 0 ? args.slice(0, dash) : args;
const vsAt = own.indexOf('--vs');
const other = vsAt >= 0 ? resolve(own[vsAt + 1]!) : undefined;
const runs = Number(own.find((a, i) => /^\d+$/.test(a) && own[i - 1] !== '--vs') ?? 7);
const SLICES = Number(process.env.COLD_SLICES ?? 20);
const CLOCK = process.env.COLD_CLOCK ?? 'thread';
const dir = mkdtempSync(join(tmpdir(), 'detector-cold-'));

/** The page's one text node, as the browser reads it out of the <pre>. */
function pageText(): string {
  const page = benchPage('2mbtextnode');
  const pre = /<pre[^>]*>([\s\S]*)<\/pre>/.exec(page.html)![1]!;
  return pre
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The first slices, cut as dom/chunk-walker.ts cuts a long text node. */
function slices(data: string, count: number): string[] {
  const out: string[] = [];
  for (let from = 0; from < data.length && out.length < count; ) {
    const to = from + SLICE_CHARS >= data.length ? data.length : sliceEnd(data, from + SLICE_CHARS);
    out.push(data.slice(from, to));
    from = to;
  }
  return out;
}

/** The detector's code from a checkout, bundled and minified as the extension's build does. */
function bundle(root: string, name: string): string {
  const entry = join(dir, `${name}-entry.ts`);
  writeFileSync(entry, `export { createPageDetector } from ${JSON.stringify(join(root, 'core/detect/page-detector.ts'))};\n`);
  const outfile = join(dir, `${name}.mjs`);
  // Unminified for a readable profile: COLD_MINIFY=0.
  const minify = process.env.COLD_MINIFY !== '0';
  buildSync({ entryPoints: [entry], bundle: true, minify, format: 'esm', target: 'chrome128', outfile, logLevel: 'error' });
  return outfile;
}

const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, slicesFile, clock] = process.argv.slice(2);
const slices = JSON.parse(readFileSync(slicesFile, 'utf8'));
// The main thread's CPU time by default (Linux: /proc/thread-self/schedstat, in ns): on a
// loaded machine wall time mostly measures waiting, and the process's CPU time its helper threads.
const onCpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const now = clock === 'wall' ? () => performance.now() : clock === 'process' ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : onCpu;
let t = now();
const { createPageDetector } = await import(bundle);
const load = now() - t;
t = now();
const detector = createPageDetector();
const create = now() - t;
const times = [];
let found = 0;
for (let i = 0; i < slices.length; i++) {
  t = now();
  found += detector.add(i, slices[i]).length;
  times.push(now() - t);
}
const next = times.slice(1).sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ load, create, first: times[0], nextMedian: next[next.length >> 1], nextMax: next[next.length - 1], found }));
`;

type Figures = Record<'load' | 'create' | 'first' | 'nextMedian' | 'nextMax' | 'found', number>;

function runChild(bundleFile: string, slicesFile: string, childFile: string): Figures {
  return JSON.parse(
    execFileSync(process.execPath, [...nodeFlags, childFile, bundleFile, slicesFile, CLOCK], { encoding: 'utf8' }),
  ) as Figures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function main(): void {
  const slicesFile = join(dir, 'slices.json');
  const text = slices(pageText(), SLICES + 1);
  writeFileSync(slicesFile, JSON.stringify(text));
  const childFile = join(dir, 'child.mjs');
  writeFileSync(childFile, CHILD);
  const here = resolve(import.meta.dirname, '..');
  const variants = [{ name: 'this', file: bundle(here, 'this') }];
  if (other) variants.push({ name: 'vs', file: bundle(other, 'vs') });
  const results = variants.map(() => [] as Figures[]);
  for (let r = 0; r < runs; r++) for (const [i, v] of variants.entries()) results[i]!.push(runChild(v.file, slicesFile, childFile));
  console.log(
    `${runs} fresh processes each; first slice ${text[0]!.length} chars; next: ${SLICES} slices; ms of ${CLOCK} time, median over processes`,
  );
  const keys = ['load', 'create', 'first', 'nextMedian', 'nextMax'] as const;
  console.log(`variant | ${keys.join(' | ')} | mentions`);
  for (const [i, v] of variants.entries()) {
    const rs = results[i]!;
    console.log(`${v.name.padEnd(7)} | ${keys.map((k) => median(rs.map((x) => x[k])).toFixed(1)).join(' | ')} | ${rs[0]!.found}`);
  }
  if (other) {
    const ratios = keys.map((k) => median(results[0]!.map((x, j) => x[k] / results[1]![j]![k])).toFixed(2));
    console.log(`this/vs | ${ratios.join(' | ')} (median of pairwise ratios)`);
  }
}

main();
