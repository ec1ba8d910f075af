/**
 * The hover card's controller in the content script: one throttled pointer listener
 * hit-tests the mention index, hover intent decides when to open and close, and the
 * card renders with Preact into a shadow-root host that exists only while it is open.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardContentFor } from '@/core/card-content';
import { MentionCard } from '@/components/MentionCard';
import { keepCardPlaced, liveRangeOf, mentionReference } from '@/dom/card-position';
import { mentionAtPoint } from '@/dom/hit-test';
import { createHoverIntent } from '@/dom/hover-intent';
import type { LiveMention, MentionIndex } from '@/dom/mention-index';
import { textAround } from './card-context';
import { createCardHost, type CardHost } from './card-host';
import { cardThemeAt } from './card-theme';

export interface MentionCards {
  /** Opens the card for a mention (scrolling it into view); `focus` moves keyboard focus into the card. */
  open(mention: LiveMention, options?: { focus?: boolean }): void;
  close(): void;
  /** Moves to the next (1) or previous (-1) mention, wrapping, and opens its card with focus. */
  step(direction: 1 | -1): void;
  /** Removes the card and every listener. */
  stop(): void;
}

interface OpenCard {
  mention: LiveMention;
  pinned: boolean;
  /** Where focus was before the card took it; undefined when the card never took focus. */
  returnFocus: HTMLElement | undefined;
  stopPlacing: () => void;
}

/** A tap's click follows its pointerup within this time. */
const TAP_CLICK_WINDOW_MS = 800;
/** A finger that moved further than this was scrolling or selecting, not tapping. */
const TAP_SLOP_PX = 10;

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isInViewport(rect: DOMRect, win: Window): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom <= win.innerHeight && rect.right <= win.innerWidth;
}

export function startMentionCards(ctx: ContentScriptContext, index: MentionIndex): MentionCards {
  const doc = document;
  const win = window;
  const listeners = new AbortController();
  let host: CardHost | undefined;
  let card: OpenCard | undefined;
  /** The mention the keyboard last visited, so stepping continues from it after a close. */
  let lastStepped: LiveMention | undefined;
  let stopped = false;

  const intent = createHoverIntent<number>({
    open: (id) => {
      const mention = index.ordered().find((candidate) => candidate.id === id);
      if (mention) show(mention, { focus: false, sticky: false, pointer: lastPointer });
    },
    close: () => close(),
    timers: { set: (callback, ms) => ctx.setTimeout(callback, ms), clear: (handle) => clearTimeout(handle) },
  });

  function createIsolatedHost(): CardHost {
    const created = createCardHost(doc);
    // Keys pressed on the card's buttons are ours, not the page's shortcuts. Escape is
    // already handled by the document's capture listener before it gets here.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      created.container.addEventListener(type, (event) => event.stopPropagation(), { signal: listeners.signal });
    }
    return created;
  }

  function renderCard() {
    if (!card || !host) return;
    const current = card;
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
          intent.setPinned(pinned);
          renderCard();
        }}
        onClose={() => close()}
      />,
      host.container,
    );
  }

  function cardElement(): HTMLElement | null {
    return host?.container.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  }

  /**
   * `sticky`: opened on purpose (keyboard, tap, popup), so the pointer wandering off does
   * not close it; Escape, the close button or a click elsewhere do.
   */
  function show(mention: LiveMention, options: { focus: boolean; sticky: boolean; pointer?: { x: number; y: number } }) {
    if (stopped) return;
    const range = liveRangeOf(mention.range);
    if (!range) return;
    const returnFocus = card?.returnFocus ?? (options.focus ? deepActiveElement(doc) : undefined);
    const pinned = card?.mention.id === mention.id ? card.pinned : false;
    card?.stopPlacing();
    host ??= createIsolatedHost();
    host.mount();
    card = {
      mention,
      pinned,
      returnFocus: returnFocus instanceof HTMLElement ? returnFocus : undefined,
      stopPlacing: () => {},
    };
    renderCard();
    const element = cardElement();
    if (!element) return;
    // Transparent until placed, so it never flashes at the viewport's corner; still
    // focusable, unlike visibility: hidden.
    element.style.opacity = '0';
    card.stopPlacing = keepCardPlaced(mentionReference(range), element, { pointer: options.pointer });
    intent.shown(mention.id);
    intent.setPinned(pinned || options.sticky);
    if (options.focus) element.focus({ preventScroll: true });
  }

  function close() {
    const closing = card;
    intent.hidden();
    if (!closing || !host) return;
    card = undefined;
    closing.stopPlacing();
    const hadFocus = host.contains(doc.activeElement);
    render(null, host.container);
    host.unmount();
    if (hadFocus && closing.returnFocus?.isConnected) closing.returnFocus.focus({ preventScroll: true });
  }

  function open(mention: LiveMention, options: { focus?: boolean } = {}) {
    const range = liveRangeOf(mention.range);
    if (!range) return;
    if (!isInViewport(range.getBoundingClientRect(), win)) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    }
    show(mention, { focus: options.focus ?? false, sticky: true });
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

  function step(direction: 1 | -1) {
    const mentions = index.ordered();
    if (mentions.length === 0) return;
    const from = card?.mention ?? lastStepped;
    const at = from ? mentions.findIndex((mention) => mention.id === from.id) : -1;
    const next =
      at === -1 ? firstInView(mentions, direction) : (at + direction + mentions.length) % mentions.length;
    const mention = mentions[next]!;
    lastStepped = mention;
    open(mention, { focus: true });
  }

  // Pointer: one passive listener, coalesced to one hit-test per frame.
  let lastPointer: { x: number; y: number } | undefined;
  let pendingMove: PointerEvent | undefined;
  const onFrame = () => {
    const event = pendingMove;
    pendingMove = undefined;
    if (!event || stopped) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    if (host?.contains(event.target)) {
      intent.pointerOverCard();
      return;
    }
    intent.pointerOverMention(mentionAtPoint(doc, event.clientX, event.clientY, index)?.id);
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
      if (host?.contains(event.target) || !event.isPrimary) return;
      const mention = mentionAtPoint(doc, event.clientX, event.clientY, index);
      if (event.pointerType === 'touch' && mention) tap = { mention, x: event.clientX, y: event.clientY };
      if (card && !card.pinned && mention?.id !== card.mention.id) close();
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
      open(touched.mention, { focus: false });
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
      if (event.key !== 'Escape' || !card) return;
      const focusInCard = host?.contains(doc.activeElement) ?? false;
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
  }
  ctx.onInvalidated(stop);

  return { open, close, step, stop };
}
