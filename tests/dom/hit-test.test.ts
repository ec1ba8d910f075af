// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mentionAtPoint, rectsContain, textPositionAtPoint } from '@/dom/hit-test';
import type { MentionIndex } from '@/dom/mention-index';

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

describe('textPositionAtPoint', () => {
  const index: MentionIndex = { at: () => undefined, ordered: () => [], onChange: () => () => {} };

  test.each([
    [Number.NaN, 10],
    [10, Number.POSITIVE_INFINITY],
  ])('non-finite coordinates (%d, %d) give no position', (x, y) => {
    expect(textPositionAtPoint(document, x, y)).toBeUndefined();
    expect(mentionAtPoint(document, x, y, index)).toBeUndefined();
  });

  test('a document without layout gives no position rather than throwing', () => {
    document.body.innerHTML = '<p>Russian peacekeepers in Karabakh</p>';
    expect(() => textPositionAtPoint(document, 5, 5)).not.toThrow();
    expect(mentionAtPoint(document, 5, 5, index)).toBeUndefined();
  });
});

describe('the hit tests one look-up makes', () => {
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
    textPositionAtPoint(document, 5, 5, document.querySelector('p'));
    expect(calls).toEqual({ elementFromPoint: 0, caret: 1, shadowRoots: 0 });
  });

  test('over a shadow host, or with no element named, the shadow roots at the point are looked for first', () => {
    document.body.innerHTML = '<p>Russian peacekeepers in Karabakh</p><x-card id="host"></x-card>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>Artsakh</span>';
    let calls = counting();
    textPositionAtPoint(document, 5, 5, host);
    expect(calls.elementFromPoint).toBeGreaterThan(0);
    calls = counting();
    textPositionAtPoint(document, 5, 5);
    expect(calls.elementFromPoint).toBeGreaterThan(0);
    // An event dispatched from inside a shadow tree has no target once dispatched.
    calls = counting();
    textPositionAtPoint(document, 5, 5, null);
    expect(calls.elementFromPoint).toBeGreaterThan(0);
  });
});
