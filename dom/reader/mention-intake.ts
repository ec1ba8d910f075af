import type { Mention } from '@/core/entities';
import type { DetectorSource } from '@/core/detect/page-detector';
import { staticRangeFor } from '../chunk-positions';
import { isShadowRoot } from '../document-order';
import type { ChunkRegistry, PlacedMention } from '../chunk-registry';
import type { MentionPainter } from '../mention-painter';
import { isReadWhole, type TextChunk } from '../text-chunks';
import { holdDetector } from './detector-holder';

/**
 * Where read chunks meet the detector: each chunk is matched, its mentions placed in the
 * registry (the card's and the popup's index) and handed to the painter (which registers
 * only those near the screen: near-screen-painter.ts). While the detector's code is
 * loading, chunks wait here and are added first once it is in.
 */
export interface MentionIntake {
  /** True while the detector loads: reading pauses. */
  readonly loading: boolean;
  /** Adds the chunks read while the detector was loading. */
  addWaiting(): void;
  /** Matches one chunk. */
  add(chunk: TextChunk): void;
  /** Forgets a chunk and undraws its mentions. */
  drop(chunk: TextChunk): void;
  /**
   * Redraws chunks whose verdict the detector changed (page context flipped). A flip can
   * touch every chunk of a big page, so they are redrawn under the slice's time budget.
   */
  applyDetectorChanges(hasTime: () => boolean): void;
  /** True while detector changes wait to be redrawn. */
  readonly redrawing: boolean;
  /** Forgets the detector, the waiting chunks and pending redraws (a rescan, switched off). */
  reset(): void;
}

export interface MentionIntakeOptions {
  detectors: DetectorSource<TextChunk>;
  registry: ChunkRegistry;
  painter: MentionPainter;
  /** Called when the detector's load settles: reading goes on. */
  onDetectorSettled: () => void;
}

export function createMentionIntake({ detectors, registry, painter, onDetectorSettled }: MentionIntakeOptions): MentionIntake {
  // Made when some text first passes the prefilter; its arrival wakes the reading again.
  const detector = holdDetector(detectors, onDetectorSettled);
  // Chunks read while the detector was loading.
  let waiting: TextChunk[] = [];
  const redraws = new Map<TextChunk, Mention[]>();
  let nextId = 1;

  function add(chunk: TextChunk): void {
    // What the prefilter passes over, the detector would find empty and not keep: it is
    // dropped here, detector or not. A block read whole passed it already (lookAtBlock).
    if (!isReadWhole(chunk) && !detectors.mayFindIn(chunk.text)) return;
    const detecting = detector.get();
    if (!detecting) {
      // No detector yet: this chunk waits for it. None to be had: nothing can be found in it.
      if (detector.loading) waiting.push(chunk);
      return;
    }
    const mentions = detecting.add(chunk, chunk.text);
    // Nearly every chunk holds nothing the detector keeps. Indexing those too kept every
    // text node of a big page (400,000) in the registry's maps for the garbage collector
    // to trace again and again; unindexed, a chunk is garbage as soon as it is read.
    if (!detecting.holds(chunk)) return;
    registry.add(chunk);
    place(chunk, mentions);
  }

  function place(chunk: TextChunk, mentions: readonly Mention[]): void {
    const placed: PlacedMention[] = [];
    for (const { entity, start, end } of mentions) {
      if (!(start >= 0 && end > start && end <= chunk.text.length)) continue;
      // The range is made when first asked for (drawn near the screen, hovered, stepped to):
      // for a block read whole that lists its nodes then, not for every mention of the page.
      let range: AbstractRange | undefined;
      placed.push({
        id: nextId++,
        entity,
        text: chunk.text.slice(start, end),
        get range() {
          range ??= staticRangeFor(chunk, start, end);
          return range;
        },
        chunk,
        start,
        end,
      });
    }
    for (const old of registry.setMentions(chunk, placed)) painter.remove(old);
    if (placed.length === 0) return;
    const root = chunk.block.getRootNode();
    if (isShadowRoot(root)) painter.styleShadowRoot(root);
    for (const mention of placed) painter.add(mention);
  }

  return {
    get loading() {
      return detector.loading;
    },
    addWaiting() {
      const chunks = waiting;
      waiting = [];
      for (const chunk of chunks) add(chunk);
    },
    add,
    drop(chunk) {
      for (const mention of registry.remove(chunk)) painter.remove(mention);
      detector.peek()?.remove(chunk);
    },
    applyDetectorChanges(hasTime) {
      for (const [chunk, mentions] of detector.peek()?.drainChanged() ?? []) redraws.set(chunk, mentions);
      for (const [chunk, mentions] of redraws) {
        if (!hasTime()) return;
        redraws.delete(chunk);
        if (registry.contains(chunk)) place(chunk, mentions);
      }
    },
    get redrawing() {
      return redraws.size > 0;
    },
    reset() {
      redraws.clear();
      detector.reset();
      waiting = [];
    },
  };
}
