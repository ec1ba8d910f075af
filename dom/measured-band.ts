import { ELEMENT_NODE } from './node-types';
import type { PlacedMention } from './chunk-registry';
import { compareDocumentOrder } from './document-order';
import { rectsContain } from './hit-test';
import { liveRangeOf } from './live-range';

/**
 * What the near-screen painter knows of where a tall block's mentions are, and the hover
 * look-up it can answer from that. Why: in one long text node (a 2 MB log) a caret look-up
 * costs about 0.4 ms and measuring a character about 0.3 ms, on every pointer move, while
 * the mentions on one screen are measured once.
 */

/** Where something is, up and down, in page coordinates. */
export interface Box {
  top: number;
  bottom: number;
  /** Its line boxes, as measured when the window was scrolled to (x, y). */
  parts?: { rects: DOMRectList; x: number; y: number };
}

export interface MeasuredBand {
  /** Its mentions, in document order when `sorted` (see inOrder). */
  mentions: PlacedMention[];
  sorted: boolean;
  /** Its mentions' boxes, as far as measured. */
  boxes: Map<PlacedMention, Box>;
  /** A stretch of the page (the screen the pointer last came over) where every mention reaching into it has its box. */
  whole?: Box;
}

/** The block's mentions in document order, sorted the first time they are needed after one was added. */
export function inOrder(band: MeasuredBand): PlacedMention[] {
  if (!band.sorted) {
    band.mentions.sort(inDocumentOrder);
    band.sorted = true;
  }
  return band.mentions;
}

function inDocumentOrder(a: PlacedMention, b: PlacedMention): number {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset - b.range.startOffset;
  const p = a.chunk;
  const q = b.chunk;
  if (p === q) return a.start - b.start;
  // A walk yields its chunks in document order, so their steps say it without asking the
  // DOM, whose answer for two of a block's 200,000 children walks the list of siblings
  // (one band's sort took 1.6 s).
  if (p.walk !== undefined && p.walk === q.walk && p.step !== undefined && q.step !== undefined && p.step !== q.step)
    return p.step - q.step;
  return compareDocumentOrder(x, y);
}

/** The first index in [from, to) where `reached` holds, or `to`; `reached` is false, then true, along the range. */
export function firstWhere(from: number, to: number, reached: (index: number) => boolean): number {
  while (from < to) {
    const middle = (from + to) >> 1;
    if (reached(middle)) to = middle;
    else from = middle + 1;
  }
  return from;
}

/**
 * The box in page coordinates of a mention's range, or of the inline element holding it,
 * with its line boxes kept for mentionInBand: they cost nothing more, since a bounding box
 * is measured from them.
 */
function measureBoxes(what: Range | Element, view: Window): Box {
  const { scrollX: x, scrollY: y } = view;
  const rects = what.getClientRects();
  // Nothing drawn (hidden text): where a bounding box of nothing would put it, the window's top.
  const box: Box = rects.length > 0 ? { top: Infinity, bottom: -Infinity } : { top: y, bottom: y };
  for (const rect of rects) {
    box.top = Math.min(box.top, rect.top + y);
    box.bottom = Math.max(box.bottom, rect.bottom + y);
  }
  box.parts = { rects, x, y };
  return box;
}

/** A box no area misses. */
const EVERYWHERE: Box = { top: -Infinity, bottom: Infinity };

/**
 * The box in page coordinates of a block of mentions when it is an element at most a screen
 * tall; null when its mentions are measured one by one; everywhere (all of them drawn) for a
 * tall one in columns, its own or an ancestor's cutting it in pieces: its text runs down a
 * column and up to the next, and the band's bisection counts on text further on never being
 * higher.
 */
export function measureBlock(node: Node, view: Window): Box | null {
  if (node.nodeType !== ELEMENT_NODE) return null;
  const element = node as Element;
  const rect = element.getBoundingClientRect();
  if (rect.height <= view.innerHeight) return { top: rect.top + view.scrollY, bottom: rect.bottom + view.scrollY };
  const style = view.getComputedStyle(element);
  return Number.parseInt(style.columnCount, 10) > 1 || Number.parseFloat(style.columnWidth) > 0 || element.getClientRects().length > 1
    ? EVERYWHERE
    : null;
}

/** The box of a mention of `block` (the element or shadow root holding its text). */
export function measureMention(mention: PlacedMention, block: Node, view: Window): Box {
  // An element inside the block (a link, a span) is measured faster than a range: in a
  // block of 200,000 spans, a range took milliseconds. (Only when it holds the whole
  // mention: mentionInBand counts on a box covering all of its mention's lines.)
  const owner = mention.range.startContainer.parentElement;
  const live = owner && owner !== block && owner.contains(mention.range.endContainer) ? owner : liveRangeOf(mention.range);
  // The text changed under the mention: the reader drops it soon; drawn meanwhile, it paints nothing.
  return live ? measureBoxes(live, view) : EVERYWHERE;
}

/**
 * Measures every mention of a tall block that reaches into the screen (text flows down the
 * block: a bisection, then a walk; boxes measured before are kept). The painter does it when
 * the page is idle after the screen moves, so the pointer's first move there finds it done.
 */
export function measureScreen(block: MeasuredBand, boxAt: (index: number) => Box, view: Window): void {
  const count = inOrder(block).length;
  const screen = { top: view.scrollY, bottom: view.scrollY + view.innerHeight };
  for (let i = firstWhere(0, count, (at) => boxAt(at).bottom >= screen.top); i < count && boxAt(i).top <= screen.bottom; i++);
  block.whole = screen;
}

/**
 * The mention at (x, y) in the window over a tall block's own text (the element the pointer
 * is over), null when there is none, undefined when its boxes cannot tell. `boxAt(i)` is the
 * box of its i-th mention in document order, measured if need be. The first
 * time the pointer comes over a screen of the block, every mention on that screen is
 * measured (text flows down the block: a bisection, then a walk); from then on, on that
 * screen, a point on no mention's lines is on none, and on a mention's lines its line boxes
 * decide, with nothing measured.
 */
export function mentionInBand(
  block: MeasuredBand,
  boxAt: (index: number) => Box,
  view: Window,
  x: number,
  y: number,
): PlacedMention | null | undefined {
  const top = y + view.scrollY;
  const whole = block.whole;
  if (!whole || top < whole.top || top > whole.bottom) measureScreen(block, boxAt, view);
  // (A point outside the window, in a drag: no text of the page is there, and none is found.)
  for (const [mention, { top: from, bottom: to, parts }] of block.boxes) {
    if (top < from || top > to) continue;
    // Not measured (its text changed): only a caret look-up can tell.
    if (!parts) return undefined;
    if (rectsContain(parts.rects, x + view.scrollX - parts.x, top - parts.y)) return mention;
  }
  return null;
}
