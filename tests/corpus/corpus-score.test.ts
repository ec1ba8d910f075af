/**
 * The detector on material outside the repo (../shared), where it is present: the labelled
 * corpus's frozen split (scripts/corpus/split.ts) and the off-topic real pages. The
 * floors are the figures issue 14's rules reached on the test half, which was never
 * looked at document by document: a change that lowers them lost generality somewhere.
 * `npm run score` prints the full tables.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { findMentions } from '../../core/detect/matcher';
import { offTopicHits, offTopicPresent, SHARED } from '../../scripts/corpus/paths';
import { type FrozenScores, frozenSplit, scoreFrozenHalves } from '../../scripts/corpus/frozen';
import { idListHash, splitCorpus, type ManifestEntry } from '../../scripts/corpus/split';
import { confuserRate, corpusPresent, namedRecall, precision, readManifest } from '../../scripts/corpus/score';

const corpusDir = `${SHARED}/corpus`;
const haveCorpus = corpusPresent(corpusDir);
const haveOffTopic = offTopicPresent();
if (!haveCorpus) console.warn(`corpus-score: SKIPPED, ${corpusDir} is absent (the labelled corpus lives outside the repo)`);
if (!haveOffTopic) console.warn(`corpus-score: SKIPPED off-topic check, ${SHARED}/real-pages/text is absent`);

const three = (x: number) => Math.round(x * 1000) / 1000;

describe('the split', () => {
  const doc = (id: string, language: string, family: string): ManifestEntry => ({
    id,
    file: `docs/${id}.txt`,
    language,
    family,
    role: 'positive',
    labels_file: `labels/${id}.json`,
  });
  const manifest = [
    doc('001', 'en', 'region'),
    doc('002', 'en', 'region'),
    doc('003', 'en', 'region'),
    doc('004', 'fr', 'rug'),
    doc('005', 'fr', 'rug'),
    doc('006', 'de', 'football'),
    doc('007', 'de', 'football'),
    doc('008', 'de', 'football'),
  ];

  test('is a pure function of the manifest and the seed', () => {
    expect(splitCorpus(manifest, 's')).toEqual(splitCorpus([...manifest].reverse(), 's'));
    expect(splitCorpus(manifest, 's')).not.toEqual(splitCorpus(manifest, 'another seed'));
  });

  test('splits every stratum evenly and loses no document', () => {
    const { tune, test: held } = splitCorpus(manifest, 's');
    expect([...tune, ...held].sort()).toEqual(manifest.map((d) => d.id));
    for (const stratum of ['en/region', 'fr/rug', 'de/football']) {
      const ids = manifest.filter((d) => `${d.language}/${d.family}` === stratum).map((d) => d.id);
      const inTune = ids.filter((id) => tune.includes(id)).length;
      expect(Math.abs(2 * inTune - ids.length)).toBeLessThanOrEqual(1);
    }
    expect(Math.abs(tune.length - held.length)).toBeLessThanOrEqual(1);
  });

  test('hashes an id list whatever its order', () => {
    expect(idListHash(['002', '001'])).toBe(idListHash(['001', '002']));
  });
});

test('npm run score says clearly that ../shared is absent, and exits 0', () => {
  const out = execFileSync('npx', ['tsx', 'scripts/score.ts'], {
    env: { ...process.env, SHARED_DIR: '/nonexistent/shared' },
    encoding: 'utf8',
  });
  expect(out).toMatch(/\/nonexistent\/shared\/corpus is absent/);
}, 30_000);

describe.skipIf(!haveCorpus)('the labelled corpus (../shared/corpus)', () => {
  let halves: FrozenScores;

  beforeAll(() => {
    halves = scoreFrozenHalves(corpusDir, readManifest(corpusDir), findMentions);
  });

  test('still splits as recorded (the test half is the frozen one)', () => {
    expect(() => frozenSplit(readManifest(corpusDir))).not.toThrow();
  });

  test('the 26 older documents stay at 0.998 named recall, 1.000 precision, no confuser hit', () => {
    expect(halves.old.all.docs).toBe(26);
    expect(three(namedRecall(halves.old.all))).toBeGreaterThanOrEqual(0.998);
    expect(three(precision(halves.old.all))).toBe(1);
    expect(halves.old.all.confuserHits).toBe(0);
  });

  test('the test half stays at or above the figures reached (a regression floor, not a target)', () => {
    expect(three(namedRecall(halves.test.all))).toBeGreaterThanOrEqual(0.984);
    expect(three(precision(halves.test.all))).toBeGreaterThanOrEqual(1);
    expect(halves.test.all.confuserHits).toBe(0);
  });

  test('the tune half hits no confuser and keeps its recall', () => {
    expect(halves.tune.all.confuserHits).toBe(0);
    expect(three(namedRecall(halves.tune.all))).toBeGreaterThanOrEqual(0.992);
    expect(Math.max(...Object.values(halves.tune.byFamily).map(confuserRate))).toBe(0);
  });
});

describe.skipIf(!haveOffTopic)('off-topic real pages (../shared/real-pages/text)', () => {
  test('give no mention at all', () => {
    expect(offTopicHits(findMentions).map((h) => `${h.file}: ${h.entity} ${h.text}`)).toEqual([]);
  });
});
