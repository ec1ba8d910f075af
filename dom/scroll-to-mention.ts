import { liveRangeOf } from './live-range';

/** Scrolls the page so the mention sits in the middle of the viewport (the popup's "show me"). */
export function scrollToCenter(range: AbstractRange): void {
  // Gone, or the text changed since the mention was found: nothing sensible to scroll to.
  const live = liveRangeOf(range);
  if (!live) return;
  const rect = live.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return;
  }
  const view = range.startContainer.ownerDocument!.defaultView;
  view?.scrollBy({ top: rect.top + rect.height / 2 - view.innerHeight / 2, behavior: 'instant' });
}
