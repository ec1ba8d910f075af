// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staticRangeFor } from '../../dom/chunk-positions';
import type { PlacedMention } from '../../dom/chunk-registry';
import { collectChunks } from '../../dom/chunk-walker';
import { createNearScreenPainter } from '../../dom/near-screen-painter';
import { addEveryKarabakh, drawingPainter, recordingPainter } from '../helpers/painter-fixtures';

function mentionOnPage(text: string): PlacedMention {
  const chunk = collectChunks(document.body)[0]!;
  const start = chunk.text.indexOf(text);
  const end = start + text.length;
  return { id: 1, entity: 'karabakh', text, range: staticRangeFor(chunk, start, end), chunk, start, end };
}

describe('the near-screen painter while the page is still parsed', () => {
  let frames: FrameRequestCallback[];
  let controller: AbortController;
  let state: DocumentReadyState;
  beforeEach(() => {
    document.body.innerHTML = '<p>They went to Karabakh in May.</p>';
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    state = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('draws what it is given at once, measuring nothing, and measures once the page is parsed', () => {
    const { painter, added } = recordingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    nearScreen.add(mentionOnPage('Karabakh'));
    nearScreen.flush();
    // Layout asked for while a big page is parsed is a whole growing page's, inside our code.
    expect(added.map((mention) => mention.text)).toEqual(['Karabakh']);
    expect(measure).not.toHaveBeenCalled();
    expect(frames).toHaveLength(0);

    state = 'interactive';
    document.dispatchEvent(new Event('readystatechange'));
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(measure).toHaveBeenCalled();
  });
});

describe('the near-screen painter asks for frames only when it has something to measure', () => {
  let frames: FrameRequestCallback[];
  let controller: AbortController;
  beforeEach(() => {
    document.body.innerHTML = '<p>They went to Karabakh in May.</p>';
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('measures and draws new mentions at the next frame, and asks for no frame when a slice found nothing', () => {
    const { painter, added } = recordingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    // Most slices of a page's read find nothing: each asked for a frame, and the browser
    // ran its rendering (and, with a screen reader, accessibility) steps for nothing.
    nearScreen.flush();
    expect(frames).toHaveLength(0);

    nearScreen.add(mentionOnPage('Karabakh'));
    nearScreen.flush();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(added.map((mention) => mention.text)).toEqual(['Karabakh']);

    nearScreen.flush();
    nearScreen.flush();
    expect(frames).toHaveLength(0);
  });

  it('asks for a frame after a removal, so the removal is drawn', () => {
    const { painter } = recordingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    const mention = mentionOnPage('Karabakh');
    nearScreen.add(mention);
    nearScreen.flush();
    frames.shift()!(0);
    nearScreen.remove(mention);
    nearScreen.flush();
    expect(frames).toHaveLength(1);
  });
});

describe('in a block taller than the screen (a long plain-text document), the registered band changes rarely', () => {
  // One line of 100 characters per 20 px: the page is 2,000 lines (40,000 px) tall, with a
  // mention at the start of every 10th line, and a window 800 px high.
  const LINE = 100;
  const LINE_PX = 20;
  const HEIGHT = 800;
  let frames: FrameRequestCallback[];
  let controller: AbortController;
  let scroll: number;
  beforeEach(() => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? 'Karabakh' : 'x'.repeat(8)).padEnd(LINE - 1, '.'));
    document.body.innerHTML = `<pre>${lines.join('\n')}</pre>`;
    frames = [];
    scroll = 0;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(HEIGHT);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scroll);
    const rect = (top: number, height: number) =>
      ({ top, bottom: top + height, left: 0, right: 500, width: 500, height, x: 0, y: top }) as DOMRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => rect(-scroll, 2000 * LINE_PX));
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      return [rect(Math.floor(this.startOffset / LINE) * LINE_PX - scroll, LINE_PX)] as unknown as DOMRectList;
    });
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  const onScreen = (mentions: PlacedMention[]) =>
    mentions.filter((m) => {
      const top = Math.floor(m.range.startOffset / LINE) * LINE_PX;
      return top + LINE_PX > scroll && top < scroll + HEIGHT;
    });

  it('scrolling 16 screens down one screen at a time redraws the band a few times, and every mention on screen is always drawn', () => {
    const { painter, drawn } = drawingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    const mentions = addEveryKarabakh(nearScreen);
    expect(mentions).toHaveLength(200);
    nearScreen.flush();
    frames.shift()!(0);
    expect(drawn.changes).toBe(1);
    // Drawn: the mentions near the screen, a few screens' worth, not the page's 200.
    expect(drawn.shown.size).toBeGreaterThan(0);
    expect(drawn.shown.size).toBeLessThan(mentions.length / 3);

    for (let screen = 1; screen <= 16; screen++) {
      scroll = screen * HEIGHT;
      document.dispatchEvent(new Event('scroll'));
      for (const mention of onScreen(mentions)) expect(drawn.shown.has(mention)).toBe(true);
    }
    // Every change of highlights inside one text node makes Chromium's accessibility rebuild
    // the node whole (seconds in a long one): the band moves every few screens, not every screen.
    expect(drawn.changes - 1).toBeLessThanOrEqual(4);
  });

  it("draws what the read's later slices find off screen once it comes near the screen, not at once", () => {
    const { painter, drawn } = drawingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    const mentions = addEveryKarabakh(recordingPainter().painter).slice(0, 60);
    // The first slice of a long text node's read: its first three screens (the area near the
    // screen), drawn in one change with the band a few screens ahead.
    for (const mention of mentions.slice(0, 12)) nearScreen.add(mention);
    nearScreen.flush();
    frames.shift()!(0);
    expect(drawn.changes).toBe(1);
    // The next slices, in another frame (a busy machine): they find mentions in the band, off
    // screen. Drawn now, they were one more rebuild of the node's accessibility in the load.
    const measured = vi.mocked(Range.prototype.getClientRects);
    measured.mockClear();
    for (const mention of mentions.slice(12)) nearScreen.add(mention);
    nearScreen.flush();
    frames.shift()!(0);
    expect(drawn.changes).toBe(1);
    // Whether one is near is bisected too: a read finds hundreds in a 2 MB text node.
    expect(measured.mock.calls.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(mentions.length + 1)));

    for (let screen = 1; screen <= 12; screen++) {
      scroll = screen * HEIGHT;
      document.dispatchEvent(new Event('scroll'));
      for (const mention of onScreen(mentions)) expect(drawn.shown.has(mention)).toBe(true);
    }
    expect(drawn.changes - 1).toBeLessThanOrEqual(3);
  });

  it('finds both ends of the band by bisection: a few ranges measured, not every mention in the band', () => {
    const measured = vi.mocked(Range.prototype.getClientRects);
    const nearScreen = createNearScreenPainter(recordingPainter().painter, document, controller.signal);
    const count = addEveryKarabakh(nearScreen).length;
    scroll = 20 * HEIGHT;
    nearScreen.flush();
    frames.shift()!(0);
    // The band (9 screens) holds 36 of the 200 mentions; each range measured in a 2 MB text
    // node costs Chromium about a millisecond. Two bisections over 200 take at most 16.
    expect(measured.mock.calls.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(count + 1)));
    expect(measured.mock.calls.length).toBeGreaterThan(0);
  });
});
