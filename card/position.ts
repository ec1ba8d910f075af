/**
 * Places the card beside its mention with Floating UI, using the mention's range as a
 * virtual reference (no element is added to the page). Below the mention by default,
 * above when there is more room there; shifted along the line to stay in the viewport;
 * its height capped to the room on its side, so it never covers the mention it explains.
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** Gap between the mention and the card, and between the card and the viewport's edge. */
const GAP = 6;
const EDGE = 8;
/** Below this the card scrolls instead of shrinking further. */
const MIN_HEIGHT = 60;

export function mentionReference(range: Range): VirtualElement {
  const container = range.commonAncestorContainer;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Lets autoUpdate follow scrolling in the mention's scroll containers, not only the window.
    contextElement: container instanceof Element ? container : (container.parentElement ?? undefined),
  };
}

export interface PlaceOptions {
  /** The pointer, so a mention broken across lines gets its card at the hovered line. */
  pointer?: { x: number; y: number };
}

export async function placeCard(reference: VirtualElement, card: HTMLElement, options: PlaceOptions = {}): Promise<void> {
  const { x, y, middlewareData } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(options.pointer),
      offset(GAP),
      flip({ padding: EDGE, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply({ availableHeight }) {
          card.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`;
        },
      }),
      hide(),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
  // A mention scrolled out of sight takes its card with it rather than leaving it floating.
  card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
  // Callers start the card transparent (not hidden: it must take focus at once) until placed.
  card.style.removeProperty('opacity');
}

/** Keeps the card placed through scrolling and resizing; returns the function that stops it. */
export function keepCardPlaced(reference: VirtualElement, card: HTMLElement, options: PlaceOptions = {}): () => void {
  return autoUpdate(reference, card, () => {
    placeCard(reference, card, options).catch(() => {
      // The card was removed between the update and the measurement: nothing to place.
    });
  });
}
