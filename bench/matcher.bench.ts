/**
 * Matcher benchmark (`npm run bench:matcher`): a script, not a timed test.
 *
 * Builds ~1 MB and ~5 MB of page text by repeating the labelled corpus (../shared/corpus)
 * and compares our matcher (context rules included) with the floor: one combined
 * case-insensitive RegExp over the lexicon's alias list, in the same process, over the
 * same text. Three feeds:
 * - whole: the text as one string (findMentions; the floor scans the same string);
 * - lines: one chunk per line, into createPageDetector (as the content script feeds blocks);
 * - pieces: ~30-word chunks, the small text blocks of a real feed page.
 *
 * The machine is shared and noisy, so each measurement is repeated in interleaved rounds
 * (floor, ours, floor, ours…) after a warm-up; we report the best (minimum) and median
 * of each and the ratio of the bests — the minimum is the run least disturbed by other
 * processes. Times are CPU time of this process (process.cpuUsage), which leaves out the
 * time spent waiting for a core on a loaded machine; the wall-clock ratio of bests is
 * printed too. `ours/floor` is our speed as a fraction of the floor's (≥ 0.5 wanted).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourceLexicon } from '../scripts/lexicon/lexicon-source';
import { findMentions } from '../core/detect/matcher';
import { createPageDetector } from '../core/detect/page-detector';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const corpusDocs = resolve(import.meta.dirname, '../../shared/corpus/docs');

function corpusText(): string | undefined {
  if (!existsSync(corpusDocs)) return undefined;
  const files = readdirSync(corpusDocs)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.map((f) => readFileSync(join(corpusDocs, f), 'utf8')).join('\n\n');
}

function repeatTo(text: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('\n\n');
}

/** Cuts text into chunks of about `words` words, at whitespace (line breaks always cut). */
function pieces(text: string, words: number): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    const tokens = line.split(/(?<=\s)(?=\S)/);
    for (let i = 0; i < tokens.length; i += words) out.push(tokens.slice(i, i + words).join(''));
  }
  return out;
}

function floorRegex(): RegExp {
  const aliases = new Set<string>();
  for (const family of sourceLexicon.families) if (family.entity) for (const e of family.examples) aliases.add(e);
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'gi');
}

interface Timing {
  min: number;
  median: number;
  wallMin: number;
  found: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs a and b alternately: one warm-up each, then ROUNDS interleaved timed runs. */
function interleaved(a: () => number, b: () => number): [Timing, Timing] {
  const cpu: [number[], number[]] = [[], []];
  const wall: [number[], number[]] = [[], []];
  const found = [a(), b()];
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, run] of [a, b].entries()) {
      const w0 = performance.now();
      const c0 = cpuMs();
      found[i] = run();
      cpu[i]!.push(cpuMs() - c0);
      wall[i]!.push(performance.now() - w0);
    }
  }
  const summary = (i: 0 | 1): Timing => {
    const sorted = [...cpu[i]].sort((x, y) => x - y);
    return { min: sorted[0]!, median: sorted[sorted.length >> 1]!, wallMin: Math.min(...wall[i]), found: found[i]! };
  };
  return [summary(0), summary(1)];
}

function detectChunks(chunks: string[]): number {
  const detector = createPageDetector<number>();
  let n = 0;
  for (let i = 0; i < chunks.length; i++) n += detector.add(i, chunks[i]!).length;
  detector.drainChanged();
  return n;
}

function floorChunks(re: RegExp, chunks: string[]): number {
  let n = 0;
  for (const chunk of chunks) {
    re.lastIndex = 0;
    while (re.exec(chunk)) n++;
  }
  return n;
}

const rate = (mb: number, ms: number) => (mb / (ms / 1000)).toFixed(1).padStart(6);

function bench(size: string, text: string, feed: string, chunks: string[] | null): void {
  const mb = Buffer.byteLength(text) / 1e6;
  const re = floorRegex();
  const [floor, ours] = chunks
    ? interleaved(
        () => floorChunks(re, chunks),
        () => detectChunks(chunks),
      )
    : interleaved(
        () => floorChunks(re, [text]),
        () => findMentions(text).length,
      );
  console.log(
    [
      size.padEnd(5),
      feed.padEnd(7),
      String(chunks?.length ?? 1).padStart(7),
      `${rate(mb, ours.min)} ${rate(mb, ours.median)}`,
      `${rate(mb, floor.min)} ${rate(mb, floor.median)}`,
      (floor.min / ours.min).toFixed(2).padStart(10),
      (floor.wallMin / ours.wallMin).toFixed(2).padStart(9),
      `${String(ours.found).padStart(7)} / ${floor.found}`,
    ].join(' | '),
  );
}

const base = corpusText();
if (!base) {
  console.log(`bench:matcher: corpus not found at ${corpusDocs}; nothing to measure (the benchmark needs real page text).`);
  process.exit(0);
}
console.log(
  `MB/s of CPU time, best and median of ${ROUNDS} interleaved rounds after a warm-up; ours/floor = floor's best time / our best time (CPU; wall-clock beside it).`,
);
console.log('size  | feed    |  chunks | ours best  med | floor best med | ours/floor | wall o/f | mentions / floor hits');
for (const [size, bytes] of [
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
] as const) {
  const text = repeatTo(base, bytes);
  bench(size, text, 'whole', null);
  bench(size, text, 'lines', text.split(/\n+/));
  bench(size, text, 'pieces', pieces(text, 30));
}
