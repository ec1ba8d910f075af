import type { EntityId } from '@/core/entities';
import type { PlacedMention } from './chunk-registry';
import type { HighlightStyle } from './highlight-sheet';

/** What is drawn: which entities, in which style. */
export interface HighlightLook {
  entities: Record<EntityId, boolean>;
  style: HighlightStyle;
}

/** Draws mentions. The Custom Highlight painter is the norm; the wrapping one is the fallback. */
export interface MentionPainter {
  add(mention: PlacedMention): void;
  remove(mention: PlacedMention): void;
  setLook(look: HighlightLook): void;
  /** Shadow roots keep their own styles: make the highlight rules apply inside this one. */
  styleShadowRoot(root: ShadowRoot): void;
  /**
   * Applies deferred work. Called when no page change is waiting to be read, so a
   * mention removed and found again in the same pass never flickers.
   */
  flush(): void;
  /** Removes every highlight; the painter can be used again. */
  clear(): void;
  /** Removes every highlight and every trace of the painter from the page. */
  stop(): void;
  /**
   * The hover's look-up, answered from what drawing measured when it can (see KnownHit in
   * hit-test.ts and measured-band.ts); `over` is the element the pointer is over. Only the
   * near-screen painter has it.
   */
  mentionAt?(over: Node, x: number, y: number): PlacedMention | null | undefined;
}
