/**
 * The one element the card adds to the page, and only while it is open: a host whose
 * open shadow root holds the card and its stylesheet (open, so assistive technology
 * and tests can reach in; the page's CSS still cannot).
 *
 * Shown as a manual popover where supported, which puts it in the top layer: above any
 * z-index, and out of reach of a page's transformed or filtered ancestors.
 */
import { CARD_CSS } from '@/card/components/card-styles';

export interface CardHost {
  /** Where Preact renders. */
  readonly container: HTMLElement;
  readonly mounted: boolean;
  /** Is this event target (retargeted at the page) our card? */
  contains(target: EventTarget | null): boolean;
  mount(): void;
  unmount(): void;
}

/** Elements that do not render children: a card mounted inside them would be invisible. */
const REPLACED = new Set(['VIDEO', 'AUDIO', 'CANVAS', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'svg']);

/** Fullscreen content first, then a modal dialog (the rest of the page is inert under it). */
function mountParent(doc: Document): Element {
  const fullscreen = doc.fullscreenElement;
  if (fullscreen && !REPLACED.has(fullscreen.tagName)) return fullscreen;
  const modals = doc.querySelectorAll('dialog[open]');
  for (let i = modals.length - 1; i >= 0; i--) {
    const dialog = modals[i]!;
    if (dialog.matches(':modal')) return dialog;
  }
  return doc.documentElement;
}

/**
 * The CSS zoom the card would inherit from where it is mounted (`html { zoom: 1.6 }`
 * scales even the top layer), or 1 where the browser cannot tell. Zoom multiplies down
 * the tree and the card's own styles cannot reset it, only divide it back out.
 */
function inheritedZoom(parent: Element): number {
  const zoom = (parent as Element & { currentCSSZoom?: unknown }).currentCSSZoom;
  return typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

/**
 * `markOwnUi` is the content script's dom/own-ui (passed in, not imported: this runs in
 * card-ui.js, whose copy of that module would be a different, unread registry).
 */
export function createCardHost(doc: Document, markOwnUi: (element: Element) => void): CardHost {
  // A plain <div> host: a custom element name could be defined by the page and upgraded.
  const host = doc.createElement('div');
  // So the page's text walker never reads the card as page text.
  markOwnUi(host);
  const supportsPopover = typeof host.showPopover === 'function';
  if (supportsPopover) host.popover = 'manual';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const container = doc.createElement('div');
  root.append(style, container);

  return {
    container,
    get mounted() {
      return host.isConnected;
    },
    contains: (target) => target === host || (target instanceof Node && host.contains(target)),
    mount() {
      if (host.isConnected) return;
      const parent = mountParent(doc);
      parent.append(host);
      // On the container inside the shadow root, where the page's CSS cannot undo it:
      // the card is then laid out in viewport pixels, as Floating UI measures them.
      const zoom = inheritedZoom(parent);
      if (zoom === 1) container.style.removeProperty('zoom');
      else container.style.setProperty('zoom', String(1 / zoom));
      if (!supportsPopover) return;
      try {
        host.showPopover();
      } catch {
        // Already showing, or the parent is not rendered: z-index still applies.
      }
    },
    unmount() {
      if (!host.isConnected) return;
      try {
        if (supportsPopover) host.hidePopover();
      } catch {
        // Not showing: nothing to hide.
      }
      host.remove();
    },
  };
}
