import { compareDocumentOrder } from '../document-order';
import { isInlineElement } from '../element-kinds';

/** The first and last elements on screen, in document order: reading between them covers the viewport. */
export interface VisibleSpan {
  first: Element;
  last: Element;
}

/**
 * What is on screen, found by hit-testing a grid of points across the viewport (every
 * `step` px down, in three columns). Reading that span first puts highlights where the
 * reader is looking (a page restored halfway down, a jump to the end) before the rest is
 * read in idle time.
 */
export function visibleSpan(doc: Document, step = 48): VisibleSpan | undefined {
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return undefined;
  const width = view.innerWidth;
  const height = view.innerHeight;
  let first: Element | undefined;
  let last: Element | undefined;
  // Blocks of bare text already hit, which answer for every point they cover: a hit test
  // inside a long text (a plain-text document, a log) costs about a millisecond a point.
  // Something drawn over such a block is then missed here, and read a little later.
  const covers: DOMRect[] = [];
  for (let y = step / 2; y < height; y += step) {
    for (const fraction of [0.25, 0.5, 0.75]) {
      const x = width * fraction;
      // (Each box held a point above or level with this one: its top is above it too.)
      if (covers.some((box) => box.left <= x && x < box.right && y < box.bottom)) continue;
      const element = blockAround(doc.elementFromPoint(x, y));
      if (!element || element === doc.body || element === doc.documentElement) continue;
      if (!element.firstElementChild) covers.push(element.getBoundingClientRect());
      if (!first || compareDocumentOrder(element, first) < 0) first = element;
      if (!last || compareDocumentOrder(element, last) > 0) last = element;
    }
  }
  return first && last ? { first, last } : undefined;
}

/** The element, or its nearest ancestor that is a block: spans start and end at whole blocks, so no run of text is cut in two. */
export function blockAround(element: Element | null): Element | null {
  let current = element;
  while (current && isInlineElement(current)) current = current.parentElement;
  return current;
}
