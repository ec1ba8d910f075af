/**
 * Elements the extension itself put on the page (the hover card's host). Kept in a
 * WeakSet rather than marked with an attribute: a fixed attribute would let pages
 * detect the extension, and the text walker must still know to stay out of them.
 */
const ownElements = new WeakSet<Element>();

export function markOwnUi(element: Element): void {
  ownElements.add(element);
}

export function isOwnUi(element: Element): boolean {
  return ownElements.has(element);
}
