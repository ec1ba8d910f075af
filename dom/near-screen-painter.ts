import { isParsing } from './parsing';
import type { PlacedMention } from './chunk-registry';
import {
  type Box,
  firstWhere,
  inOrder,
  type MeasuredBand,
  measureBlock,
  measureMention,
  measureScreen,
  mentionInBand,
} from './measured-band';
import type { MentionPainter } from './mention-painter';

/**
 * Registers with the real painter only the mentions within a few screens of the viewport
 * (at least one screen of margin; see `reach` and tallBand for how far, and why it moves
 * rarely); the rest of the page's mentions stay found (counts, the popup, the card,
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
 * A resize or zoom, the page growing or shrinking, an inner scroller or the window's scrolling
 * settling (sticky and fixed text) makes positions be measured again.
 *
 * Measuring costs, so mentions are kept by block: a block at most a screen tall is one box
 * for all its mentions; in a taller one (a 2 MB log in one text node: 0.5–1 ms a range) the
 * band's two ends are found by bisection in document order (text further on is never higher).
 */
export function createNearScreenPainter(inner: MentionPainter, doc: Document, signal?: AbortSignal): MentionPainter {
  const view = doc.defaultView;
  if (!view) return inner;
  const blocks = new Map<Node, Block>();
  /** The ones handed to the real painter. */
  const shown = new Set<PlacedMention>();
  let frame = 0;
  let idle = 0;
  let settleTimer = 0;
  // Set when a mention left the real painter: flushed with the additions of the same frame,
  // so a mention dropped and found again (its block was read again) never flickers.
  let removed = false;
  // Mentions added or removed since the last flush. The reader flushes after every slice of
  // its read, most finding nothing: a frame asked for then runs the browser's rendering (and
  // a screen reader's accessibility) steps for nothing.
  let news = false;
  // The stretch of the page whose short blocks are registered: several screens around the
  // near-screen area, kept until that area leaves it. Why: every change of the registered
  // ranges makes Chromium rebuild all their markers, and with an underline redo the whole
  // page's visual overflow (30 ms on the 5 MB bench page); redrawn for each paragraph that
  // came near, a steady scroll down that page dropped a frame in four.
  let reach: Box | undefined;

  function refresh(): void {
    frame = 0;
    applyWindow();
  }

  /**
   * While the page is parsed, nothing is measured: layout asked for then is a whole growing
   * page's, inside our code. What the reader found of its top is registered unmeasured (a
   * few screens' worth: more than near the screen, never less), and measured once parsed.
   */
  const parsing = () => isParsing(doc);

  function registerUnmeasured(): void {
    for (const block of blocks.values()) {
      block.near = true;
      for (const mention of block.mentions) {
        if (shown.has(mention)) continue;
        shown.add(mention);
        inner.add(mention);
      }
    }
    inner.flush();
    removed = false;
  }

  /** Measures again at the next frame: every block (`all`), or only what is new. */
  function requestRefresh(all: boolean): void {
    if (all) {
      reach = undefined;
      for (const block of blocks.values()) {
        block.box = undefined;
        block.boxes.clear();
        block.band = block.whole = undefined;
      }
    }
    if (frame) return;
    // A hidden tab gets no frames: measured on a timer, so it shows its highlights when brought forward.
    if (doc.hidden) frame = -view!.setTimeout(refresh, 0);
    else frame = view!.requestAnimationFrame(refresh);
  }

  /** Registers what is near the screen, unregisters what left it. Measures only what was not measured yet. */
  function applyWindow(): void {
    if (parsing()) return;
    // Up and down only: a page scrolled sideways gets its off-screen columns registered too (more, never less).
    const height = view!.innerHeight;
    const area: Box = { top: view!.scrollY - height, bottom: view!.scrollY + 2 * height };
    if (!reach || area.top < reach.top || area.bottom > reach.bottom)
      // One screen more behind, two ahead (reading goes down).
      reach = { top: area.top - height, bottom: area.bottom + 2 * height };
    let changed = false;
    for (const [node, block] of blocks) {
      if (block.box === undefined) block.box = measureBlock(node, view!);
      const inArea = block.box && block.box.bottom >= reach.top && block.box.top <= reach.bottom;
      // Far from the screen before and now: nothing of it is drawn, nothing to do (most blocks of a long page, every frame).
      if (block.box && !inArea && !block.near) continue;
      if (!block.box && block.band && block.band.top <= area.top && block.band.bottom >= area.bottom && !freshNear(node, block, area))
        continue;
      const near = block.box ? (inArea ? block.mentions : []) : nearInTallBlock(node, block, tallBand(block, area, height));
      block.near = near.length > 0;
      for (const mention of block.mentions) {
        const isNear = near.includes(mention);
        if (isNear === shown.has(mention)) continue;
        changed = true;
        if (isNear) {
          shown.add(mention);
          inner.add(mention);
        } else {
          shown.delete(mention);
          inner.remove(mention);
        }
      }
    }
    if (changed || removed) inner.flush();
    removed = false;
    // Measured for the hover look-up when idle (14 ms a screen of a 2 MB text node), not at the pointer's first move there.
    if (!idle) idle = view!.requestIdleCallback?.(measureScreens) ?? 0;
  }

  /** Measures the screen's mentions in tall blocks; not while a frame is due (it asks again), nor after stop() (no block is left). */
  function measureScreens(): void {
    idle = 0;
    if (frame) return;
    for (const [node, block] of blocks) if (block.band && block.near) measureScreen(block, (i) => boxAt(node, block, i), view!);
  }

  /**
   * What to register of a block too tall for one box: a band reaching several screens
   * ahead and behind, kept until the area near the screen leaves it. Why: after any change
   * of highlights inside a text node, Chromium's accessibility rebuilds that node whole (in
   * a 2 MB one, about 3 s for each change, however few ranges changed), so a screen-reader
   * user scrolling page by page would wait that long at every other page. Changed only when
   * the reader has scrolled several screens, the wait comes that much more rarely; each
   * range costs that rebuild about 12 ms more, so the band stays a few screens wide.
   */
  function tallBand(block: Block, area: Box, height: number): Box {
    block.fresh = undefined;
    // Two screens more behind, four ahead.
    block.band = { top: area.top - 2 * height, bottom: area.bottom + 4 * height };
    return block.band;
  }

  /** The mentions of a tall block that reach `area`: a run of them, in document order. */
  function nearInTallBlock(node: Node, block: Block, area: Box): PlacedMention[] {
    const mentions = inOrder(block);
    // Text flows down the block, so both ends of the band are found by bisection: every
    // range measured in a 2 MB text node costs about a millisecond, and a band holds dozens.
    const start = firstWhere(0, mentions.length, (i) => boxAt(node, block, i).bottom >= area.top);
    const end = firstWhere(start, mentions.length, (i) => boxAt(node, block, i).top > area.bottom);
    return mentions.slice(start, end);
  }

  /**
   * A mention found in a tall block after its band was drawn reaches into `area`. Until one
   * does, the band stays as drawn: the reader reads a long text node slice by slice, and
   * redrawing the band for each slice's finds off screen was one more rebuild of the node's
   * accessibility (seconds) in the page's load, on a busy machine. (Two bisections, as for
   * the band: the block's later finds are hundreds.)
   */
  function freshNear(node: Node, block: Block, area: Box): boolean | undefined {
    return block.fresh && nearInTallBlock(node, block, area).some((mention) => !shown.has(mention));
  }

  /** The box of a tall block's i-th mention in document order, measured the first time it is asked for. */
  function boxAt(node: Node, block: Block, i: number): Box {
    const mention = block.mentions[i]!;
    let box = block.boxes.get(mention);
    if (!box) {
      box = measureMention(mention, node, view!);
      block.boxes.set(mention, box);
    }
    return box;
  }

  view.addEventListener(
    'scroll',
    (event) => {
      if (blocks.size === 0) return;
      // The window scrolled: positions in the page hold. Anything else that scrolled moved the text inside it.
      if (event.target === doc || event.target === doc.documentElement) applyWindow();
      else requestRefresh(true);
      // Fixed and sticky text moves within the page as the window scrolls: once the scrolling
      // settles, the short blocks (one box each) are measured again. Tall ones are neither.
      view.clearTimeout(settleTimer);
      settleTimer = view.setTimeout(() => {
        for (const block of blocks.values()) if (block.box) block.box = undefined;
        requestRefresh(false);
      }, 150);
    },
    { capture: true, passive: true, signal },
  );
  // Parsed: what was registered unmeasured is measured (and kept only if near the screen).
  doc.addEventListener('readystatechange', () => blocks.size > 0 && requestRefresh(false), { signal });
  // Zoom changes the viewport's size in CSS pixels, so it is a resize too.
  view.addEventListener('resize', () => requestRefresh(true), { passive: true, signal });
  // The page grew or shrank (images arriving, content added above): text moved.
  // (Both builds' minimum browsers have ResizeObserver: Chrome 128, Firefox 140.)
  const resizes = new ResizeObserver(() => blocks.size > 0 && requestRefresh(true));
  resizes.observe(doc.documentElement);

  function clear(): void {
    blocks.clear();
    shown.clear();
  }

  return {
    add(mention) {
      const node = mention.chunk.block;
      let block = blocks.get(node);
      if (!block) {
        block = { mentions: [], sorted: true, box: undefined, boxes: new Map() };
        blocks.set(node, block);
      }
      if (block.mentions.includes(mention)) return;
      news = true;
      block.mentions.push(mention);
      block.sorted = false;
      // The screen's mentions are measured again for the hover look-up; one found after the
      // band was drawn is drawn once it comes near the screen (see freshNear).
      block.whole = undefined;
      if (block.band) block.fresh = true;
      // Measured again: the block's box (one question); the other mentions have not moved.
      block.box = undefined;
    },
    remove(mention) {
      const block = blocks.get(mention.chunk.block);
      const at = block ? block.mentions.indexOf(mention) : -1;
      if (at >= 0) {
        news = true;
        block!.mentions.splice(at, 1);
        block!.boxes.delete(mention);
        if (block!.mentions.length === 0) blocks.delete(mention.chunk.block);
      }
      if (shown.delete(mention)) {
        inner.remove(mention);
        removed = true;
      }
    },
    mentionAt(over, x, y) {
      const block = blocks.get(over);
      // A tall block whose band is drawn, and no measuring due (boxes taken before a resize
      // or a change may be stale).
      return frame || !block?.band ? undefined : mentionInBand(block, (i) => boxAt(over, block, i), view, x, y);
    },
    setLook: (look) => inner.setLook(look),
    styleShadowRoot: (root) => inner.styleShadowRoot(root),
    flush() {
      // New mentions are measured, and drawn with any removals, at the next frame; while
      // the page is still parsed, drawn at once, unmeasured (the parser may hold the next
      // frame off for long).
      if (news && parsing()) registerUnmeasured();
      else if (news) requestRefresh(false);
      news = false;
    },
    clear() {
      clear();
      inner.clear();
    },
    stop() {
      if (frame > 0) view.cancelAnimationFrame(frame);
      else if (frame < 0) view.clearTimeout(-frame);
      view.clearTimeout(settleTimer);
      resizes.disconnect();
      clear();
      inner.stop();
    },
  };
}

/** The mentions of one block (an element, a shadow root, the document) and what is known of where they are. */
interface Block extends MeasuredBand {
  /** Undefined: not measured yet; null: too tall for one box, its mentions are measured one by one. */
  box: Box | null | undefined;
  /** Some of its mentions were near the screen at the last look. */
  near?: boolean;
  /** For a tall block, the stretch of the page whose mentions are registered (see tallBand). */
  band?: Box;
  /** Mentions were found since the band was drawn (see freshNear). */
  fresh?: boolean;
}
