/**
 * Which mention is under the pointer. One caret look-up at the point, then a check that
 * the point really lies on a character's box: caretPositionFromPoint returns the
 * nearest caret even over blank space beside a line, the end of a paragraph or padding,
 * so without the check a mention would "hover" from far to its right.
 */
import type { LiveMention, MentionIndex } from './mention-index';
import { shadowRootOf } from './shadow-roots';

export interface TextPosition {
  node: Text;
  /** UTF-16 offset of the character under the point. */
  offset: number;
}

/** Is (x, y) inside any of these boxes? Edges count, so a point on a glyph's border hits. */
export function rectsContain(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const rect = rects[i]!;
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * Shadow roots (open, and closed ones we can reach) along the path to the point, outermost
 * first: caretPositionFromPoint only looks inside the shadow roots it is given.
 */
function shadowRootsAtPoint(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  for (let root = element && shadowRootOf(element); root && roots.length < 32; root = element && shadowRootOf(element)) {
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return roots;
}

/**
 * Both builds' minimum versions (Chrome 128, Firefox 140) have caretPositionFromPoint with its
 * shadowRoots option. `over` is the element a pointer event reported there, when there is
 * one: the browser has hit-tested the point already, and unless that element hosts a shadow
 * root (an event from inside one is retargeted to its host), there is none to look into,
 * and no second hit test is needed (inside a 2 MB text node each costs about a millisecond).
 */
function caretAtPoint(doc: Document, x: number, y: number, over?: EventTarget | null): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint !== 'function') return undefined;
  const host = over as Element | null | undefined;
  const roots = host?.nodeType === Node.ELEMENT_NODE && !shadowRootOf(host) ? [] : shadowRootsAtPoint(doc, x, y);
  const position = doc.caretPositionFromPoint(x, y, roots.length > 0 ? { shadowRoots: roots } : undefined);
  return position ? { node: position.offsetNode, offset: position.offset } : undefined;
}

/** Text inside form fields is the field's own business, not page prose. */
function isEditableText(node: Text): boolean {
  const parent = node.parentElement;
  return !parent || parent.closest('input, textarea, select') !== null || parent.isContentEditable;
}

/** The text character whose box contains (x, y), or undefined over anything else. `over`: see caretAtPoint. */
export function textPositionAtPoint(doc: Document, x: number, y: number, over?: EventTarget | null): TextPosition | undefined {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  const caret = caretAtPoint(doc, x, y, over);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.node as Text;
  if (isEditableText(node)) return undefined;
  const range = doc.createRange();
  // The caret sits between two characters: the point is over one of them, or neither.
  for (const start of [caret.offset, caret.offset - 1]) {
    if (start < 0 || start >= node.length) continue;
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    if (rectsContain(range.getClientRects(), x, y)) return { node, offset: start };
  }
  return undefined;
}

export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  index: MentionIndex,
  over?: EventTarget | null,
): LiveMention | undefined {
  const position = textPositionAtPoint(doc, x, y, over);
  return position ? index.at(position.node, position.offset) : undefined;
}
