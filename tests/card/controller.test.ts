// @vitest-environment happy-dom
/**
 * The card controller with its view loaded on demand. The loader here imports the real
 * view (card/ui.tsx) in a fresh module graph, as card-ui.js is a separate bundle
 * with its own copies of every module, and lets each test decide when it arrives.
 *
 * Hovering needs layout for hit-testing, which happy-dom does not have: e2e/card.e2e.ts
 * covers the pointer in Chromium and Firefox. The paths here (keyboard, popup, Escape, a
 * press elsewhere, stop) share the one "is it still wanted" check with hover intent.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LiveMention, MentionIndex } from '@/dom/mention-index';
import { isOwnUi } from '@/dom/own-ui';
import type { CreateCardUi } from '@/card/ui-api';
import { startMentionCards, type MentionCards } from '@/card/controller';
import { testTexts } from '../helpers/texts';

function mentionsIn(doc: Document): LiveMention[] {
  const found: LiveMention[] = [];
  const words: [string, LiveMention['entity']][] = [
    ['Karabakh', 'karabakh'],
    ['Russian peacekeepers', 'rmc'],
  ];
  for (const [i, paragraph] of [...doc.querySelectorAll('p')].entries()) {
    const text = paragraph.firstChild as Text;
    const [word, entity] = words[i]!;
    const range = doc.createRange();
    const start = text.data.indexOf(word);
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    found.push({ id: i + 1, entity, text: word, range });
  }
  return found;
}

/** The real view, in its own module graph; arrives when `arrive()` or fails on `fail()`. */
function controlledLoader() {
  let arrive!: () => void;
  let fail!: () => void;
  const gate = new Promise<void>((resolve, reject) => {
    arrive = resolve;
    fail = () => reject(new Error('card-ui.js could not be loaded'));
  });
  const load = vi.fn(async (): Promise<CreateCardUi> => {
    await gate;
    vi.resetModules();
    const { createCardUi } = await import('@/card/ui');
    // What entrypoints/card-ui.ts hands the card: English words, no stored language choice.
    const services = { texts: testTexts('en'), readNotesLanguage: async () => 'browser' as const, writeNotesLanguage: async () => {} };
    return (doc, handlers) => createCardUi(doc, handlers, services);
  });
  return { load, arrive, fail };
}

function cardHost(): Element | undefined {
  return [...document.documentElement.children].find((element) => element.shadowRoot);
}

function dialog(): HTMLElement | null {
  return cardHost()?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
}

function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

let ctx: ContentScriptContext;
let mentions: LiveMention[];
let index: MentionIndex;
let cards: MentionCards | undefined;

beforeEach(() => {
  document.body.innerHTML =
    '<p>Talks on Karabakh resumed.</p><p>The Russian peacekeepers left early.</p><button id="before">Before</button>';
  mentions = mentionsIn(document);
  index = {
    at: (node, offset) => mentions.find((mention) => mention.range.startContainer === node && mention.range.startOffset <= offset),
    ordered: () => mentions,
    onChange: () => () => {},
  };
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  cards?.stop();
  cards = undefined;
  ctx.abort();
  cardHost()?.remove();
  vi.restoreAllMocks();
});

describe('the card view loads on demand', () => {
  test('nothing is loaded until a card is wanted; then it opens once the view arrives, with focus', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    expect(loader.load).not.toHaveBeenCalled();
    document.getElementById('before')!.focus();

    const opening = cards.open(mentions[0]!, { focus: true });
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(cardHost()).toBeUndefined();
    loader.arrive();
    expect(await opening).toBe(true);

    expect(dialog()?.querySelector('h2')?.textContent).toBe('Karabakh');
    expect(deepFocus()).toBe(dialog());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardHost()).toBeUndefined();
    expect(document.activeElement?.id).toBe('before');
  });

  test('the card’s host is registered with the content script’s own copy of dom/own-ui', async () => {
    // card-ui.js brings its own copy of every module; the text walker reads this one.
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    loader.arrive();
    expect(await cards.open(mentions[0]!)).toBe(true);
    expect(isOwnUi(cardHost()!)).toBe(true);
  });

  test('once loaded, a card opens at once', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    loader.arrive();
    await cards.open(mentions[0]!);
    cards.close();
    void cards.open(mentions[1]!);
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Russian Military Contingent');
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  test('Escape while the view loads: the card does not open, and the page still gets its Escape', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    const opening = cards.open(mentions[0]!, { focus: true });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    loader.arrive();
    expect(await opening).toBe(false);
    expect(cardHost()).toBeUndefined();
    expect(pageSaw).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageSaw);
  });

  test('a press elsewhere while the view loads: the card does not open', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    const opening = cards.open(mentions[0]!);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, isPrimary: true, pointerType: 'mouse' }));
    loader.arrive();
    expect(await opening).toBe(false);
    expect(cardHost()).toBeUndefined();
  });

  test('close() while the view loads: the card does not open', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    const opening = cards.open(mentions[0]!);
    cards.close();
    loader.arrive();
    expect(await opening).toBe(false);
    expect(cardHost()).toBeUndefined();
  });

  test('the extension reloaded while the view loads: nothing opens, then or later', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    const opening = cards.open(mentions[0]!);
    ctx.notifyInvalidated();
    loader.arrive();
    expect(await opening).toBe(false);
    expect(await cards.open(mentions[1]!)).toBe(false);
    expect(cardHost()).toBeUndefined();
  });

  test('the extension reloaded with a card open: the card and its host go', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    loader.arrive();
    await cards.open(mentions[0]!);
    expect(cardHost()).toBeDefined();
    ctx.notifyInvalidated();
    expect(cardHost()).toBeUndefined();
  });

  test('the latest request wins: stepping twice while loading opens the second mention', async () => {
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    const first = cards.step(1);
    const second = cards.step(1);
    loader.arrive();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Russian Military Contingent');
    expect(deepFocus()).toBe(dialog());
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  test('a failed load: no card, no exception, nothing logged, and no retry on every request', async () => {
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
    const loader = controlledLoader();
    cards = startMentionCards(ctx, index, loader.load);
    const opening = cards.open(mentions[0]!, { focus: true });
    loader.fail();
    expect(await opening).toBe(false);
    expect(await cards.step(1)).toBe(false);
    expect(cardHost()).toBeUndefined();
    expect(loader.load).toHaveBeenCalledTimes(1);
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  test('a loader that throws at once (the extension’s API already gone) is a failed load too', async () => {
    cards = startMentionCards(ctx, index, () => {
      throw new Error('Extension context invalidated.');
    });
    expect(await cards.open(mentions[0]!)).toBe(false);
    expect(cardHost()).toBeUndefined();
  });
});
