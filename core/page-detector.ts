/**
 * Incremental detection for a live page: text arrives chunk by chunk (one block's text
 * each), and each chunk is scanned once. Page-level context is kept as counters
 * (page-state.ts); only when a page judgement flips are the chunks with undecided
 * candidates re-resolved, which needs no rescanning either.
 */
import type { EntityId, Mention } from './entities';
import { ENTITY_IDS } from './entities';
import type { Lexicon } from './lexicon';
import { defaultLexicon } from './lexicon';
import type { CompiledLexicon } from './compiled-lexicon';
import { compileLexicon } from './compiled-lexicon';
import type { Candidate } from './disambiguate';
import { Decision, scanChunk } from './disambiguate';
import type { PageCounts, PageJudgement } from './page-state';
import { accepted, applyChunk, emptyCounts, judgePage } from './page-state';

export interface PageDetector<K> {
  /** Scan one chunk of the page's text (a block's text; offsets into `text`), remember it under `key`, return the mentions accepted given everything known about the page so far. Re-adding an existing key replaces it. */
  add(key: K, text: string): Mention[];
  remove(key: K): void;
  /** Chunks whose accepted mentions changed since the last call, because page-level context changed (e.g. later text made the page about the region, or text was removed). */
  drainChanged(): Array<[K, Mention[]]>;
  /** Total accepted mentions per entity right now. */
  counts(): Record<EntityId, number>;
}

interface Chunk {
  text: string;
  candidates: Candidate[];
  mentions: Mention[];
}

function hasPageDecision(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => c.decision === Decision.PageSense || c.decision === Decision.PageTopic);
}

function resolve(chunk: Chunk, lex: CompiledLexicon, page: PageJudgement): Mention[] {
  const out: Mention[] = [];
  for (const c of chunk.candidates) {
    if (!accepted(c, lex, page)) continue;
    out.push({ start: c.start, end: c.end, entity: lex.families[c.family]!.entity!, text: chunk.text.slice(c.start, c.end) });
  }
  return out;
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.entity !== y.entity) return false;
  }
  return true;
}

class IncrementalPageDetector<K> implements PageDetector<K> {
  private readonly lex: CompiledLexicon;
  private readonly chunks = new Map<K, Chunk>();
  /** Chunks holding candidates whose fate depends on the page judgement. */
  private readonly dependent = new Set<K>();
  private readonly changed = new Map<K, Mention[]>();
  private readonly pageCounts: PageCounts = emptyCounts();
  private page: PageJudgement;
  private readonly totals = Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>;

  constructor(lexicon: Lexicon) {
    this.lex = compileLexicon(lexicon);
    this.page = judgePage(this.pageCounts);
  }

  add(key: K, text: string): Mention[] {
    this.forget(key);
    const candidates = scanChunk(text, this.lex);
    const chunk: Chunk = { text, candidates, mentions: [] };
    applyChunk(this.pageCounts, candidates, this.lex, 1);
    this.chunks.set(key, chunk);
    if (hasPageDecision(candidates)) this.dependent.add(key);
    this.rejudge(key);
    chunk.mentions = resolve(chunk, this.lex, this.page);
    this.count(chunk.mentions, 1);
    return chunk.mentions;
  }

  remove(key: K): void {
    if (!this.forget(key)) return;
    this.rejudge(key);
  }

  drainChanged(): Array<[K, Mention[]]> {
    const out = [...this.changed];
    this.changed.clear();
    return out;
  }

  counts(): Record<EntityId, number> {
    return { ...this.totals };
  }

  /** Drops a chunk's contribution; true if it existed. */
  private forget(key: K): boolean {
    const old = this.chunks.get(key);
    if (!old) return false;
    applyChunk(this.pageCounts, old.candidates, this.lex, -1);
    this.count(old.mentions, -1);
    this.chunks.delete(key);
    this.dependent.delete(key);
    this.changed.delete(key);
    return true;
  }

  /** Re-judges the page; if the judgement flipped, re-resolves the dependent chunks (but not `except`). */
  private rejudge(except: K): void {
    const next = judgePage(this.pageCounts);
    const flipped = next.signature !== this.page.signature;
    this.page = next;
    if (!flipped) return;
    for (const key of this.dependent) {
      if (key === except) continue;
      const chunk = this.chunks.get(key)!;
      const mentions = resolve(chunk, this.lex, next);
      if (sameMentions(mentions, chunk.mentions)) continue;
      this.count(chunk.mentions, -1);
      this.count(mentions, 1);
      chunk.mentions = mentions;
      this.changed.set(key, mentions);
    }
  }

  private count(mentions: readonly Mention[], sign: 1 | -1): void {
    for (const m of mentions) this.totals[m.entity] += sign;
  }
}

export function createPageDetector<K>(lexicon: Lexicon = defaultLexicon): PageDetector<K> {
  return new IncrementalPageDetector<K>(lexicon);
}
