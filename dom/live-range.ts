/**
 * A live Range for a mention's (possibly static) range, or undefined when its nodes
 * have left the document or the offsets no longer fit: the page may change under us.
 *
 * Its own module because both halves of the card use it: the controller in the content
 * script (which must not pull in Floating UI) and the view loaded on demand.
 */
export function liveRangeOf(range: AbstractRange): Range | undefined {
  const doc = range.startContainer.ownerDocument;
  if (!doc || !range.startContainer.isConnected || !range.endContainer.isConnected) return undefined;
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.collapsed ? undefined : live;
  } catch {
    return undefined;
  }
}
