// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visibleSpan } from '../../../dom/reader/visible-blocks';

/** A 1280×800 window whose layout is `hit(x, y)`, each element's box given by `boxes`. */
function layOut(hit: (x: number, y: number) => Element | null, boxes: Map<Element, { top: number; bottom: number }>) {
  vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1280);
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800);
  const hits = vi.fn(hit);
  (document as unknown as { elementFromPoint: typeof hits }).elementFromPoint = hits;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const box = boxes.get(this) ?? { top: 0, bottom: 0 };
    return {
      left: 0,
      right: 1280,
      width: 1280,
      top: box.top,
      bottom: box.bottom,
      height: box.bottom - box.top,
      x: 0,
      y: box.top,
    } as DOMRect;
  });
  return hits;
}

describe('what is on screen', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a text longer than the screen in one block (a plain-text document) is hit-tested once, not at every point', () => {
    document.body.innerHTML = '<pre>Karabakh and more, for two megabytes</pre>';
    const pre = document.querySelector('pre')!;
    const hits = layOut(() => pre, new Map([[pre, { top: -4000, bottom: 40_000 }]]));
    expect(visibleSpan(document)).toEqual({ first: pre, last: pre });
    expect(hits).toHaveBeenCalledTimes(1);
  });

  it('paragraphs down the page: the first and the last on screen, each hit only where no paragraph hit before covers the point', () => {
    document.body.innerHTML = `<main>${Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i}</p>`).join('')}</main>`;
    const paragraphs = [...document.querySelectorAll('p')];
    // Each paragraph 100 px tall, the page scrolled so that paragraph 3 is at the top.
    const boxes = new Map(paragraphs.map((p, i) => [p as Element, { top: (i - 3) * 100, bottom: (i - 2) * 100 }]));
    const hits = layOut((_x, y) => paragraphs[3 + Math.floor(y / 100)] ?? null, boxes);
    expect(visibleSpan(document)).toEqual({ first: paragraphs[3], last: paragraphs[10] });
    // 17 rows of 3 points; one hit per paragraph on screen (8), the other points covered.
    expect(hits).toHaveBeenCalledTimes(8);
  });

  it('a block with elements inside (links, other blocks) is hit-tested at every point: what it holds may differ from point to point', () => {
    document.body.innerHTML = '<article><p>Top <b>bold</b></p><p>Bottom <a href="#">link</a></p></article>';
    const [top, bottom] = [...document.querySelectorAll('p')];
    const article = document.querySelector('article')!;
    const hits = layOut((_x, y) => (y < 400 ? article : y < 600 ? top! : bottom!), new Map([[article, { top: 0, bottom: 800 }]]));
    expect(visibleSpan(document)).toEqual({ first: article, last: bottom });
    expect(hits).toHaveBeenCalledTimes(17 * 3);
  });
});
