/**
 * A page that keeps changing is told from one that changes now and then: busy after
 * changes in six 100 ms windows in a row (one quiet window between two allowed), calm
 * after 2 s without a change, and nothing in between flips it.
 */
import { describe, expect, it } from 'vitest';
import { createBusyMeter } from '../../core/busy-meter';

/** Feeds changes every `everyMs` from `from` for `forMs`; returns the first time it was busy. */
function feed(meter: ReturnType<typeof createBusyMeter>, everyMs: number, forMs: number, from = 0): number | undefined {
  for (let t = from; t < from + forMs; t += everyMs) if (meter.changed(t)) return t;
  return undefined;
}

describe('busy meter', () => {
  it('calls a page changing every frame busy after half a second', () => {
    const at = feed(createBusyMeter(), 16, 3000);
    expect(at).toBeGreaterThanOrEqual(500);
    expect(at).toBeLessThan(600);
  });

  it('counts a change every 200 ms as continuous, but not one every 300 ms', () => {
    expect(feed(createBusyMeter(), 200, 3000)).toBeDefined();
    expect(feed(createBusyMeter(), 300, 10_000)).toBeUndefined();
  });

  it('never calls a burst of changes busy, however many, if it is over within half a second', () => {
    const meter = createBusyMeter();
    for (let t = 0; t < 450; t++) expect(meter.changed(t)).toBe(false);
    expect(feed(meter, 1000, 10_000, 2000)).toBeUndefined();
  });

  it('stays busy through short pauses and is calm 2 s after the last change', () => {
    const meter = createBusyMeter();
    feed(meter, 50, 1000);
    expect(meter.check(1900)).toBe(true);
    meter.changed(1950);
    expect(meter.check(3900)).toBe(true);
    expect(meter.check(3950)).toBe(false);
  });

  it('needs a new run of changes to be busy again once calm', () => {
    const meter = createBusyMeter();
    feed(meter, 50, 1000);
    expect(meter.check(5000)).toBe(false);
    expect(meter.changed(5000)).toBe(false);
    expect(feed(meter, 50, 1000, 5050)).toBeGreaterThanOrEqual(5500);
  });
});
