/**
 * What the card's controller (in the content script, on every page) and its view (in
 * card-ui.js, loaded the first time a card is about to open) agree on. Types and one
 * key only: importing this must not pull the view's code into the content script.
 */
import type { LiveMention } from '@/dom/mention-index';

export interface CardUiHandlers {
  /**
   * Registers the card's host with the content script's text walker, so the card's own
   * words are never read as page text. A hook, not an import: card-ui.js is a separate
   * bundle, and its own copy of dom/own-ui would be a registry nobody reads.
   */
  markOwnUi(element: Element): void;
  /** The reader pressed the card's pin button. */
  onPinnedChange(pinned: boolean): void;
  /** The reader pressed the card's close button. */
  onClose(): void;
}

export interface ShowCardOptions {
  pinned: boolean;
  /** Move keyboard focus into the card (remembering where it was, for when it closes). */
  focus: boolean;
  /** The pointer, so a mention broken across lines gets its card at the hovered line. */
  pointer?: { x: number; y: number };
}

/** The card on the page: a shadow-root host, rendered with Preact, placed with Floating UI. */
export interface CardUi {
  /**
   * Shows the card for this mention, replacing the one open. False, and the page left
   * as it was, when the mention's text is no longer in the document.
   */
  show(mention: LiveMention, options: ShowCardOptions): boolean;
  /** Removes the card; focus returns to where it was if the card had it. */
  hide(): void;
  /** Is this event target (retargeted at the page) the card? */
  contains(target: EventTarget | null): boolean;
  /** Does the card hold keyboard focus? */
  hasFocus(): boolean;
  /** Removes the card and its listeners for good. */
  destroy(): void;
}

export type CreateCardUi = (doc: Document, handlers: CardUiHandlers) => CardUi;

/** Brings in the view's code; rejects when it cannot be had. */
export type LoadCardUi = () => Promise<CreateCardUi>;

/**
 * Where card-ui.js leaves its view for the content script. Both run in the extension's
 * isolated world (Chrome) or content-script sandbox (Firefox), whose global object is not
 * the page's window, so the page never sees this property.
 */
export const CARD_UI_KEY = Symbol.for('karabakh-context.card-ui');
