/**
 * Matcher benchmark (`npm run bench:matcher`): a script, not a timed test.
 * Builds ~1 MB and ~5 MB of page text by repeating the labelled corpus (../shared/corpus),
 * then reports MB/s for our matcher (context rules included), fed the way the content
 * script feeds it (one chunk per paragraph), and for the floor: one combined RegExp over
 * the lexicon's alias list, run over the same text in the same process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultLexicon } from '../core/lexicon';
import { createPageDetector } from '../core/page-detector';

const corpusDocs = resolve(import.meta.dirname, '../../shared/corpus/docs');

function corpusText(): string | undefined {
  if (!existsSync(corpusDocs)) return undefined;
  const files = readdirSync(corpusDocs).filter((f) => f.endsWith('.txt')).sort();
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

function floorRegex(): RegExp {
  const aliases = new Set<string>();
  for (const family of defaultLexicon.families) if (family.entity) for (const e of family.examples) aliases.add(e);
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'gi');
}

function time(run: () => number): { ms: number; found: number } {
  run(); // warm-up: compile regexes, let the JIT settle
  const t0 = performance.now();
  let found = 0;
  const rounds = 3;
  for (let i = 0; i < rounds; i++) found = run();
  return { ms: (performance.now() - t0) / rounds, found };
}

function bench(label: string, text: string): void {
  const mb = Buffer.byteLength(text) / 1e6;
  const chunks = text.split(/\n+/);
  const ours = time(() => {
    const detector = createPageDetector<number>();
    let n = 0;
    for (let i = 0; i < chunks.length; i++) n += detector.add(i, chunks[i]!).length;
    for (const [, m] of detector.drainChanged()) n += m.length * 0;
    return n;
  });
  const re = floorRegex();
  const floor = time(() => {
    let n = 0;
    for (const chunk of chunks) {
      re.lastIndex = 0;
      while (re.exec(chunk)) n++;
    }
    return n;
  });
  const oursRate = mb / (ours.ms / 1000);
  const floorRate = mb / (floor.ms / 1000);
  console.log(
    `${label.padEnd(6)} ${mb.toFixed(2)} MB in ${chunks.length} chunks | ours ${oursRate.toFixed(1)} MB/s (${ours.found} mentions) | floor ${floorRate.toFixed(1)} MB/s (${floor.found} hits) | ours/floor ${(oursRate / floorRate).toFixed(2)}`,
  );
}

const base = corpusText();
if (!base) {
  console.log(`bench:matcher: corpus not found at ${corpusDocs}; nothing to measure (the benchmark needs real page text).`);
  process.exit(0);
}
bench('1 MB', repeatTo(base, 1_000_000));
bench('5 MB', repeatTo(base, 5_000_000));
