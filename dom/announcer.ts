/**
 * Speaks a short sentence to screen readers: a polite aria-live region, on the page only
 * while it speaks. The page holds none of our elements while nothing is said (see
 * docs/page-visibility.md); a region must exist before its text changes for screen
 * readers to speak it, so it is put in empty, filled a moment later, and removed once read.
 * Its text is in a closed shadow root: page scripts cannot read it.
 */
const FILL_DELAY_MS = 150;
const REMOVE_AFTER_MS = 7000;

const HIDDEN =
  'position:fixed!important;top:0!important;left:0!important;width:1px!important;height:1px!important;overflow:hidden!important;clip-path:inset(50%)!important;white-space:nowrap!important;margin:0!important;padding:0!important;border:0!important';

export interface Announcer {
  say(text: string): void;
}

export function createAnnouncer(doc: Document, markOwnUi: (element: Element) => void): Announcer {
  let host: HTMLElement | undefined;
  let region: HTMLElement | undefined;
  let fillTimer = 0;
  let removeTimer = 0;
  const view = doc.defaultView!;

  function remove(): void {
    host?.remove();
    host = undefined;
    region = undefined;
  }

  return {
    say(text) {
      view.clearTimeout(fillTimer);
      view.clearTimeout(removeTimer);
      if (!host?.isConnected) {
        host = doc.createElement('div');
        // The page's text walker must not read our sentence as page text.
        markOwnUi(host);
        host.setAttribute('style', HIDDEN);
        region = doc.createElement('div');
        region.setAttribute('role', 'status');
        region.setAttribute('aria-live', 'polite');
        host.attachShadow({ mode: 'closed' }).append(region);
        (doc.body ?? doc.documentElement).append(host);
      }
      region!.textContent = '';
      fillTimer = view.setTimeout(() => {
        if (region) region.textContent = text;
        removeTimer = view.setTimeout(remove, REMOVE_AFTER_MS);
      }, FILL_DELAY_MS);
    },
  };
}
