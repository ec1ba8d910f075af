/**
 * The hover card's controller in the content script: one throttled pointer listener
 * hit-tests the mention index, hover intent decides when to open and close, and the
 * keyboard and the popup step through mentions.
 *
 * The card itself (Preact, Floating UI, the dataset) is the view, which `loadView` brings
 * in the first time a card is wanted: loading starts as soon as the pointer rests on a
 * mention, so the hover delay hides it. Nothing here imports the view's code.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mentionAtPoint, type KnownHit } from '@/dom/hit-test';
import { createHoverIntent } from '@/card/hover-intent';
import { liveRangeOf } from '@/dom/live-range';
import type { LiveMention, MentionIndex } from '@/dom/mention-index';
import { markOwnUi } from '@/dom/own-ui';
import { isOnScreen, scrollToCenter } from '@/dom/scroll-to-mention';
import type { CardUi, LoadCardUi } from './ui-api';

export interface MentionCards {
  /**
   * Opens the card for a mention (scrolling it into view); `focus` moves keyboard focus
   * into the card. Resolves once it is open (true), or when it will not open (false): its
   * mention is gone, another card was asked for, or the card's code could not be loaded.
   */
  open(mention: LiveMention, options?: { focus?: boolean }): Promise<boolean>;
  close(): void;
  /** Moves to the next (1) or previous (-1) mention, wrapping, and opens its card with focus. */
  step(direction: 1 | -1): Promise<boolean>;
  /** The mention the keyboard last stepped to (for announcing where it is). */
  readonly stepped: LiveMention | undefined;
  /** Removes the card and every listener. */
  stop(): void;
}

interface OpenCard {
  mention: LiveMention;
  pinned: boolean;
}

/** A card asked for while the view is still loading. */
interface CardRequest {
  mention: LiveMention;
  focus: boolean;
  /**
   * Opened on purpose (keyboard, tap, popup), so the pointer wandering off does not
   * close it; Escape, the close button or a click elsewhere do.
   */
  sticky: boolean;
  pointer?: { x: number; y: number };
}

/** A tap's click follows its pointerup within this time. */
const TAP_CLICK_WINDOW_MS = 800;
/** A finger that moved further than this was scrolling or selecting, not tapping. */
const TAP_SLOP_PX = 10;

/** `known`: what the highlighting measured, asked before each look-up (see KnownHit). */
export function startMentionCards(ctx: ContentScriptContext, index: MentionIndex, loadView: LoadCardUi, known?: KnownHit): MentionCards {
  const doc = document;
  const win = window;
  const listeners = new AbortController();
  /** The view, once loaded; until then no card is on the page. */
  let view: CardUi | undefined;
  let viewLoad: Promise<CardUi | undefined> | undefined;
  let card: OpenCard | undefined;
  /** The card to show when the view arrives; cleared by whatever would have closed it. */
  let wanted: CardRequest | undefined;
  /** The mention the keyboard last visited, so stepping continues from it after a close. */
  let lastStepped: LiveMention | undefined;
  let stopped = false;

  const intent = createHoverIntent<number>({
    open: (id) => {
      const mention = index.ordered().find((candidate) => candidate.id === id);
      if (mention) void show({ mention, focus: false, sticky: false, pointer: lastPointer });
    },
    close: () => close(),
  });

  /**
   * Loads the view once; later calls share the first load. A failed load is not retried
   * and not reported: the page goes without cards rather than hearing from us on every
   * hover (it fails when the extension was reloaded or removed under this page).
   */
  function loadViewOnce(): Promise<CardUi | undefined> {
    viewLoad ??= (async () => {
      try {
        const create = await loadView();
        if (stopped) return undefined;
        view = create(doc, { markOwnUi, onPinnedChange, onClose: () => close() });
        return view;
      } catch {
        return undefined;
      }
    })();
    return viewLoad;
  }

  function onPinnedChange(pinned: boolean) {
    if (!card) return;
    card.pinned = pinned;
    intent.setPinned(pinned);
  }

  /** Shows the card now if the view is here, or once it arrives if it is still wanted then. */
  function show(request: CardRequest): Promise<boolean> {
    if (stopped) return Promise.resolve(false);
    if (view) return Promise.resolve(showIn(view, request));
    wanted = request;
    return loadViewOnce().then((loaded) => {
      if (wanted !== request) return false;
      wanted = undefined;
      return loaded !== undefined && !stopped && showIn(loaded, request);
    });
  }

  function showIn(shownBy: CardUi, request: CardRequest): boolean {
    const { mention } = request;
    const pinned = card?.mention.id === mention.id ? card.pinned : false;
    if (!shownBy.show(mention, { pinned, focus: request.focus, pointer: request.pointer })) return false;
    card = { mention, pinned };
    intent.shown(mention.id);
    intent.setPinned(pinned || request.sticky);
    return true;
  }

  function close() {
    wanted = undefined;
    const closing = card;
    intent.hidden();
    if (!closing) return;
    card = undefined;
    view?.hide();
  }

  function open(mention: LiveMention, options: { focus?: boolean } = {}): Promise<boolean> {
    const range = liveRangeOf(mention.range);
    if (!range) return Promise.resolve(false);
    if (!isOnScreen(range.getBoundingClientRect(), win)) scrollToCenter(range);
    return show({ mention, focus: options.focus ?? false, sticky: true });
  }

  /** With no card open, the keyboard starts from what the reader is looking at. */
  function firstInView(mentions: readonly LiveMention[], direction: 1 | -1): number {
    const order = direction === 1 ? mentions.map((_, i) => i) : mentions.map((_, i) => mentions.length - 1 - i);
    for (const i of order) {
      const rect = liveRangeOf(mentions[i]!.range)?.getBoundingClientRect();
      if (rect && (direction === 1 ? rect.top >= 0 : rect.bottom <= win.innerHeight)) return i;
    }
    return direction === 1 ? 0 : mentions.length - 1;
  }

  function step(direction: 1 | -1): Promise<boolean> {
    const mentions = index.ordered();
    if (mentions.length === 0) return Promise.resolve(false);
    const from = card?.mention ?? wanted?.mention ?? lastStepped;
    const at = from ? mentions.findIndex((mention) => mention.id === from.id) : -1;
    const next = at === -1 ? firstInView(mentions, direction) : (at + direction + mentions.length) % mentions.length;
    const mention = mentions[next]!;
    lastStepped = mention;
    return open(mention, { focus: true });
  }

  // Pointer: one passive listener, coalesced to one hit-test per frame.
  let lastPointer: { x: number; y: number } | undefined;
  let pendingMove: PointerEvent | undefined;
  const onFrame = () => {
    const event = pendingMove;
    pendingMove = undefined;
    if (!event || stopped) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    if (view?.contains(event.target)) {
      intent.pointerOverCard();
      return;
    }
    const over = mentionAtPoint(doc, event.clientX, event.clientY, index, event.target, known)?.id;
    // Hover intent starts its clock now: load the view while it runs.
    if (over !== undefined) void loadViewOnce();
    intent.pointerOverMention(over);
  };
  const signal = listeners.signal;
  doc.addEventListener(
    'pointermove',
    (event) => {
      // Touch moves are scrolls and drags; taps are handled below.
      if (event.pointerType === 'touch') return;
      if (!pendingMove) ctx.requestAnimationFrame(onFrame);
      pendingMove = event;
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget === null && event.pointerType !== 'touch') intent.pointerOverMention(undefined);
    },
    { passive: true, capture: true, signal },
  );

  // Touch: a tap on a mention opens its card at once (on pointerup, so a page that
  // cancels touch events cannot stop it); a tap elsewhere closes it.
  let tap: { mention: LiveMention; x: number; y: number } | undefined;
  let swallowClickUntil = -Infinity;
  doc.addEventListener(
    'pointerdown',
    (event) => {
      tap = undefined;
      if (view?.contains(event.target) || !event.isPrimary) return;
      const mention = mentionAtPoint(doc, event.clientX, event.clientY, index, event.target, known);
      if (event.pointerType === 'touch' && mention) {
        tap = { mention, x: event.clientX, y: event.clientY };
        void loadViewOnce();
      }
      // A press elsewhere closes the card, or cancels the one still loading.
      const current = card ?? wanted;
      if (current && !card?.pinned && mention?.id !== current.mention.id) close();
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener('pointercancel', () => (tap = undefined), { passive: true, capture: true, signal });
  doc.addEventListener(
    'pointerup',
    (event) => {
      const touched = tap;
      tap = undefined;
      if (!touched || event.pointerType !== 'touch') return;
      if (Math.hypot(event.clientX - touched.x, event.clientY - touched.y) > TAP_SLOP_PX) return;
      swallowClickUntil = event.timeStamp + TAP_CLICK_WINDOW_MS;
      void open(touched.mention, { focus: false });
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (event.timeStamp > swallowClickUntil) return;
      swallowClickUntil = -Infinity;
      // Only here do we take a tap from the page: it was on a mention, maybe inside a link.
      event.preventDefault();
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || (!card && !wanted)) return;
      const focusInCard = view?.hasFocus() ?? false;
      close();
      // The page should not also act on an Escape that was meant for our card.
      if (focusInCard) event.stopPropagation();
    },
    { capture: true, signal },
  );

  doc.addEventListener('fullscreenchange', () => close(), { signal });
  // Looked up by position, not in ordered(): that list is re-sorted after every change.
  // A rescan may give the same mention a new object and id; the card then follows it.
  const unsubscribe = index.onChange(() => {
    if (!card) return;
    const { startContainer, startOffset } = card.mention.range;
    const current = startContainer.isConnected ? index.at(startContainer, startOffset) : undefined;
    if (!current || current.entity !== card.mention.entity) {
      close();
    } else if (current.id !== card.mention.id) {
      card.mention = current;
      intent.shown(current.id);
    }
  });

  function stop() {
    if (stopped) return;
    close();
    stopped = true;
    intent.stop();
    listeners.abort();
    unsubscribe();
    view?.destroy();
  }
  ctx.onInvalidated(stop);

  return {
    open,
    close,
    step,
    stop,
    get stepped() {
      return lastStepped;
    },
  };
}
