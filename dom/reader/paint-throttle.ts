import type { PlacedMention } from '../chunk-registry';
import type { MentionPainter } from '../mention-painter';

/**
 * What the background read finds is drawn when the reader could see it: once a read of
 * the viewport (at the start, after a scroll) has finished, at most this often, and when
 * the whole read is done. Each change to the drawn highlights makes Chromium re-check
 * every registered range at the next frame; drawing every second while a 5 MB page was
 * read cost a third of our CPU on it.
 */
const MIN_PAINT_INTERVAL_MS = 1000;

/**
 * When what the reader found reaches the painter. What urgent work finds (the viewport,
 * a change on the page) is drawn at the end of its slice; what the background read finds
 * is held back and drawn in batches (MIN_PAINT_INTERVAL_MS).
 */
export interface PaintThrottle {
  /** A mention was found: drawn at the end of the slice when `urgent`, held back otherwise. */
  draw(mention: PlacedMention, urgent: boolean): void;
  /** A mention is gone (its chunk was dropped or read again). */
  undraw(mention: PlacedMention): void;
  /** Urgent work ran: what it found is drawn at the end of this slice. */
  paintSoon(): void;
  /** A read of the viewport finished: the reader may be looking at held-back mentions. */
  viewportRead(): void;
  /**
   * The end of a slice. `urgentLeft`: urgent work is still queued (nothing is drawn until
   * it is done, so a mention dropped and found again never flickers). `more`: any work is.
   */
  endSlice(more: boolean, urgentLeft: boolean): void;
  /** Forgets what is held back (the painter is cleared by its owner). */
  clear(): void;
}

export function createPaintThrottle(painter: MentionPainter, now = () => performance.now()): PaintThrottle {
  let lastPaint = -Infinity;
  let viewportReadSincePaint = false;
  const heldBack = new Set<PlacedMention>();
  // Set when what was read is what the reader sees (the viewport, a change on the page): drawn at once.
  let soon = false;

  return {
    draw(mention, urgent) {
      if (urgent) painter.add(mention);
      else heldBack.add(mention);
    },
    undraw(mention) {
      if (!heldBack.delete(mention)) painter.remove(mention);
    },
    paintSoon() {
      soon = true;
    },
    viewportRead() {
      viewportReadSincePaint = true;
    },
    endSlice(more, urgentLeft) {
      if (urgentLeft) return;
      const at = now();
      if (!more || (viewportReadSincePaint && heldBack.size > 0 && at - lastPaint >= MIN_PAINT_INTERVAL_MS)) {
        for (const mention of heldBack) painter.add(mention);
        heldBack.clear();
        lastPaint = at;
        viewportReadSincePaint = false;
        painter.flush();
      } else if (soon) {
        painter.flush();
      }
      soon = false;
    },
    clear() {
      heldBack.clear();
    },
  };
}
