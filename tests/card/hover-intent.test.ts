import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createHoverIntent, HOVER_DELAYS } from '@/card/hover-intent';

const { openDelay, switchDelay, closeDelay } = HOVER_DELAYS;

function setup() {
  const log: string[] = [];
  const intent = createHoverIntent<string>({
    open: (target) => log.push(`open ${target}`),
    close: () => log.push('close'),
  });
  return { intent, log };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover intent', () => {
  test('opens only after the pointer rests on a mention for the delay', () => {
    const { intent, log } = setup();
    intent.pointerOverMention('a');
    vi.advanceTimersByTime(openDelay - 1);
    expect(log).toEqual([]);
    intent.pointerOverMention('a'); // more moves on the same mention do not restart the clock
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a']);
  });

  test('passing over mentions opens nothing (no flicker)', () => {
    const { intent, log } = setup();
    for (const target of ['a', undefined, 'b', 'c', undefined]) {
      intent.pointerOverMention(target);
      vi.advanceTimersByTime(openDelay / 3);
    }
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual([]);
  });

  test('leaving starts a grace period; reaching the card within it keeps the card', () => {
    const { intent, log } = setup();
    intent.pointerOverMention('a');
    vi.advanceTimersByTime(openDelay);
    intent.pointerOverMention(undefined);
    vi.advanceTimersByTime(closeDelay - 1);
    intent.pointerOverCard();
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['open a']);
    intent.pointerOverMention(undefined); // leaving the card
    vi.advanceTimersByTime(closeDelay);
    expect(log).toEqual(['open a', 'close']);
  });

  test('coming back to the mention within the grace period keeps the card', () => {
    const { intent, log } = setup();
    intent.pointerOverMention('a');
    vi.advanceTimersByTime(openDelay);
    intent.pointerOverMention(undefined);
    vi.advanceTimersByTime(closeDelay / 2);
    intent.pointerOverMention('a');
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['open a']);
  });

  test('resting on another mention moves the card after the shorter switch delay', () => {
    const { intent, log } = setup();
    intent.pointerOverMention('a');
    vi.advanceTimersByTime(openDelay);
    intent.pointerOverMention('b');
    vi.advanceTimersByTime(switchDelay);
    expect(log).toEqual(['open a', 'open b']);
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['open a', 'open b']);
  });

  test('passing over another mention on the way out closes the card once', () => {
    const { intent, log } = setup();
    intent.pointerOverMention('a');
    vi.advanceTimersByTime(openDelay);
    intent.pointerOverMention('b');
    vi.advanceTimersByTime(switchDelay - 1);
    intent.pointerOverMention(undefined);
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['open a', 'close']);
  });

  test('a pinned card ignores the pointer leaving and other mentions', () => {
    const { intent, log } = setup();
    intent.pointerOverMention('a');
    vi.advanceTimersByTime(openDelay);
    intent.setPinned(true);
    intent.pointerOverMention(undefined);
    intent.pointerOverMention('b');
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['open a']);
  });

  test('a card shown by keyboard starts no timers, and hiding resets pinning', () => {
    const { intent, log } = setup();
    intent.shown('a');
    intent.setPinned(true);
    intent.hidden();
    intent.pointerOverMention('b');
    vi.advanceTimersByTime(openDelay);
    expect(log).toEqual(['open b']);
    intent.pointerOverMention(undefined);
    vi.advanceTimersByTime(closeDelay);
    expect(log).toEqual(['open b', 'close']); // not pinned any more
  });

  test('stop cancels everything pending', () => {
    const { intent, log } = setup();
    intent.pointerOverMention('a');
    intent.stop();
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual([]);
  });
});
