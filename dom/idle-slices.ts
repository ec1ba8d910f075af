/**
 * Runs work in short slices when the page is idle, so our code never makes a long task
 * (> 50 ms): `work(hasTime)` does units of work while `hasTime()` and returns true when
 * more remains. Idle callbacks wait at most `maxWaitMs` on a busy page; where there is
 * no requestIdleCallback (Safari-like engines), a zero timeout stands in.
 */
export interface IdleSlices {
  /** Asks for a slice soon (no-op if one is already pending). */
  wake(): void;
  stop(): void;
}

export interface IdleSliceOptions {
  /** Longest slice, in ms. */
  budgetMs?: number;
  maxWaitMs?: number;
  signal?: AbortSignal;
  window?: Pick<Window, 'setTimeout' | 'clearTimeout'> & Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;
  now?: () => number;
}

export function createIdleSlices(work: (hasTime: () => boolean) => boolean, options: IdleSliceOptions = {}): IdleSlices {
  const budgetMs = options.budgetMs ?? 6;
  const maxWaitMs = options.maxWaitMs ?? 250;
  const win = options.window ?? globalThis.window;
  const now = options.now ?? (() => performance.now());
  let cancel: (() => void) | undefined;
  let stopped = false;

  function run(deadline?: IdleDeadline): void {
    cancel = undefined;
    if (stopped || options.signal?.aborted) return;
    const end = now() + Math.min(budgetMs, deadline && !deadline.didTimeout ? Math.max(1, deadline.timeRemaining()) : budgetMs);
    let more = false;
    try {
      more = work(() => now() < end);
    } catch (error) {
      // A bug must not keep rescheduling a failing slice forever.
      console.error(error);
      more = false;
    }
    if (more) wake();
  }

  function wake(): void {
    if (cancel || stopped || options.signal?.aborted) return;
    if (win.requestIdleCallback && win.cancelIdleCallback) {
      const id = win.requestIdleCallback(run, { timeout: maxWaitMs });
      cancel = () => win.cancelIdleCallback!(id);
    } else {
      const id = win.setTimeout(() => run(), 0);
      cancel = () => win.clearTimeout(id);
    }
  }

  const stop = () => {
    stopped = true;
    cancel?.();
    cancel = undefined;
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  return { wake, stop };
}
