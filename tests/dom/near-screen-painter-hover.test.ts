// @vitest-environment happy-dom
// The near-screen painter's hover look-up (mentionAt, dom/measured-band.ts); its drawing is in near-screen-painter.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlacedMention } from '../../dom/chunk-registry';
import type { MentionPainter } from '../../dom/mention-painter';
import { createNearScreenPainter } from '../../dom/near-screen-painter';
import { addEveryKarabakh, recordingPainter } from '../helpers/painter-fixtures';

describe('the hover look-up answered from what drawing measured (mentionAt), in a block taller than the screen', () => {
  // As in near-screen-painter.test.ts: 2,000 lines of 100 characters, 20 px each, 8 px a character; "Karabakh" starts
  // every 10th line; a window 800 px high.
  const LINE = 100;
  const LINE_PX = 20;
  const CHAR_PX = 8;
  const HEIGHT = 800;
  let frames: FrameRequestCallback[];
  let controller: AbortController;
  let scroll: number;
  let measured: number;
  let mentions: PlacedMention[];
  let nearScreen: MentionPainter;
  let pre: HTMLPreElement;
  beforeEach(() => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? 'Karabakh' : 'x'.repeat(8)).padEnd(LINE - 1, '.'));
    document.body.innerHTML = `<pre>${lines.join('\n')}</pre>`;
    pre = document.querySelector('pre')!;
    frames = [];
    scroll = 0;
    measured = 0;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(HEIGHT);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scroll);
    vi.spyOn(window, 'scrollX', 'get').mockReturnValue(0);
    const rect = (left: number, top: number, width: number, height: number) =>
      ({ top, bottom: top + height, left, right: left + width, width, height, x: left, y: top }) as DOMRect;
    const lineTop = (offset: number) => Math.floor(offset / LINE) * LINE_PX - scroll;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => rect(0, -scroll, 800, 2000 * LINE_PX));
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      measured++;
      const left = (this.startOffset % LINE) * CHAR_PX;
      return [rect(left, lineTop(this.startOffset), (this.endOffset - this.startOffset) * CHAR_PX, LINE_PX)] as unknown as DOMRectList;
    });
    controller = new AbortController();
    nearScreen = createNearScreenPainter(recordingPainter().painter, document, controller.signal);
    mentions = addEveryKarabakh(nearScreen);
    nearScreen.flush();
    frames.shift()!(0);
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });
  /** The mention on line `line` (a multiple of 10), and the middle of its line, in the window. */
  const onLine = (line: number) => ({ mention: mentions[line / 10]!, y: line * LINE_PX + LINE_PX / 2 - scroll });

  it('answers on a mention, beside it and on a line without one; the first look-up on a screen measures its mentions, the next ones nothing', () => {
    const drawn = measured;
    const { mention, y } = onLine(20);
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y)).toBe(mention);
    // The screen (800 px, 40 lines) holds 4 mentions, some measured for drawing already; a bisection finds the first.
    expect(measured - drawn).toBeGreaterThan(0);
    expect(measured - drawn).toBeLessThanOrEqual(4 + 2 * Math.ceil(Math.log2(mentions.length + 1)));
    const screen = measured;
    expect(nearScreen.mentionAt!(pre, 1, y)).toBe(mention);
    // The text next to it on its line, and a line of other text: known to hold no mention.
    expect(nearScreen.mentionAt!(pre, 9 * CHAR_PX, y)).toBeNull();
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y + LINE_PX)).toBeNull();
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, onLine(30).y)).toBe(mentions[3]);
    expect(measured).toBe(screen);
  });

  it('measures a new screen when the page is idle, so the first look-up there measures nothing', () => {
    const idle: IdleRequestCallback[] = [];
    const win = window as unknown as { requestIdleCallback?: (callback: IdleRequestCallback) => number };
    win.requestIdleCallback = (callback) => idle.push(callback);
    try {
      scroll = 10 * HEIGHT;
      document.dispatchEvent(new Event('scroll'));
      expect(idle).toHaveLength(1);
      idle.shift()!({ didTimeout: false, timeRemaining: () => 50 });
      const before = measured;
      const { mention, y } = onLine(410);
      expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y)).toBe(mention);
      expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y + LINE_PX)).toBeNull();
      expect(measured).toBe(before);
    } finally {
      delete win.requestIdleCallback;
    }
  });

  it('follows the window as it scrolls within what was measured', () => {
    scroll = 300;
    document.dispatchEvent(new Event('scroll'));
    const { mention, y } = onLine(30);
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y)).toBe(mention);
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y + LINE_PX)).toBeNull();
    // Measured before the scroll, asked after: the same mention.
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, onLine(20).y)).toBe(mentions[2]);
  });

  it('does not know: over another element, after a resize until measured again, or once the text changed', () => {
    const { mention, y } = onLine(20);
    expect(nearScreen.mentionAt!(document.body, 4 * CHAR_PX, y)).toBeUndefined();
    window.dispatchEvent(new Event('resize'));
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y)).toBeUndefined();
    frames.shift()!(0);
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y)).toBe(mention);
    // Its text shrank under it: its range no longer fits, only a real look-up can tell.
    window.dispatchEvent(new Event('resize'));
    (pre.firstChild as Text).data = 'short';
    frames.shift()!(0);
    expect(nearScreen.mentionAt!(pre, 4 * CHAR_PX, y)).toBeUndefined();
  });
});
