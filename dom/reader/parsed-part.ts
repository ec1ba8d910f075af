import { ELEMENT_NODE, SHOW_TEXT } from '../node-types';
import { compareDocumentOrder } from '../document-order';
import { isInlineElement } from '../element-kinds';
import { blockAround, type VisibleSpan } from './visible-blocks';

/**
 * What of a page still being parsed may be read now: the blocks after `after` (from the
 * body's start without it) up to the last block the parser has closed, or to the block
 * where about `maxChars` of text is reached, with the length of their text; undefined
 * when no new block is closed yet. Found from the DOM alone: no
 * layout is asked for, which on a big page being parsed would be a long task of ours.
 *
 * The parser adds at the end of the document: the deepest last node and its ancestors are
 * open, and every block before them is complete, so a read of it now is the read it would
 * get once the page is parsed ("Karabakh" read before "stan" arrives would be a false
 * mention). The top of a page is what a reader sees first, well before a long page is parsed.
 */
export function parsedSince(doc: Document, after: Element | undefined, maxChars: number): { span: VisibleSpan; chars: number } | undefined {
  const open = parsePoint(doc);
  let last = open && lastCompleteBlockBefore(open);
  const body = doc.body;
  if (!open || !last || !body?.contains(last)) return undefined;
  if (after && (after === last || after.contains(last) || compareDocumentOrder(last, after) < 0)) return undefined;
  const first = after ? elementAfter(after) : body;
  if (!first) return undefined;
  // At most about `maxChars` of text: the parser may have closed a megabyte of blocks by
  // the first frame, and reading them all now would hold the first highlights back.
  const texts = doc.createTreeWalker(first, SHOW_TEXT);
  let chars = 0;
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    if (last.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING && !last.contains(text)) break;
    chars += (text as Text).length;
    if (chars < maxChars) continue;
    const block = blockAround(text.parentElement);
    if (block && !block.contains(open) && !block.contains(last)) last = block;
    break;
  }
  return { span: { first, last }, chars };
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
 * a block of 200,000 spans still being parsed is not read bit by bit).
 */
function lastCompleteBlockBefore(open: Node): Element | null {
  for (let node: Node | null = open; node; node = node.parentNode) {
    let looked = 0;
    for (let before = node.previousSibling; before && looked < MAX_SIBLINGS_LOOKED_AT; before = before.previousSibling, looked++) {
      if (before.nodeType === ELEMENT_NODE && !isInlineElement(before as Element)) return before as Element;
    }
  }
  return null;
}

/**
 * How far back among one parent's children a block is looked for, at each frame: a block
 * of 200,000 spans being parsed made this look a long task of its own. A block further
 * back is found by the next level up or not at all: less is read before the page is
 * parsed, and the parsed page's read reads it.
 */
const MAX_SIBLINGS_LOOKED_AT = 512;

/** The first element after `element` and all it holds, in document order. */
function elementAfter(element: Element): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}
