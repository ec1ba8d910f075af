/**
 * Which mention is under the pointer. One caret look-up at the point, then a check that
 * the point really lies on a character's box: caretPositionFromPoint returns the
 * nearest caret even over blank space beside a line, the end of a paragraph or padding,
 * so without the check a mention would "hover" from far to its right.
 */
import type { LiveMention, MentionIndex } from './mention-index';
import { shadowRootOf } from './shadow-roots';

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
 * Editable text (contenteditable, design mode) is the editor's business, not page prose. (The
 * reader never takes in form fields' text, so the index has no mention there to check.)
 */
function isEditableText(node: Text): boolean {
  const parent = node.parentElement;
  // (SVG elements have no isContentEditable.)
  return !parent || parent.isContentEditable === true;
}

/**
 * What the highlighting already measured may answer without a look-up: the mention at (x, y)
 * in the window, null when it knows there is none, undefined when it does not know. `over`
 * is the element the pointer event reported there (no shadow host).
 */
export type KnownHit = (over: Element, x: number, y: number) => LiveMention | null | undefined;

/**
 * The mention whose character's box contains (x, y), or undefined over anything else. `over`:
 * the element a pointer event reported at the point, if any; `known` is
 * asked first (see KnownHit). Otherwise the point can only be over one of the two
 * characters beside the caret, so the index is asked about those first and only the ones in
 * a mention are measured: off mentions (most pointer moves) nothing is measured. Why: inside
 * a 2 MB text node each measurement costs about 0.3 ms, and the caret look-up about 0.4 ms.
 */
export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  index: MentionIndex,
  over?: EventTarget | null,
  known?: KnownHit,
): LiveMention | undefined {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  const element = over as Element | null | undefined;
  const plain = element?.nodeType === Node.ELEMENT_NODE && !shadowRootOf(element);
  const cached = plain && known ? known(element, x, y) : undefined;
  if (cached === null) return undefined;
  // Still the index's answer there: not dropped by a rescan, its entity still shown.
  if (cached && index.at(cached.range.startContainer, cached.range.startOffset) === cached) return cached;
  // Both builds' minimum versions (Chrome 128, Firefox 140) have caretPositionFromPoint with its
  // shadowRoots option. The browser has hit-tested the point for the pointer event already:
  // unless the element it found hosts a shadow root (an event from inside one is retargeted
  // to its host), there is none to look into, and no second hit test is needed (inside a
  // 2 MB text node each costs about a millisecond).
  if (typeof doc.caretPositionFromPoint !== 'function') return undefined;
  const roots = plain ? [] : shadowRootsAtPoint(doc, x, y);
  const caret = doc.caretPositionFromPoint(x, y, roots.length > 0 ? { shadowRoots: roots } : undefined);
  const node = caret?.offsetNode as Text | undefined;
  if (node?.nodeType !== Node.TEXT_NODE) return undefined;
  const range = doc.createRange();
  // The caret sits between two characters: the point is over one of them, or neither.
  for (const start of [caret!.offset, caret!.offset - 1]) {
    const mention = start >= 0 && start < node.length ? index.at(node, start) : undefined;
    if (!mention) continue;
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    if (rectsContain(range.getClientRects(), x, y)) return isEditableText(node) ? undefined : mention;
  }
  return undefined;
}
