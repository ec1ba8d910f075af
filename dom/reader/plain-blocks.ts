import { INLINE_TAGS } from '../element-kinds';
import { shadowRootOf } from '../shadow-roots';

/**
 * A block's whole text in one call, when that text is what reading its text nodes one by
 * one would give (blank text at its edges aside): the block holds only text and plain
 * inline elements.
 *
 * Why: from the content script's isolated world every DOM node we touch costs about a
 * microsecond (a wrapper object for that world, later traced by the garbage collector),
 * while `textContent` is assembled natively. One look at a paragraph's text settles
 * whether it can hold a name, and if it can, that text is its chunk, without visiting its
 * nodes. Anything that could make the two readings differ sends the block the slow way:
 * nested blocks or line breaks (the text would run together across them), skipped
 * elements and editing hosts, custom elements and spans (both can host a shadow root,
 * whose text `textContent` leaves out), a shadow root on the block itself, non-HTML
 * documents.
 */

/** Longer texts are read the slow way, in bounded chunks, so one look stays short. */
const MAX_PLAIN_TEXT = 16_384;

/**
 * Anything but the inline elements that can hold no shadow root and no block (their
 * text runs on as one line), and any editing host: the walker leaves an editor's text alone.
 */
const NOT_PLAIN = `:not(${[...INLINE_TAGS]
  .filter((tag) => tag !== 'SPAN')
  .map((tag) => tag.toLowerCase())
  .join(',')}),[contenteditable]`;

/**
 * Reads blocks of one document: each block's text if it is a plain run of inline text (see
 * above), undefined otherwise. Whether the document is HTML is asked once, not per block:
 * every question to the DOM costs, and this one is asked of every block of a page.
 */
export function plainBlockReader(doc: Document): (block: Element) => string | undefined {
  if (doc.contentType !== 'text/html') return () => undefined;
  return (block) => {
    if (shadowRootOf(block)) return undefined;
    if (block.firstElementChild && block.querySelector(NOT_PLAIN)) return undefined;
    const text = block.textContent ?? '';
    return text.length <= MAX_PLAIN_TEXT ? text : undefined;
  };
}
