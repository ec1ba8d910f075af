import { compareDocumentOrder } from '../document-order';
import { isInlineElement } from '../element-kinds';
import { visibleSpan, type VisibleSpan } from './visible-blocks';

/**
 * What is on screen of a page still being parsed, as far as it is parsed: the visible span
 * (visible-blocks.ts), ending before any block the parser may still add to. The parser adds
 * at the end of the document: the deepest last node and its ancestors are open, and every
 * element before them is complete, so a read of it now is the read it would get once the
 * page is parsed ("Karabakh" read before "stan" arrives would be a false mention).
 */
export function parsedScreenSpan(doc: Document): VisibleSpan | undefined {
  const span = visibleSpan(doc);
  if (!span) return undefined;
  const open = parsePoint(doc);
  if (!open) return undefined;
  if (!span.last.contains(open) && compareDocumentOrder(span.last, open) < 0) return span;
  const complete = lastCompleteBlockBefore(open);
  if (!complete || compareDocumentOrder(complete, span.first) < 0) return undefined;
  return { first: span.first, last: complete };
}

/** The node the parser is adding to (or just added): the document's deepest last node. */
function parsePoint(doc: Document): Node | null {
  let node: Node | null = doc.documentElement;
  while (node?.lastChild) node = node.lastChild;
  return node;
}

/**
 * The last block before `open` that is not one of its ancestors: the parser has closed it.
 * A block, not an inline element: a run of text in an open block is not cut in two (and
 * a block of 200,000 spans still being parsed is not read again at every frame).
 */
function lastCompleteBlockBefore(open: Node): Element | null {
  for (let node: Node | null = open; node; node = node.parentNode) {
    for (let before = node.previousSibling; before; before = before.previousSibling) {
      if (before.nodeType === Node.ELEMENT_NODE && !isInlineElement(before as Element)) return before as Element;
    }
  }
  return null;
}
