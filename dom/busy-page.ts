import { isParsing } from './parsing';
import { BUSY_WINDOW_MS, createBusyMeter } from '@/core/busy-meter';

/**
 * From this height (CSS px) a page is tall enough for the underline's cost to be felt:
 * about 2.5 ms of every changed frame (measured below, in proportion to the page).
 */
export const TALL_PAGE_PX = 100_000;

/**
 * Says when a tall page starts to change continuously (`onBusy(true)`) and when it has
 * calmed down (`onBusy(false)`): meanwhile highlights are drawn without their underline.
 *
 * Why: after any DOM or style change, Chromium rebuilds every highlight marker, and for a
 * highlight with a text decoration it then recomputes the visual overflow of the layer
 * that holds it, for ordinary text the whole page. With one underlined range registered
 * and a clock ticking ten times a second, that cost 30 ms of every frame on the 5 MB bench
 * page (6 ms on 1 MB; a fill alone, under 1 ms; `bench/live-page.ts`).
 *
 * Cheap on any page: the observer hears one batch of changes per 100 ms window at most
 * (it lets go at a change and listens again 100 ms later), so a page that changes a
 * thousand times a second costs ten calls. Once `signal` is aborted it says nothing more.
 */
export function watchBusyPage(doc: Document, signal: AbortSignal, onBusy: (busy: boolean) => void): void {
  const meter = createBusyMeter();
  let calming = false;
  const observer = new MutationObserver(() => {
    observer.disconnect();
    if (signal.aborted) return;
    // Read only once the page is busy, and not while it is parsed (the parser's changes end
    // with it, and a layout then is a growing page's, a long task on a huge one): the
    // height may need a layout, which the frame the change asked for would do anyway.
    if (meter.changed(performance.now()) && !calming && !isParsing(doc) && doc.documentElement.scrollHeight >= TALL_PAGE_PX) tell(true);
    setTimeout(listen, BUSY_WINDOW_MS);
  });
  const listen = () => signal.aborted || observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  const tell = (busy: boolean) => {
    calming = busy;
    onBusy(busy);
    if (busy) whenCalm();
  };
  const whenCalm = (): unknown => setTimeout(() => signal.aborted || (meter.check(performance.now()) ? whenCalm() : tell(false)), 500);
  listen();
}
