/**
 * The hover card's view: renders with Preact into a shadow-root host that exists only
 * while the card is open, places it with Floating UI, picks its theme and notes from
 * the page around the mention, and moves focus in and back out.
 *
 * Lives in card-ui.js, which the content script loads the first time a card is about
 * to open (see card/controller.ts): most pages never show a card, and this is most
 * of the content script's weight (Preact, Floating UI, the dataset).
 *
 * Language: the card's own words follow the browser's (utils/i18n.ts); its content is in
 * the language the reader picked on a card (the browser's, English or the page's: see
 * core/locale.ts), remembered in storage, and ranked for relevance on the page's.
 */
import { render } from 'preact';
import { cardContentIn } from './language';
import { notesLanguageOptions, notesLocale, type NotesLanguageChoice } from '@/core/locale';
import { datasetIn } from '@/core/translations';
import { MentionCard } from '@/card/components/MentionCard';
import { TextsContext, type Texts } from '@/components/texts';
import { pageLanguageAt } from './page-language';
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

/** What the card needs from the extension, handed in by its entrypoint (entrypoints/card-ui.ts). */
export interface CardUiServices {
  texts: Texts;
  readNotesLanguage(): Promise<NotesLanguageChoice>;
  writeNotesLanguage(choice: NotesLanguageChoice): Promise<void>;
}

export function createCardUi(doc: Document, handlers: CardUiHandlers, services: CardUiServices): CardUi {
  const { texts, readNotesLanguage, writeNotesLanguage } = services;
  const listeners = new AbortController();
  let host: CardHost | undefined;
  let shown: ShownCard | undefined;
  // Until the stored choice is read, the browser's language; a card already open then follows.
  let languageChoice: NotesLanguageChoice = 'browser';
  void readNotesLanguage().then((choice) => {
    if (listeners.signal.aborted || choice === languageChoice) return;
    languageChoice = choice;
    renderCard();
  });

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
    const pageLocale = pageLanguageAt(range?.startContainer ?? null, current.mention.text);
    const shownIn = notesLocale(languageChoice, texts.locale, pageLocale);
    const content = cardContentIn(
      current.mention.entity,
      { context: textAround(current.mention.range), mentionText: current.mention.text },
      { shownIn: datasetIn(shownIn), rankedIn: datasetIn(pageLocale ?? shownIn) },
    );
    render(
      <TextsContext.Provider value={texts}>
        <MentionCard
          content={content}
          language={{
            current: shownIn,
            options: notesLanguageOptions(texts.locale, pageLocale),
            onChange: (option) => {
              languageChoice = option.choice;
              renderCard();
              void writeNotesLanguage(option.choice).catch(() => undefined);
            },
          }}
          theme={cardThemeAt(anchor, doc)}
          pinned={current.pinned}
          onPinnedChange={(pinned) => {
            current.pinned = pinned;
            renderCard();
            handlers.onPinnedChange(pinned);
          }}
          onClose={() => handlers.onClose()}
        />
      </TextsContext.Provider>,
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
