import type { PlacedMention } from './chunk-registry';
import type { MentionPainter } from './mention-painter';

/**
 * Registers with the real painter only the mentions within about one screen of the
 * viewport; the rest of the page's mentions stay found (counts, the popup, the card,
 * keyboard steps) but undrawn until the reader scrolls near them.
 *
 * Why: Chromium turns every registered highlight range into a document marker that it
 * re-checks before painting after any DOM or style change, and, when an accessibility
 * client is running, pushes into the accessibility tree. With every mention of a 2 MB
 * text page registered, a screen-reader user waited 11–18 s on a frozen tab (issue 15).
 * Drawn near the screen only, that work follows the screen, not the page.
 *
 * Positions are kept in page coordinates, measured in a frame callback (layout is due
 * then anyway) and reused while the window scrolls: a scroll event arrives before the
 * frame is painted, so what comes near the screen is registered in that same frame. A
 * margin of one screen on each side covers scrolling the compositor does ahead of us.
 * Anything that can move text without a window scroll (a resize or zoom, the page growing
 * or shrinking, an inner scroller, a sticky header) makes the positions be measured again.
 */
export function createNearScreenPainter(inner: MentionPainter, doc: Document, signal?: AbortSignal): MentionPainter {
  const view = doc.defaultView;
  if (!view) return inner;
  /** Every mention the reader drew, with its box in page coordinates once measured. */
  const boxes = new Map<PlacedMention, Box | undefined>();
  /** The ones handed to the real painter. */
  const shown = new Set<PlacedMention>();
  /** Drawn by the reader but not measured yet. */
  const fresh = new Set<PlacedMention>();
  const probe = doc.createRange();
  let frame = 0;
  let remeasure = false;
  let settleTimer = 0;

  /** Measures what needs it (all when `remeasure`), then draws what is near the screen. */
  function refresh(): void {
    frame = 0;
    const all = remeasure;
    remeasure = false;
    const blockBoxes = new Map<Node, Box | undefined>();
    for (const mention of all ? boxes.keys() : fresh) boxes.set(mention, measure(mention, blockBoxes));
    fresh.clear();
    applyWindow();
  }

  function requestRefresh(all: boolean): void {
    if (all) remeasure = true;
    if (frame) return;
    // A hidden tab gets no frames: measured on a timer instead, so the tab shows its
    // highlights on its first frame when it is brought forward.
    if (doc.hidden) frame = -view!.setTimeout(refresh, 0);
    else frame = view!.requestAnimationFrame(refresh);
  }

  /** Registers what is near the screen, unregisters what left it: no measuring, cheap enough for every scroll event. */
  function applyWindow(): void {
    const width = view!.innerWidth;
    const height = view!.innerHeight;
    const left = view!.scrollX - width;
    const right = view!.scrollX + 2 * width;
    const top = view!.scrollY - height;
    const bottom = view!.scrollY + 2 * height;
    let changed = false;
    for (const [mention, box] of boxes) {
      // Not measured yet: measured (and drawn if near) at the next frame.
      if (!box) continue;
      const near = box.bottom >= top && box.top <= bottom && box.right >= left && box.left <= right;
      if (near === shown.has(mention)) continue;
      changed = true;
      if (near) {
        shown.add(mention);
        inner.add(mention);
      } else {
        shown.delete(mention);
        inner.remove(mention);
      }
    }
    if (changed) inner.flush();
  }

  /**
   * A mention's box: its block's when the block is at most a screen tall (one question per
   * paragraph, not per mention; "near" then errs by at most a paragraph), its own otherwise
   * (a long text node, a block the height of the page).
   */
  function measure(mention: PlacedMention, blockBoxes: Map<Node, Box | undefined>): Box {
    const block = mention.chunk.block;
    if (block.nodeType === Node.ELEMENT_NODE) {
      let box = blockBoxes.get(block);
      if (!blockBoxes.has(block)) {
        const rect = (block as Element).getBoundingClientRect();
        box = rect.height <= view!.innerHeight ? toPage(rect) : undefined;
        blockBoxes.set(block, box);
      }
      if (box) return box;
    }
    const { range } = mention;
    try {
      probe.setStart(range.startContainer, range.startOffset);
      probe.setEnd(range.endContainer, range.endOffset);
      return toPage(probe.getBoundingClientRect());
    } catch {
      // The text changed under the mention: the reader drops it soon; drawn meanwhile, it
      // paints nothing.
      return EVERYWHERE;
    }
  }

  function toPage(rect: DOMRect): Box {
    const x = view!.scrollX;
    const y = view!.scrollY;
    return { top: rect.top + y, bottom: rect.bottom + y, left: rect.left + x, right: rect.right + x };
  }

  view.addEventListener(
    'scroll',
    (event) => {
      if (boxes.size === 0) return;
      // The window scrolled: positions in the page hold. Anything else that scrolled moved
      // the text inside it.
      if (event.target === doc || event.target === doc.documentElement) applyWindow();
      else requestRefresh(true);
      // Fixed and sticky text moves within the page as the window scrolls: once the
      // scrolling settles, everything is measured again.
      view.clearTimeout(settleTimer);
      settleTimer = view.setTimeout(() => requestRefresh(true), 150);
    },
    { capture: true, passive: true, signal },
  );
  // Zoom changes the viewport's size in CSS pixels, so it is a resize too.
  view.addEventListener('resize', () => requestRefresh(true), { passive: true, signal });
  // The page grew or shrank (images arriving, content added above): text moved.
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => boxes.size > 0 && requestRefresh(true)) : undefined;
  resizes?.observe(doc.documentElement);
  signal?.addEventListener('abort', () => resizes?.disconnect(), { once: true });

  return {
    add(mention) {
      if (boxes.has(mention)) return;
      boxes.set(mention, undefined);
      fresh.add(mention);
    },
    remove(mention) {
      boxes.delete(mention);
      fresh.delete(mention);
      if (shown.delete(mention)) inner.remove(mention);
    },
    setLook: (look) => inner.setLook(look),
    styleShadowRoot: (root) => inner.styleShadowRoot(root),
    flush() {
      // Removals are drawn now; new mentions once measured, at the next frame.
      inner.flush();
      if (fresh.size > 0) requestRefresh(false);
    },
    clear() {
      boxes.clear();
      fresh.clear();
      shown.clear();
      inner.clear();
    },
    stop() {
      if (frame > 0) view.cancelAnimationFrame(frame);
      else if (frame < 0) view.clearTimeout(-frame);
      view.clearTimeout(settleTimer);
      resizes?.disconnect();
      boxes.clear();
      fresh.clear();
      shown.clear();
      inner.stop();
    },
  };
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const EVERYWHERE: Box = { top: -Infinity, bottom: Infinity, left: -Infinity, right: Infinity };
