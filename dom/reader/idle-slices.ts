/**
 * Runs work in short slices when the page is idle, so our code never makes a long task
 * (> 50 ms): `work(hasTime)` does units of work while `hasTime()` and returns true when
 * more remains. Idle callbacks wait at most `maxWaitMs` on a busy page; where there is
 * no requestIdleCallback, a zero timeout stands in.
 *
 * Chromium runs one idle callback per idle period (up to 50 ms), so asking for a new
 * idle callback after each few-ms slice would leave most of the period unused: while the
 * period lasts, the next slice is queued as its own task instead (a MessageChannel
 * message, which pages cannot see and which has no timer clamping).
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
  // Where the current idle period ends (performance.now() time); 0 when not in one.
  let idleUntil = 0;
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
  let continuation: (() => void) | undefined;
  if (channel) channel.port1.onmessage = () => continuation?.();

  function run(deadline?: IdleDeadline): void {
    cancel = undefined;
    if (stopped || options.signal?.aborted) return;
    const start = now();
    if (deadline) idleUntil = deadline.didTimeout ? start + budgetMs : start + deadline.timeRemaining();
    const end = start + Math.max(1, Math.min(budgetMs, idleUntil - start));
    let more = false;
    try {
      more = work(() => now() < end);
    } catch (error) {
      // A bug must not keep rescheduling a failing slice forever.
      console.error(error);
      more = false;
    }
    if (more) schedule();
  }

  function schedule(): void {
    if (cancel || stopped || options.signal?.aborted) return;
    if (channel && idleUntil - now() > budgetMs) {
      let live = true;
      continuation = () => live && run();
      channel.port2.postMessage(null);
      cancel = () => {
        live = false;
      };
    } else if (win.requestIdleCallback && win.cancelIdleCallback) {
      const id = win.requestIdleCallback(run, { timeout: maxWaitMs });
      cancel = () => win.cancelIdleCallback!(id);
    } else {
      idleUntil = now() + budgetMs;
      const id = win.setTimeout(() => run(), 0);
      cancel = () => win.clearTimeout(id);
    }
  }

  const stop = () => {
    stopped = true;
    cancel?.();
    cancel = undefined;
    channel?.port1.close();
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  return { wake: schedule, stop };
}
