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

/**
 * The fallback's wrapper elements: inline, so the text walker reads through them as if
 * they were not there, and the wrapped text still forms the same chunk.
 */
const ownWrappers = new WeakSet<Element>();

export function markOwnWrapper(element: Element): void {
  ownWrappers.add(element);
}

export function isOwnWrapper(element: Element): boolean {
  return ownWrappers.has(element);
}
