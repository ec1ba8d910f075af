import type { PlacedMention } from './chunk-registry';
import { liveRangeOf } from './live-range';
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
 * A resize or zoom, the page growing or shrinking, or an inner scroller makes positions
 * be measured again; so does the window's scrolling settling (sticky and fixed text).
 *
 * Measuring costs: one box per paragraph, not per mention; and a range inside one long
 * text node (a 2 MB log) costs about 0.5 ms to measure, so the mentions of such a node are
 * looked up by binary search over their offsets (text further on is never higher up),
 * measuring a few dozen of them instead of all.
 */
export function createNearScreenPainter(inner: MentionPainter, doc: Document, signal?: AbortSignal): MentionPainter {
  const view = doc.defaultView;
  if (!view) return inner;
  /** Mentions in blocks at most a screen tall (or measured alone), with their box in page coordinates. */
  const boxes = new Map<PlacedMention, Box>();
  /** Mentions inside one long text node, by node: found by binary search. */
  const runs = new Map<Text, LongRun>();
  /** Which of the two each mention is in, once measured. */
  const runOf = new Map<PlacedMention, LongRun | null>();
  /** The ones handed to the real painter. */
  const shown = new Set<PlacedMention>();
  /** Drawn by the reader but not measured yet. */
  const fresh = new Set<PlacedMention>();
  let frame = 0;
  let remeasure = false;
  let settleTimer = 0;

  /** Measures what needs it (all when `remeasure`), then draws what is near the screen. */
  function refresh(): void {
    frame = 0;
    const blockBoxes = new Map<Node, Box | undefined>();
    if (remeasure) {
      remeasure = false;
      for (const mention of boxes.keys()) boxes.set(mention, boxOf(mention, blockBoxes) ?? measure(mention));
      for (const run of runs.values()) run.boxes.clear();
    }
    for (const mention of fresh) place(mention, blockBoxes);
    fresh.clear();
    applyWindow();
  }

  function place(mention: PlacedMention, blockBoxes: Map<Node, Box | undefined>): void {
    const box = boxOf(mention, blockBoxes);
    const { startContainer: node } = mention.range;
    if (box || node !== mention.range.endContainer || node.nodeType !== Node.TEXT_NODE) {
      boxes.set(mention, box ?? measure(mention));
      runOf.set(mention, null);
      return;
    }
    boxes.delete(mention);
    let run = runs.get(node as Text);
    if (!run) runs.set(node as Text, (run = { mentions: [], sorted: true, boxes: new Map() }));
    const last = run.mentions[run.mentions.length - 1];
    if (last && last.range.startOffset > mention.range.startOffset) run.sorted = false;
    run.mentions.push(mention);
    runOf.set(mention, run);
  }

  function requestRefresh(all: boolean): void {
    if (all) remeasure = true;
    if (frame) return;
    // A hidden tab gets no frames: measured on a timer instead, so the tab shows its
    // highlights on its first frame when it is brought forward.
    if (doc.hidden) frame = -view!.setTimeout(refresh, 0);
    else frame = view!.requestAnimationFrame(refresh);
  }

  /** Registers what is near the screen, unregisters what left it; measures at most a few long-run mentions. */
  function applyWindow(): void {
    const width = view!.innerWidth;
    const height = view!.innerHeight;
    const area: Box = {
      left: view!.scrollX - width,
      right: view!.scrollX + 2 * width,
      top: view!.scrollY - height,
      bottom: view!.scrollY + 2 * height,
    };
    let changed = false;
    const show = (mention: PlacedMention, near: boolean) => {
      if (near === shown.has(mention)) return;
      changed = true;
      if (near) {
        shown.add(mention);
        inner.add(mention);
      } else {
        shown.delete(mention);
        inner.remove(mention);
      }
    };
    for (const [mention, box] of boxes) show(mention, intersects(box, area));
    for (const run of runs.values()) {
      const near = nearInRun(run, area);
      for (const mention of shown) if (runOf.get(mention) === run && !near.has(mention)) show(mention, false);
      for (const mention of near) show(mention, true);
    }
    if (changed) inner.flush();
  }

  /** The run's mentions whose lines are within `area`: binary search for the first, then on while they are. */
  function nearInRun(run: LongRun, area: Box): Set<PlacedMention> {
    if (!run.sorted) {
      run.mentions.sort((a, b) => a.range.startOffset - b.range.startOffset);
      run.sorted = true;
    }
    const boxAt = (i: number) => {
      const mention = run.mentions[i]!;
      let box = run.boxes.get(mention);
      if (!box) run.boxes.set(mention, (box = measure(mention)));
      return box;
    };
    let low = 0;
    let high = run.mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (boxAt(middle).bottom < area.top) low = middle + 1;
      else high = middle;
    }
    const near = new Set<PlacedMention>();
    for (let i = low; i < run.mentions.length && boxAt(i).top <= area.bottom; i++) near.add(run.mentions[i]!);
    return near;
  }

  /** The mention's paragraph's box when the paragraph is at most a screen tall: one question per paragraph. */
  function boxOf(mention: PlacedMention, blockBoxes: Map<Node, Box | undefined>): Box | undefined {
    const block = mention.chunk.block;
    if (block.nodeType !== Node.ELEMENT_NODE) return undefined;
    if (!blockBoxes.has(block)) {
      const rect = (block as Element).getBoundingClientRect();
      blockBoxes.set(block, rect.height <= view!.innerHeight ? toPage(rect) : undefined);
    }
    return blockBoxes.get(block);
  }

  function measure(mention: PlacedMention): Box {
    const live = liveRangeOf(mention.range);
    // The text changed under the mention: the reader drops it soon; drawn meanwhile, it paints nothing.
    return live ? toPage(live.getBoundingClientRect()) : EVERYWHERE;
  }

  function toPage(rect: DOMRect): Box {
    const x = view!.scrollX;
    const y = view!.scrollY;
    return { top: rect.top + y, bottom: rect.bottom + y, left: rect.left + x, right: rect.right + x };
  }

  view.addEventListener(
    'scroll',
    (event) => {
      if (runOf.size === 0) return;
      // The window scrolled: positions in the page hold. Anything else that scrolled moved the text inside it.
      if (event.target === doc || event.target === doc.documentElement) applyWindow();
      else requestRefresh(true);
      // Fixed and sticky text moves within the page as the window scrolls: once the
      // scrolling settles, paragraphs are measured again (long runs are not: they are neither).
      view.clearTimeout(settleTimer);
      settleTimer = view.setTimeout(() => {
        for (const mention of boxes.keys()) {
          runOf.delete(mention);
          fresh.add(mention);
        }
        requestRefresh(false);
      }, 150);
    },
    { capture: true, passive: true, signal },
  );
  // Zoom changes the viewport's size in CSS pixels, so it is a resize too.
  view.addEventListener('resize', () => requestRefresh(true), { passive: true, signal });
  // The page grew or shrank (images arriving, content added above): text moved.
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => runOf.size > 0 && requestRefresh(true)) : undefined;
  resizes?.observe(doc.documentElement);

  function forget(mention: PlacedMention): void {
    fresh.delete(mention);
    boxes.delete(mention);
    const run = runOf.get(mention);
    runOf.delete(mention);
    if (run) {
      run.mentions.splice(run.mentions.indexOf(mention), 1);
      run.boxes.delete(mention);
      if (run.mentions.length === 0) runs.delete(mention.range.startContainer as Text);
    }
  }

  function clear(): void {
    fresh.clear();
    boxes.clear();
    runs.clear();
    runOf.clear();
    shown.clear();
  }

  return {
    add(mention) {
      if (runOf.has(mention) || fresh.has(mention)) return;
      fresh.add(mention);
    },
    remove(mention) {
      forget(mention);
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
      clear();
      inner.clear();
    },
    stop() {
      if (frame > 0) view.cancelAnimationFrame(frame);
      else if (frame < 0) view.clearTimeout(-frame);
      view.clearTimeout(settleTimer);
      resizes?.disconnect();
      clear();
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

/** Mentions inside one long text node, in offset order, with the boxes measured so far. */
interface LongRun {
  mentions: PlacedMention[];
  sorted: boolean;
  boxes: Map<PlacedMention, Box>;
}

const EVERYWHERE: Box = { top: -Infinity, bottom: Infinity, left: -Infinity, right: Infinity };

function intersects(box: Box, area: Box): boolean {
  return box.bottom >= area.top && box.top <= area.bottom && box.right >= area.left && box.left <= area.right;
}
