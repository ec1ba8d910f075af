// @vitest-environment happy-dom
/**
 * On a long page of short paragraphs, a steady scroll changes the registered highlights
 * every few screens, not at each paragraph that comes near: each change makes Chromium
 * rebuild every highlight marker, and with an underline redo the whole page's visual
 * overflow (a dropped frame on a 5 MB page). Every mention on screen stays drawn.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlacedMention } from '../../dom/chunk-registry';
import { createNearScreenPainter } from '../../dom/near-screen-painter';
import { addEveryKarabakh, drawingPainter } from '../helpers/painter-fixtures';

// 1,000 paragraphs of 60 px, every other one naming Karabakh, in a window 800 px high.
const PARAGRAPHS = 1000;
const PARAGRAPH_PX = 60;
const HEIGHT = 800;

describe('scrolling a long page of short paragraphs', () => {
  let frames: FrameRequestCallback[];
  let controller: AbortController;
  let scroll: number;
  beforeEach(() => {
    document.body.innerHTML = Array.from({ length: PARAGRAPHS }, (_, i) =>
      i % 2 === 0 ? `<p data-i="${i}">News from Karabakh, item ${i}.</p>` : `<p data-i="${i}">Other news, item ${i}.</p>`,
    ).join('');
    frames = [];
    scroll = 0;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(HEIGHT);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scroll);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = Number(this.getAttribute('data-i') ?? 0) * PARAGRAPH_PX - scroll;
      return { top, bottom: top + PARAGRAPH_PX, left: 0, right: 500, width: 500, height: PARAGRAPH_PX, x: 0, y: top } as DOMRect;
    });
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  const topOf = (mention: PlacedMention) => Number((mention.chunk.block as Element).getAttribute('data-i')) * PARAGRAPH_PX;

  it('scrolling 20 screens down 40 px at a time changes the drawn set every few screens, with the screen always drawn', () => {
    const { painter, drawn } = drawingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    const mentions = addEveryKarabakh(nearScreen);
    expect(mentions).toHaveLength(PARAGRAPHS / 2);
    nearScreen.flush();
    frames.shift()!(0);
    expect(drawn.changes).toBe(1);
    // A few screens' worth is drawn, not the page.
    expect(drawn.shown.size).toBeLessThan((8 * HEIGHT) / PARAGRAPH_PX);

    for (scroll = 40; scroll <= 20 * HEIGHT; scroll += 40) {
      document.dispatchEvent(new Event('scroll'));
      for (const mention of mentions) {
        const top = topOf(mention);
        if (top + PARAGRAPH_PX > scroll && top < scroll + HEIGHT) expect(drawn.shown.has(mention)).toBe(true);
      }
    }
    // 20 screens: a change every second screen at most, not one per paragraph (the old code: 200).
    expect(drawn.changes - 1).toBeLessThanOrEqual(11);
    // What left the registered stretch was dropped: still a few screens' worth.
    expect(drawn.shown.size).toBeLessThan((8 * HEIGHT) / PARAGRAPH_PX);
  });
});
