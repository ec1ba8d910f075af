/**
 * The hover card's view: renders with Preact into a shadow-root host that exists only
 * while the card is open, places it with Floating UI, picks its theme and notes from
 * the page around the mention, and moves focus in and back out.
 *
 * Lives in card-ui.js, which the content script loads the first time a card is about
 * to open (see card/controller.ts): most pages never show a card, and this is most
 * of the content script's weight (Preact, Floating UI, the dataset).
 */
import { render } from 'preact';
import { cardContentFor } from '@/card/content';
import { MentionCard } from '@/card/components/MentionCard';
import { keepCardPlaced, mentionReference } from '@/card/position';
import { liveRangeOf } from '@/dom/live-range';
import type { LiveMention } from '@/dom/mention-index';
import { textAround } from './mention-context';
import { createCardHost, type CardHost } from './host';
import { cardThemeAt } from './theme';
import type { CardUi, CardUiHandlers, ShowCardOptions } from './ui-api';

interface ShownCard {
  mention: LiveMention;
  pinned: boolean;
  /** Where focus was before the card took it; undefined when the card never took focus. */
  returnFocus: HTMLElement | undefined;
  stopPlacing: () => void;
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function createCardUi(doc: Document, handlers: CardUiHandlers): CardUi {
  const listeners = new AbortController();
  let host: CardHost | undefined;
  let shown: ShownCard | undefined;

  function createIsolatedHost(): CardHost {
    const created = createCardHost(doc, handlers.markOwnUi);
    // Keys pressed on the card's buttons are ours, not the page's shortcuts. Escape is
    // already handled by the controller's capture listener before it gets here.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      created.container.addEventListener(type, (event) => event.stopPropagation(), { signal: listeners.signal });
    }
    return created;
  }

  function renderCard() {
    if (!shown || !host) return;
    const current = shown;
    const range = liveRangeOf(current.mention.range);
    const anchor = range?.startContainer.parentElement ?? null;
    render(
      <MentionCard
        content={cardContentFor(current.mention.entity, {
          context: textAround(current.mention.range),
          mentionText: current.mention.text,
        })}
        theme={cardThemeAt(anchor, doc)}
        pinned={current.pinned}
        onPinnedChange={(pinned) => {
          current.pinned = pinned;
          renderCard();
          handlers.onPinnedChange(pinned);
        }}
        onClose={() => handlers.onClose()}
      />,
      host.container,
    );
  }

  function cardElement(): HTMLElement | null {
    return host?.container.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  }

  function hide() {
    const closing = shown;
    if (!closing || !host) return;
    shown = undefined;
    closing.stopPlacing();
    const hadFocus = host.contains(doc.activeElement);
    render(null, host.container);
    host.unmount();
    if (hadFocus && closing.returnFocus?.isConnected) closing.returnFocus.focus({ preventScroll: true });
  }

  function show(mention: LiveMention, options: ShowCardOptions): boolean {
    if (listeners.signal.aborted) return false;
    const range = liveRangeOf(mention.range);
    if (!range) return false;
    const returnFocus = shown?.returnFocus ?? (options.focus ? deepActiveElement(doc) : undefined);
    shown?.stopPlacing();
    host ??= createIsolatedHost();
    host.mount();
    shown = {
      mention,
      pinned: options.pinned,
      returnFocus: returnFocus instanceof HTMLElement ? returnFocus : undefined,
      stopPlacing: () => {},
    };
    renderCard();
    const element = cardElement();
    if (!element) {
      hide();
      return false;
    }
    // Transparent until placed, so it never flashes at the viewport's corner; still
    // focusable, unlike visibility: hidden.
    element.style.opacity = '0';
    shown.stopPlacing = keepCardPlaced(mentionReference(range), element, { pointer: options.pointer });
    if (options.focus) element.focus({ preventScroll: true });
    return true;
  }

  return {
    show,
    hide,
    contains: (target) => host?.contains(target) ?? false,
    hasFocus: () => host?.contains(doc.activeElement) ?? false,
    destroy() {
      hide();
      listeners.abort();
    },
  };
}
