/**
 * The split as recorded: split-record.json holds the seed and, once written, the hashes
 * of the tune and test id lists. frozenSplit() recomputes the split and refuses to go on
 * if it no longer matches the record (the manifest changed, or the code did): a silently
 * different test half would no longer be a held-out half.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mention } from '../../core/entities';
import { type DocScore, type GroupScore, isOldDoc, readCorpus, scoreDoc, sumScores } from './score';
import type { CorpusSplit, ManifestEntry } from './split';
import { idListHash, splitCorpus } from './split';

const recordPath = fileURLToPath(new URL('./split-record.json', import.meta.url));

interface SplitRecord {
  $comment: string;
  seed: string;
  tune?: { count: number; sha256: string };
  test?: { count: number; sha256: string };
}

const readRecord = (): SplitRecord => JSON.parse(readFileSync(recordPath, 'utf8')) as SplitRecord;

/** The recorded split of `manifest`; throws when it does not reproduce the recorded hashes. */
export function frozenSplit(manifest: readonly ManifestEntry[]): CorpusSplit {
  const record = readRecord();
  const split = splitCorpus(manifest, record.seed);
  if (!record.tune || !record.test) throw new Error(`${recordPath} has no hashes yet: run \`npm run score -- --record-split\` once`);
  if (idListHash(split.tune) !== record.tune.sha256 || idListHash(split.test) !== record.test.sha256) {
    throw new Error(
      `the corpus no longer splits as recorded in ${recordPath} (manifest or split code changed): the test half is not the frozen one`,
    );
  }
  return split;
}

/** Writes the hashes of `manifest`'s split into the record; returns its path. */
export function recordSplit(manifest: readonly ManifestEntry[]): string {
  const record = readRecord();
  const split = splitCorpus(manifest, record.seed);
  record.tune = { count: split.tune.length, sha256: idListHash(split.tune) };
  record.test = { count: split.test.length, sha256: idListHash(split.test) };
  writeFileSync(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  return recordPath;
}

/** The corpus scored by the frozen split: each half, the 26 older documents and the whole. */
export interface FrozenScores {
  split: CorpusSplit;
  /** The tune half's documents one by one (their mistakes may be read; the test half's never). */
  tuneDocs: DocScore[];
  tune: GroupScore;
  test: GroupScore;
  old: GroupScore;
  all: GroupScore;
}

/** Runs `find` over every document of `corpusDir` and sums the scores by the frozen split of `manifest`. */
export function scoreFrozenHalves(
  corpusDir: string,
  manifest: readonly ManifestEntry[],
  find: (text: string) => readonly Mention[],
): FrozenScores {
  const split = frozenSplit(manifest);
  const tuneIds = new Set(split.tune);
  const scores = readCorpus(corpusDir).map((doc) => scoreDoc(doc, find(doc.text)));
  const tuneDocs = scores.filter((s) => tuneIds.has(s.doc.id));
  return {
    split,
    tuneDocs,
    tune: sumScores(tuneDocs),
    test: sumScores(scores.filter((s) => !tuneIds.has(s.doc.id))),
    old: sumScores(scores.filter((s) => isOldDoc(s.doc.id))),
    all: sumScores(scores),
  };
}
