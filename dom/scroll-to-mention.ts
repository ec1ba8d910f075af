import { liveRangeOf } from './live-range';

/**
 * Scrolls the page so the mention is on screen, near the middle (the popup's "show me",
 * the keyboard's steps). Its element is scrolled into view first, which also scrolls any
 * scrolling box it sits in; but an element taller than the screen (a long plain-text
 * document in one <pre>) is centred whole, which can leave the mention far off screen:
 * then the window is scrolled by the mention's own box.
 */
export function scrollToCenter(range: AbstractRange): void {
  // Gone, or the text changed since the mention was found: nothing sensible to scroll to.
  const live = liveRangeOf(range);
  const view = range.startContainer.ownerDocument?.defaultView;
  if (!live || !view) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const rect = live.getBoundingClientRect();
  // (Not drawn at all: the element's place is all there is.)
  if ((rect.width || rect.height) && !isOnScreen(rect, view))
    view.scrollBy({ top: rect.top + rect.height / 2 - view.innerHeight / 2, behavior: 'instant' });
}

/** Wholly inside the window. */
export function isOnScreen(rect: DOMRect, view: Window): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom <= view.innerHeight && rect.right <= view.innerWidth;
}
