/**
 * An element's shadow root, open or closed. Open ones are on the element; closed ones only
 * an extension can reach, through its own API (Chromium: chrome.dom.openOrClosedShadowRoot,
 * Firefox: element.openOrClosedShadowRoot()), which the content script hands in here, so
 * this folder stays free of extension APIs.
 *
 * Only custom elements (a hyphen in the name) are asked for a closed root: web components
 * are where closed roots live, and asking every div and paragraph of a 5 MB page through
 * an extension API would cost more than the rest of the walk.
 */
type ClosedRootOf = (element: Element) => ShadowRoot | null | undefined;

let closedRootOf: ClosedRootOf | undefined;

/** Lets the reader and the hit-test enter closed shadow roots through the extension's API. */
export function reachClosedShadowRoots(access: ClosedRootOf): void {
  closedRootOf = access;
}

export function shadowRootOf(element: Element): ShadowRoot | null {
  const open = element.shadowRoot;
  if (open || !closedRootOf || !element.localName.includes('-')) return open;
  try {
    return closedRootOf(element) ?? null;
  } catch {
    // Not an element the API accepts: it has no root we can reach.
    return null;
  }
}
