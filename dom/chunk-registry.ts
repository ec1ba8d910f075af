import { TEXT_NODE } from './node-types';
import { ENTITY_IDS, type EntityId } from '@/core/entities';
import { chunkOffsetOf } from './chunk-positions';
import { compareDocumentOrder } from './document-order';
import type { LiveMention, MentionIndex } from './mention-index';
import { blockOf, chunkStart, isReadWhole, type TextChunk } from './text-chunks';

/** A mention plus where it sits in its chunk, for hit-testing by offset. */
export interface PlacedMention extends LiveMention {
  readonly chunk: TextChunk;
  readonly start: number;
  readonly end: number;
}

/** The index as the content script sees it: mentions keep their chunk, for snippets. */
export interface PlacedMentionIndex extends MentionIndex {
  ordered(): readonly PlacedMention[];
  /** Shown mentions per entity, kept as running totals (no sorting), for the badge and the popup. */
  counts(): Record<EntityId, number>;
}

/**
 * Every chunk read from the page and the mentions found in it, looked up by text node
 * (for the hover card's hit-testing) or by block (for rescanning what changed). It is
 * the MentionIndex the card reads; `isShown` hides entities that are switched off
 * without forgetting them.
 */
export class ChunkRegistry implements PlacedMentionIndex {
  // A plain Map, not a WeakMap: the chunks hold their nodes strongly anyway, and a
  // WeakMap of 400,000 text nodes made every major GC trace them as ephemerons (hundreds
  // of ms per collection on a big page). Entries go when their chunk is removed.
  // A long text node read in slices has one chunk per slice here (text-chunks.ts). A plain
  // block read whole is not here: it is found by its block (chunksAt), so its nodes are not
  // listed until a mention in it is drawn or hovered.
  private readonly slots = new Map<Text, TextChunk | TextChunk[]>();
  private readonly byBlock = new Map<Node, Set<TextChunk>>();
  private readonly mentions = new Map<TextChunk, PlacedMention[]>();
  private readonly listeners = new Set<() => void>();
  private orderedCache: PlacedMention[] | undefined;
  // Chunks with mentions in document order as of the last ordered(), and those given
  // mentions since: ordered() merges the few new ones in instead of sorting the page again.
  private sortedChunks: TextChunk[] = [];
  private readonly sortedSet = new Set<TextChunk>();
  private readonly unsorted = new Set<TextChunk>();
  private readonly totals = Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>;
  private changed = false;

  constructor(private isShown: (entity: EntityId) => boolean = () => true) {}

  add(chunk: TextChunk): void {
    for (const node of isReadWhole(chunk) ? [] : chunk.nodes) {
      const held = this.slots.get(node);
      if (held === undefined || held === chunk) this.slots.set(node, chunk);
      else if (Array.isArray(held)) held.includes(chunk) || held.push(chunk);
      else if (isSliceOf(held, node) && isSliceOf(chunk, node)) this.slots.set(node, [held, chunk]);
      else this.slots.set(node, chunk);
    }
    let set = this.byBlock.get(chunk.block);
    if (!set) {
      set = new Set();
      this.byBlock.set(chunk.block, set);
    }
    set.add(chunk);
  }

  /** Forgets a chunk; returns the mentions it had so their highlights can be removed. */
  remove(chunk: TextChunk): PlacedMention[] {
    for (const node of isReadWhole(chunk) ? [] : chunk.nodes) {
      const held = this.slots.get(node);
      if (held === chunk) this.slots.delete(node);
      else if (Array.isArray(held)) {
        const rest = held.filter((slice) => slice !== chunk);
        if (rest.length !== held.length) this.slots.set(node, rest.length === 1 ? rest[0]! : rest);
      }
    }
    const set = this.byBlock.get(chunk.block);
    set?.delete(chunk);
    if (set?.size === 0) this.byBlock.delete(chunk.block);
    const had = this.mentions.get(chunk) ?? [];
    if (this.mentions.delete(chunk) && had.length > 0) {
      this.tally(had, -1);
      this.markChanged();
    }
    return had;
  }

  /** Replaces a chunk's mentions; returns the previous ones. */
  setMentions(chunk: TextChunk, mentions: PlacedMention[]): PlacedMention[] {
    const had = this.mentions.get(chunk) ?? [];
    if (mentions.length > 0) {
      this.mentions.set(chunk, mentions);
      if (!this.sortedSet.has(chunk)) this.unsorted.add(chunk);
    } else this.mentions.delete(chunk);
    this.tally(had, -1);
    this.tally(mentions, 1);
    if (had.length > 0 || mentions.length > 0) this.markChanged();
    return had;
  }

  /** The chunks holding this text node: one, or one per slice of a long node, or its plain block's. */
  chunksAt(node: Text): readonly TextChunk[] {
    const held = this.slots.get(node);
    if (held !== undefined) return Array.isArray(held) ? held : [held];
    // A plain block holds only inline elements, so the node's block is the chunk's.
    const whole = this.wholeChunkOf(blockOf(node));
    return whole ? [whole] : [];
  }

  /** The chunk of a plain block read whole, if that is how the block is held. */
  wholeChunkOf(block: Node): TextChunk | undefined {
    // Such a block has that one chunk.
    const [chunk] = this.byBlock.get(block) ?? [];
    return chunk && isReadWhole(chunk) ? chunk : undefined;
  }

  /** True while the chunk is in the registry (a rescan may have replaced it). */
  contains(chunk: TextChunk): boolean {
    return this.byBlock.get(chunk.block)?.has(chunk) ?? false;
  }

  hasChunksOf(block: Node): boolean {
    return this.byBlock.has(block);
  }

  chunksOf(block: Node): readonly TextChunk[] {
    return [...(this.byBlock.get(block) ?? [])];
  }

  /** Every chunk's block; a rescan walks them again. */
  blocks(): Node[] {
    return [...this.byBlock.keys()];
  }

  allMentions(): PlacedMention[] {
    return [...this.mentions.values()].flat();
  }

  has(node: Text): boolean {
    return this.slots.has(node);
  }

  /** Forgets everything (switched off, or a new page in a single-page app). */
  clear(): PlacedMention[] {
    const had = this.allMentions();
    this.slots.clear();
    this.byBlock.clear();
    this.mentions.clear();
    this.sortedChunks = [];
    this.sortedSet.clear();
    this.unsorted.clear();
    for (const id of ENTITY_IDS) this.totals[id] = 0;
    if (had.length > 0) this.markChanged();
    return had;
  }

  /** Which entities are shown changed: the index's answers change with it. */
  setShown(isShown: (entity: EntityId) => boolean): void {
    this.isShown = isShown;
    this.markChanged();
  }

  at(node: Node, offset: number): LiveMention | undefined {
    if (node.nodeType !== TEXT_NODE) return undefined;
    for (const chunk of this.chunksAt(node as Text)) {
      const list = this.mentions.get(chunk);
      if (!list) continue;
      // Chunks are at most ~1,000 nodes, and this runs once per pointer move on a mention.
      const position = chunkOffsetOf(chunk, chunk.nodes.indexOf(node as Text), offset);
      const found = list.find((m) => m.start <= position && position < m.end && this.isShown(m.entity));
      if (found) return found;
    }
    return undefined;
  }

  ordered(): readonly PlacedMention[] {
    if (!this.orderedCache) {
      const chunks = this.sortChunks();
      this.orderedCache = chunks.flatMap((chunk) => this.mentions.get(chunk)!.filter((m) => this.isShown(m.entity)));
    }
    return this.orderedCache;
  }

  /**
   * Chunks with mentions in document order. Comparing document positions is slow on big
   * pages (a full sort of a 5 MB page's chunks took 260 ms; even the few thousand
   * comparisons of an ordered list took 35 ms), so the order is kept between calls, and
   * chunks new since the last call come in runs, one per walk that read them, already in
   * document order (TextChunk.step): only the runs are merged by asking the DOM.
   */
  private sortChunks(): TextChunk[] {
    const byOrder = (a: TextChunk, b: TextChunk) => compareDocumentOrder(chunkStart(a), chunkStart(b));
    const kept = this.sortedChunks.filter((chunk) => this.mentions.has(chunk));
    if (kept.length !== this.sortedChunks.length) {
      this.sortedSet.clear();
      for (const chunk of kept) this.sortedSet.add(chunk);
    }
    const fresh = [...this.unsorted].filter((chunk) => this.mentions.has(chunk) && !this.sortedSet.has(chunk));
    this.unsorted.clear();
    for (const chunk of fresh) this.sortedSet.add(chunk);
    // Longest first, so the short runs (the viewport's, a changed block's) are the ones placed by binary search.
    const runs = [kept, ...readRuns(fresh)].sort((a, b) => b.length - a.length);
    this.sortedChunks = runs.reduce((merged, run) => mergeSorted(merged, run, byOrder));
    return this.sortedChunks;
  }

  counts(): Record<EntityId, number> {
    const shown = { ...this.totals };
    for (const id of ENTITY_IDS) if (!this.isShown(id)) shown[id] = 0;
    return shown;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Tells listeners once about everything that changed since the last call. */
  flushChanges(): void {
    if (!this.changed) return;
    this.changed = false;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        // One broken listener must not stop highlighting or the others.
        console.error(error);
      }
    }
  }

  private tally(mentions: readonly PlacedMention[], sign: 1 | -1): void {
    for (const mention of mentions) this.totals[mention.entity] += sign;
  }

  private markChanged(): void {
    this.changed = true;
    this.orderedCache = undefined;
  }
}

/** True when the chunk is a slice of one long text node (see text-chunks.ts). */
function isSliceOf(chunk: TextChunk, node: Text): boolean {
  return chunk.nodes.length === 1 && chunk.nodes[0] === node && chunk.text.length < node.length;
}

/** Chunks grouped by the walk that read them, each group in document order; chunks from no walk alone. */
function readRuns(chunks: readonly TextChunk[]): TextChunk[][] {
  const byWalk = new Map<number, TextChunk[]>();
  const loose: TextChunk[][] = [];
  for (const chunk of chunks) {
    if (chunk.walk === undefined || chunk.step === undefined) {
      loose.push([chunk]);
      continue;
    }
    const run = byWalk.get(chunk.walk);
    if (run) run.push(chunk);
    else byWalk.set(chunk.walk, [chunk]);
  }
  for (const run of byWalk.values()) run.sort((a, b) => a.step! - b.step!);
  return [...byWalk.values(), ...loose];
}

/** Merges two sorted lists; a few items into a long list are placed by binary search. */
function mergeSorted<T>(long: T[], few: T[], compare: (a: T, b: T) => number): T[] {
  if (few.length === 0) return long;
  if (long.length === 0) return few;
  if (few.length * Math.log2(long.length + 1) < long.length) {
    const out = long.slice();
    // Inserted from the end so earlier positions stay valid.
    for (let i = few.length - 1; i >= 0; i--) {
      const item = few[i]!;
      let low = 0;
      let high = out.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compare(out[middle]!, item) <= 0) low = middle + 1;
        else high = middle;
      }
      out.splice(low, 0, item);
    }
    return out;
  }
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < long.length && j < few.length) out.push(compare(long[i]!, few[j]!) <= 0 ? long[i++]! : few[j++]!);
  while (i < long.length) out.push(long[i++]!);
  while (j < few.length) out.push(few[j++]!);
  return out;
}
