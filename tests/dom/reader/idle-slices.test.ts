// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createIdleSlices } from '../../../dom/reader/idle-slices';

describe('idle slices', () => {
  it('splits work into slices no longer than the budget, until it is done', async () => {
    let units = 0;
    // Units of work done per slice: wall-clock time would also count the OS preempting us.
    const slices: number[] = [];
    await new Promise<void>((done) => {
      const runner = createIdleSlices(
        (hasTime) => {
          const before = units;
          // Units of at least 0.2 ms each.
          while (hasTime() && units < 400) {
            const unitEnd = performance.now() + 0.2;
            while (performance.now() < unitEnd);
            units++;
          }
          slices.push(units - before);
          if (units >= 400) done();
          return units < 400;
        },
        { budgetMs: 5 },
      );
      runner.wake();
    });
    expect(units).toBe(400);
    expect(slices.length).toBeGreaterThan(10);
    // 5 ms hold at most 25 units, plus the one that was running when time ran out.
    expect(Math.max(...slices)).toBeLessThanOrEqual(26);
  });

  it('a failing slice is reported and not retried forever; stop and abort end it', async () => {
    const controller = new AbortController();
    let calls = 0;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      createIdleSlices(
        () => {
          calls++;
          throw new Error('bug');
        },
        { signal: controller.signal },
      ).wake();
      await new Promise((done) => setTimeout(done, 50));
    } finally {
      console.error = original;
    }
    expect(calls).toBe(1);
    expect(errors).toHaveLength(1);

    let ran = 0;
    const runner = createIdleSlices(() => ++ran < 1000, { signal: controller.signal });
    runner.wake();
    controller.abort();
    await new Promise((done) => setTimeout(done, 50));
    expect(ran).toBeLessThanOrEqual(1);
  });
});
