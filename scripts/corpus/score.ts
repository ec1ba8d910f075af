/**
 * Scores the extension's own matcher against the labelled corpus (../shared/corpus), with
 * the counting of the corpus's own scorer (score.mjs: a prediction is correct when it
 * overlaps an unused label of the same entity; otherwise it is a confuser hit when it
 * overlaps a null label, else unlabelled), broken down by half, entity, language and
 * family, plus a confusion table. Nothing here copies the corpus: it is read where it lies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_IDS, type EntityId, type Mention } from '../../core/entities';
import type { ManifestEntry } from './split';

const ENTITY: Record<string, EntityId> = { KARABAKH: 'karabakh', RMC: 'rmc', TRILATERAL_STATEMENT: 'trilateral-statement' };

interface Label {
  start: number;
  end: number;
  text: string;
  entity: string | null;
  generic?: boolean;
  confuser_for?: string;
}

export interface CorpusDoc extends ManifestEntry {
  text: string;
  labels: Label[];
}

/** The counts of score.mjs, for any group of documents. */
export interface Tally {
  docs: number;
  gold: number;
  goldNamed: number;
  hit: number;
  hitNamed: number;
  predicted: number;
  correct: number;
  confuserHits: number;
  unlabelled: number;
  nullLabels: number;
}

export const emptyTally = (): Tally => ({
  docs: 0,
  gold: 0,
  goldNamed: 0,
  hit: 0,
  hitNamed: 0,
  predicted: 0,
  correct: 0,
  confuserHits: 0,
  unlabelled: 0,
  nullLabels: 0,
});

export function addTally(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as Array<keyof Tally>) into[k] += t[k];
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
export const namedRecall = (t: Tally) => ratio(t.hitNamed, t.goldNamed);
export const recall = (t: Tally) => ratio(t.hit, t.gold);
export const precision = (t: Tally) => ratio(t.correct, t.predicted);
/** Share of null (look-alike) labels that a prediction landed on. */
export const confuserRate = (t: Tally) => (t.nullLabels ? t.confuserHits / t.nullLabels : 0);

/** One mistake or success, for the confusion table: gold side × predicted side. */
export type Cell = `${string}→${string}`;

export interface DocScore {
  doc: CorpusDoc;
  /** Per entity, score.mjs counting. */
  byEntity: Record<EntityId, Tally>;
  all: Tally;
  confusion: Map<Cell, number>;
  /** score.mjs's --verbose lines for this document. */
  mistakes: string[];
}

export function corpusPresent(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json'));
}

/** The scored (.txt) documents of the corpus at `dir`. */
export function readCorpus(dir: string): CorpusDoc[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest
    .filter((m) => m.file.endsWith('.txt'))
    .map((m) => ({
      ...m,
      text: readFileSync(join(dir, m.file), 'utf8'),
      labels: (JSON.parse(readFileSync(join(dir, m.labels_file), 'utf8')) as { labels: Label[] }).labels,
    }));
}

export function readManifest(dir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreDoc(doc: CorpusDoc, predicted: readonly Mention[]): DocScore {
  const byEntity = Object.fromEntries(ENTITY_IDS.map((e) => [e, emptyTally()])) as Record<EntityId, Tally>;
  const confusion = new Map<Cell, number>();
  const count = (cell: Cell) => confusion.set(cell, (confusion.get(cell) ?? 0) + 1);
  const mistakes: string[] = [];
  const gold = doc.labels.filter((l) => l.entity).map((l) => ({ ...l, entity: ENTITY[l.entity!]!, used: false }));
  const nulls = doc.labels.filter((l) => !l.entity);
  for (const n of nulls) {
    const e = n.confuser_for ? ENTITY[n.confuser_for] : undefined;
    if (e) byEntity[e].nullLabels++;
  }
  for (const g of gold) {
    byEntity[g.entity].gold++;
    if (!g.generic) byEntity[g.entity].goldNamed++;
  }
  for (const p of predicted) {
    const t = byEntity[p.entity];
    t.predicted++;
    const g = gold.find((x) => !x.used && x.entity === p.entity && overlaps(x, p));
    if (g) {
      g.used = true;
      t.correct++;
      t.hit++;
      if (!g.generic) t.hitNamed++;
      count(`${p.entity}→${p.entity}`);
      continue;
    }
    const said = JSON.stringify(doc.text.slice(p.start, p.end));
    const other = gold.find((x) => x.entity !== p.entity && overlaps(x, p));
    const confuser = nulls.find((n) => overlaps(n, p));
    if (confuser) {
      t.confuserHits++;
      mistakes.push(`${doc.id} FALSE (confuser) ${p.entity} ${said} @${p.start}`);
      count(`null(${confuser.confuser_for ? (ENTITY[confuser.confuser_for] ?? '?') : '?'})→${p.entity}`);
    } else {
      t.unlabelled++;
      mistakes.push(`${doc.id} FALSE (unlabelled) ${p.entity} ${said} @${p.start}`);
      count(`${other ? other.entity : 'none'}→${p.entity}`);
    }
  }
  for (const g of gold) {
    if (g.used) continue;
    mistakes.push(`${doc.id} MISSED${g.generic ? ' (generic)' : ''} ${g.entity} ${JSON.stringify(g.text)} @${g.start}`);
    count(`${g.entity}→missed`);
  }
  const all = emptyTally();
  for (const e of ENTITY_IDS) addTally(all, byEntity[e]);
  all.docs = 1;
  return { doc, byEntity, all, confusion, mistakes };
}

/** Sums of document scores, overall and per entity, language and family. */
export interface GroupScore {
  all: Tally;
  byEntity: Record<string, Tally>;
  byLanguage: Record<string, Tally>;
  byFamily: Record<string, Tally>;
  confusion: Map<Cell, number>;
}

export function sumScores(scores: readonly DocScore[]): GroupScore {
  const out: GroupScore = { all: emptyTally(), byEntity: {}, byLanguage: {}, byFamily: {}, confusion: new Map() };
  const into = (record: Record<string, Tally>, key: string, t: Tally) => {
    record[key] ??= emptyTally();
    addTally(record[key], t);
  };
  for (const s of scores) {
    addTally(out.all, s.all);
    for (const e of ENTITY_IDS) into(out.byEntity, e, s.byEntity[e]);
    into(out.byLanguage, s.doc.language, s.all);
    into(out.byFamily, s.doc.family, s.all);
    for (const [cell, n] of s.confusion) out.confusion.set(cell, (out.confusion.get(cell) ?? 0) + n);
  }
  return out;
}

/** The 26 documents the detector was first tuned on (issue 3): ids below 069. */
export const isOldDoc = (id: string) => Number(id) < 69;
