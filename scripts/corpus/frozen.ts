/**
 * The split as recorded: split-record.json holds the seed and, once written, the hashes
 * of the tune and test id lists. frozenSplit() recomputes the split and refuses to go on
 * if it no longer matches the record (the manifest changed, or the code did): a silently
 * different test half would no longer be a held-out half.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
