/** The text around a mention, for picking the notes that fit the page. */

const BLOCK = 'p, li, dd, dt, td, th, blockquote, figcaption, h1, h2, h3, h4, h5, h6, pre, article, section';
/** A paragraph or two is context; a whole article would make every note look relevant. */
const MAX_CHARS = 1200;

export function textAround(range: AbstractRange): string {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCK) ?? element;
  const text = block?.textContent ?? '';
  if (text.length <= MAX_CHARS) return text;
  const where = Math.max(0, text.indexOf(node.textContent ?? '\0'));
  const start = Math.max(0, Math.min(where - MAX_CHARS / 2, text.length - MAX_CHARS));
  return text.slice(start, start + MAX_CHARS);
}
