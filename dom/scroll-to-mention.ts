/** Scrolls the page so the mention sits in the middle of the viewport (the popup's "show me"). */
export function scrollToCenter(range: AbstractRange): void {
  const start = range.startContainer;
  const doc = start.ownerDocument;
  if (!doc || !start.isConnected) return;
  const live = doc.createRange();
  try {
    live.setStart(start, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    // The text changed since the mention was found: nothing sensible to scroll to.
    return;
  }
  const rect = live.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) {
    start.parentElement?.scrollIntoView({ block: 'center' });
    return;
  }
  const view = doc.defaultView;
  view?.scrollBy({ top: rect.top + rect.height / 2 - view.innerHeight / 2, behavior: 'instant' });
}
