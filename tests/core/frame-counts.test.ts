import { describe, expect, test } from 'vitest';
import { badgeText, FrameCounts } from '@/core/frame-counts';

describe('FrameCounts', () => {
  test('sums the frames of a tab and keeps tabs apart', () => {
    const counts = new FrameCounts();
    expect(counts.report(1, 0, 5)).toBe(5);
    expect(counts.report(1, 7, 3)).toBe(8);
    expect(counts.report(2, 0, 4)).toBe(4);
    expect(counts.report(1, 0, 6)).toBe(9); // a frame's new total replaces its old one
    expect(counts.report(1, 7, 0)).toBe(6); // a frame reporting 0 drops out
    counts.clearTab(1);
    expect(counts.total(1)).toBe(0);
    expect(counts.total(2)).toBe(4);
  });
});

describe('FrameCounts JSON', () => {
  test('round-trips, and malformed input gives what is valid in it', () => {
    const counts = new FrameCounts();
    counts.report(1, 0, 5);
    counts.report(1, 4, 2);
    expect(FrameCounts.fromJSON(JSON.parse(JSON.stringify(counts))).total(1)).toBe(7);
    const damaged = FrameCounts.fromJSON([
      [
        1,
        [
          [0, 5],
          ['x', 2],
          [3, 1.5],
        ],
      ],
      'junk',
      [2.5, []],
    ]);
    expect(damaged.total(1)).toBe(5);
    expect(FrameCounts.fromJSON('nope').total(1)).toBe(0);
  });
});

describe('badgeText', () => {
  test.each([
    [0, ''],
    [-1, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('%d → %j', (total, text) => {
    expect(badgeText(total)).toBe(text);
  });
});
