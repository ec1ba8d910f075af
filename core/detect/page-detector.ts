/**
 * Incremental detection for a live page: text arrives chunk by chunk (one block's text
 * each), and each chunk is scanned once. Page-level context is kept as counters
 * (page-state.ts). When the page judgement flips, chunks with undecided candidates are
 * re-resolved lazily, in drainChanged(): flips can happen often while a big page loads,
 * and re-resolving on every flip would make loading quadratic.
 */
import type { EntityId, Mention } from '../entities';
import type { Lexicon } from './lexicon';
import { defaultLexicon } from './lexicon';
import type { CompiledLexicon } from './compiled-lexicon';
import { compileLexicon } from './compiled-lexicon';
import type { Candidate } from './candidate';
import { Decision } from './candidate';
import { mayHoldCandidate, scanChunk } from './disambiguate';
import { spanInSource, visibleText, withoutInvisibleMarks } from './invisible-marks';
import type { PageCounts, PageJudgement } from './page-state';
import { accepted, applyChunk, emptyCounts, judgePage, totals } from './page-state';

export interface PageDetector<K> {
  /** Scan one chunk of the page's text (a block's text; offsets into `text`), remember it under `key`, return the mentions accepted given everything known about the page so far. Re-adding an existing key replaces it. */
  add(key: K, text: string): Mention[];
  remove(key: K): void;
  /** True while `key` is kept: it held a candidate (a mention, or a cue counted towards the page's context). */
  holds(key: K): boolean;
  /** False when adding `text` as a chunk (or as any run of words cut from it) would certainly find nothing and keep nothing. */
  mayFindIn(text: string): boolean;
  /** Chunks whose accepted mentions changed since the last call, because page-level context changed (e.g. later text made the page about the region, or text was removed). */
  drainChanged(): Array<[K, Mention[]]>;
  /** Total accepted mentions per entity right now. */
  counts(): Record<EntityId, number>;
}

interface Chunk {
  text: string;
  candidates: Candidate[];
  /** Mentions last handed out for this chunk, and the judgement they were resolved under. */
  mentions: Mention[];
  judgement: PageJudgement;
}

function resolve(chunk: Chunk, lex: CompiledLexicon, page: PageJudgement): Mention[] {
  const out: Mention[] = [];
  for (const c of chunk.candidates) {
    if (!accepted(c, lex, page)) continue;
    out.push({ start: c.start, end: c.end, entity: lex.families[c.family]!.entity!, text: chunk.text.slice(c.start, c.end) });
  }
  return out;
}

function dependsOnPage(candidates: readonly Candidate[]): boolean {
  for (const c of candidates) if (c.decision === Decision.PageSense || c.decision === Decision.PageTopic) return true;
  return false;
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

/** The chunk's candidates, read as a reader sees the text (invisible-marks.ts), at the chunk's own offsets. */
function scanText(text: string, lex: CompiledLexicon): Candidate[] {
  const marks = withoutInvisibleMarks(text);
  if (!marks) return scanChunk(text, lex);
  const candidates = scanChunk(marks.text, lex);
  for (const c of candidates) [c.start, c.end] = spanInSource(marks, c.start, c.end);
  return candidates;
}

class IncrementalPageDetector<K> implements PageDetector<K> {
  private readonly lex: CompiledLexicon;
  private readonly chunks = new Map<K, Chunk>();
  /** Chunks holding candidates whose fate depends on the page judgement. */
  private readonly dependent = new Set<K>();
  private readonly pageCounts: PageCounts;
  private page: PageJudgement;
  /** Whether the judgement changed since dependents were last checked. */
  private stale = false;

  constructor(lexicon: Lexicon) {
    this.lex = compileLexicon(lexicon);
    this.pageCounts = emptyCounts(this.lex);
    this.page = judgePage(this.pageCounts);
  }

  add(key: K, text: string): Mention[] {
    const replaced = this.forget(key);
    const candidates = scanText(text, this.lex);
    // Most chunks hold no candidate: they add nothing, and nothing about them needs keeping.
    if (candidates.length === 0) {
      if (replaced) this.rejudge();
      return [];
    }
    applyChunk(this.pageCounts, candidates, this.lex, 1);
    this.rejudge();
    const chunk: Chunk = { text, candidates, mentions: [], judgement: this.page };
    chunk.mentions = resolve(chunk, this.lex, this.page);
    this.chunks.set(key, chunk);
    if (dependsOnPage(candidates)) this.dependent.add(key);
    return chunk.mentions;
  }

  remove(key: K): void {
    if (this.forget(key)) this.rejudge();
  }

  holds(key: K): boolean {
    return this.chunks.has(key);
  }

  mayFindIn(text: string): boolean {
    return mayHoldCandidate(visibleText(text), this.lex);
  }

  drainChanged(): Array<[K, Mention[]]> {
    const out: Array<[K, Mention[]]> = [];
    if (!this.stale) return out;
    this.stale = false;
    for (const key of this.dependent) {
      const chunk = this.chunks.get(key)!;
      if (chunk.judgement === this.page) continue;
      chunk.judgement = this.page;
      const mentions = resolve(chunk, this.lex, this.page);
      if (sameMentions(mentions, chunk.mentions)) continue;
      chunk.mentions = mentions;
      out.push([key, mentions]);
    }
    return out;
  }

  counts(): Record<EntityId, number> {
    return totals(this.pageCounts, this.lex, this.page);
  }

  /** Drops a chunk's contribution; true if it existed. */
  private forget(key: K): boolean {
    const old = this.chunks.get(key);
    if (!old) return false;
    applyChunk(this.pageCounts, old.candidates, this.lex, -1);
    this.chunks.delete(key);
    this.dependent.delete(key);
    return true;
  }

  private rejudge(): void {
    const next = judgePage(this.pageCounts);
    if (next !== this.page) this.stale = true;
    this.page = next;
  }
}

export function createPageDetector<K>(lexicon: Lexicon = defaultLexicon): PageDetector<K> {
  return new IncrementalPageDetector<K>(lexicon);
}

/**
 * How a page reader gets its detectors: a cheap, synchronous prefilter it can ask about any
 * text at once, and the detector itself, which may first have to be loaded (a promise).
 * The content script keeps the detector out of its own bundle this way: most pages hold
 * no text the prefilter lets through, and never load it.
 */
export interface DetectorSource<K> {
  /** Exactly a fresh detector's mayFindIn(). */
  mayFindIn(text: string): boolean;
  /** A fresh, empty detector. */
  create(): PageDetector<K> | Promise<PageDetector<K>>;
}

/** A source whose detectors are at hand (tests, tools): the prefilter and the detectors share one lexicon. */
export function detectorSourceFor<K>(lexicon: Lexicon = defaultLexicon): DetectorSource<K> {
  let probe: PageDetector<K> | undefined;
  return {
    mayFindIn: (text) => (probe ??= createPageDetector<K>(lexicon)).mayFindIn(text),
    create: () => createPageDetector<K>(lexicon),
  };
}
