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
