// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mentionAtPoint, rectsContain } from '@/dom/hit-test';
import type { LiveMention, MentionIndex } from '@/dom/mention-index';

// Real hit-testing needs layout: e2e/card.e2e.ts runs it in Chromium (shadow roots,
// blank space beside a line, p95 timing). Here: the geometry rule and the bad inputs.

const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

describe('rectsContain', () => {
  const boxes = [rect(10, 10, 8, 16), rect(30, 40, 8, 16)];
  test.each([
    [14, 18, true],
    [10, 10, true], // top-left edge
    [18, 26, true], // bottom-right edge
    [34, 50, true], // second box
    [20, 18, false], // between the boxes, where a nearest caret would still be found
    [14, 27, false],
    [-1, -1, false],
  ])('(%d, %d) → %s', (x, y, expected) => {
    expect(rectsContain(boxes, x, y)).toBe(expected);
  });

  test('no boxes, no hit', () => {
    expect(rectsContain([], 0, 0)).toBe(false);
  });
});

describe('mentionAtPoint on bad input', () => {
  const index: MentionIndex = { at: () => undefined, ordered: () => [], onChange: () => () => {} };

  test.each([
    [Number.NaN, 10],
    [10, Number.POSITIVE_INFINITY],
  ])('non-finite coordinates (%d, %d) give no position', (x, y) => {
    expect(mentionAtPoint(document, x, y, index)).toBeUndefined();
  });

  test('a document without layout gives no position rather than throwing', () => {
    document.body.innerHTML = '<p>Russian peacekeepers in Karabakh</p>';
    expect(() => mentionAtPoint(document, 5, 5, index)).not.toThrow();
    expect(mentionAtPoint(document, 5, 5, index)).toBeUndefined();
  });
});

describe('the hit tests one look-up makes', () => {
  const index: MentionIndex = { at: () => undefined, ordered: () => [], onChange: () => () => {} };
  /** Counts the document's hit tests; the caret look-up lands in the first paragraph's text. */
  function counting() {
    const calls = { elementFromPoint: 0, caret: 0, shadowRoots: 0 };
    const text = document.querySelector('p')!.firstChild!;
    document.elementFromPoint = () => {
      calls.elementFromPoint++;
      return document.querySelector('p');
    };
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (
      _x: number,
      _y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => {
      calls.caret++;
      calls.shadowRoots += options?.shadowRoots?.length ?? 0;
      return { offsetNode: text, offset: 2 };
    };
    return calls;
  }

  test('over an element the pointer event named that hosts no shadow root: the caret look-up alone', () => {
    document.body.innerHTML = '<p>Russian peacekeepers in Karabakh</p>';
    const calls = counting();
    mentionAtPoint(document, 5, 5, index, document.querySelector('p'));
    expect(calls).toEqual({ elementFromPoint: 0, caret: 1, shadowRoots: 0 });
  });

  test('over a shadow host, or with no element named, the shadow roots at the point are looked for first', () => {
    document.body.innerHTML = '<p>Russian peacekeepers in Karabakh</p><x-card id="host"></x-card>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>Artsakh</span>';
    let calls = counting();
    mentionAtPoint(document, 5, 5, index, host);
    expect(calls.elementFromPoint).toBeGreaterThan(0);
    calls = counting();
    mentionAtPoint(document, 5, 5, index);
    expect(calls.elementFromPoint).toBeGreaterThan(0);
    // An event dispatched from inside a shadow tree has no target once dispatched.
    calls = counting();
    mentionAtPoint(document, 5, 5, index, null);
    expect(calls.elementFromPoint).toBeGreaterThan(0);
  });
});

describe('what one look-up measures', () => {
  // "Russian peacekeepers in Karabakh": the mention "Karabakh" is characters 24–31.
  const mention: LiveMention = { id: 1, entity: 'karabakh', text: 'Karabakh', range: document.createRange() };
  const index: MentionIndex = {
    at: (_node, offset) => (offset >= 24 && offset < 32 ? mention : undefined),
    ordered: () => [mention],
    onChange: () => () => {},
  };

  /** The caret lands at `offset` of the paragraph's text; every measured range is recorded, and reports one box at (0, 0)–(10, 10). */
  function measuring(offset: number) {
    document.body.innerHTML = '<p>Russian peacekeepers in Karabakh</p>';
    const paragraph = document.querySelector('p')!;
    const text = paragraph.firstChild!;
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset });
    const measured: string[] = [];
    Range.prototype.getClientRects = function (this: Range) {
      measured.push(this.toString());
      return [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
    };
    return { measured, paragraph };
  }

  test('a caret between two characters outside any mention: nothing is measured', () => {
    const { measured, paragraph } = measuring(3);
    expect(mentionAtPoint(document, 5, 5, index, paragraph)).toBeUndefined();
    expect(measured).toEqual([]);
  });

  test('a caret inside a mention: the character after it is measured, and holds the point', () => {
    const { measured, paragraph } = measuring(27);
    expect(mentionAtPoint(document, 5, 5, index, paragraph)).toBe(mention);
    expect(measured).toEqual(['a']);
  });

  test('a caret at a mention edge: only the character in the mention is measured, and a point off its box is no hit', () => {
    const { measured, paragraph } = measuring(24);
    expect(mentionAtPoint(document, 50, 50, index, paragraph)).toBeUndefined();
    expect(measured).toEqual(['K']);
  });
});

describe('what the highlighting measured answers first', () => {
  const range = document.createRange();
  const mention: LiveMention = { id: 1, entity: 'karabakh', text: 'Karabakh', range };
  function setUp(indexAnswer: LiveMention | undefined) {
    document.body.innerHTML = '<p>Russian peacekeepers in Karabakh</p><x-card id="host"></x-card>';
    document.getElementById('host')!.attachShadow({ mode: 'open' });
    const paragraph = document.querySelector('p')!;
    const text = paragraph.firstChild!;
    range.setStart(text, 24);
    range.setEnd(text, 32);
    let carets = 0;
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => {
      carets++;
      return { offsetNode: text, offset: 3 };
    };
    const index: MentionIndex = { at: () => indexAnswer, ordered: () => [mention], onChange: () => () => {} };
    return { paragraph, index, carets: () => carets };
  }

  test('"none there" and a mention the index agrees with are the answer, with no caret look-up', () => {
    const { paragraph, index, carets } = setUp(mention);
    expect(mentionAtPoint(document, 5, 5, index, paragraph, () => null)).toBeUndefined();
    expect(mentionAtPoint(document, 5, 5, index, paragraph, () => mention)).toBe(mention);
    expect(carets()).toBe(0);
  });

  test('a mention the index no longer gives (rescanned, or its entity switched off), or no answer: the caret look-up decides', () => {
    const { paragraph, index, carets } = setUp(undefined);
    expect(mentionAtPoint(document, 5, 5, index, paragraph, () => mention)).toBeUndefined();
    expect(mentionAtPoint(document, 5, 5, index, paragraph, () => undefined)).toBeUndefined();
    expect(carets()).toBe(2);
  });

  test('over a shadow host (the point may be inside its root) it is not asked', () => {
    const { index, carets } = setUp(mention);
    let asked = 0;
    const known = () => {
      asked++;
      return null;
    };
    mentionAtPoint(document, 5, 5, index, document.getElementById('host'), known);
    mentionAtPoint(document, 5, 5, index, null, known);
    expect(asked).toBe(0);
    expect(carets()).toBe(2);
  });
});
