/**
 * The frozen tune/test split of the labelled corpus (../shared/corpus). Rules are tuned
 * on the tune half only; the test half is scored untouched, as a stand-in for pages
 * nobody tuned the detector to.
 *
 * The split is a pure function of the manifest and a seed: documents are grouped by
 * language and family (the strata), each stratum is shuffled by a PRNG seeded from the
 * seed and the stratum's name, and the strata, in name order, are dealt alternately into
 * the two halves, so every stratum (and every language) is split as evenly as it can be,
 * and a stratum's odd document falls to whichever half is short. The seed and a hash of
 * the resulting id lists are recorded in split-record.json: a test checks that the
 * manifest still splits the same way.
 */
import { createHash } from 'node:crypto';

export interface ManifestEntry {
  id: string;
  file: string;
  language: string;
  family: string;
  role: string;
  labels_file: string;
}

export interface CorpusSplit {
  seed: string;
  tune: string[];
  test: string[];
}

/** 32-bit FNV-1a: a seed string → a PRNG state. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, well-mixed PRNG; the same seed gives the same numbers everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function splitCorpus(manifest: readonly ManifestEntry[], seed: string): CorpusSplit {
  const strata = new Map<string, string[]>();
  for (const doc of manifest) {
    const key = `${doc.language}/${doc.family}`;
    const ids = strata.get(key) ?? [];
    ids.push(doc.id);
    strata.set(key, ids);
  }
  const tune: string[] = [];
  const test: string[] = [];
  // Which half gets the next document: a coin from the seed, then alternating across strata.
  let toTune = prng(fnv1a(seed))() < 0.5;
  for (const key of [...strata.keys()].sort()) {
    const ids = [...strata.get(key)!].sort();
    for (const id of shuffled(ids, prng(fnv1a(`${seed}:${key}`)))) {
      (toTune ? tune : test).push(id);
      toTune = !toTune;
    }
  }
  return { seed, tune: tune.sort(), test: test.sort() };
}

/** SHA-256 of an id list, for recording a split without listing it. */
export function idListHash(ids: readonly string[]): string {
  return createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex');
}
