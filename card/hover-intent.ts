/**
 * Hover intent, after Wikipedia's page previews and GitHub's hovercards: open only when
 * the pointer rests on a mention for a moment (no flicker as it passes over), keep the
 * card through a short grace period so the pointer can travel into it, keep it while
 * the pointer is on the card, and leave a pinned card alone.
 *
 * It knows nothing of the DOM: the caller reports what is under the pointer and gets
 * `open`/`close` calls back.
 */

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(handle: number): void;
}

export interface HoverIntentOptions<T> {
  open(target: T): void;
  close(): void;
  /** Rest time before a card opens. */
  openDelay?: number;
  /** Rest time before an open card moves to another mention: shorter, the reader is already reading. */
  switchDelay?: number;
  /** Grace period after the pointer leaves the mention and the card. */
  closeDelay?: number;
  timers?: Timers;
}

export interface HoverIntent<T> {
  /** The pointer is over this mention, or over nothing of ours. */
  pointerOverMention(target: T | undefined): void;
  /** The pointer is over the card itself. */
  pointerOverCard(): void;
  /** The card was opened some other way (keyboard, tap, popup): no timers run for it. */
  shown(target: T): void;
  /** The card was closed some other way. */
  hidden(): void;
  setPinned(pinned: boolean): void;
  /** Cancels whatever is pending. */
  stop(): void;
}

export const HOVER_DELAYS = { openDelay: 300, switchDelay: 150, closeDelay: 350 } as const;

const defaultTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms) as unknown as number,
  clear: (handle) => clearTimeout(handle),
};

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { openDelay, switchDelay, closeDelay } = { ...HOVER_DELAYS, ...options };
  const timers = options.timers ?? defaultTimers;

  let current: T | undefined;
  let pinned = false;
  let pending: { target: T; handle: number } | undefined;
  let closing: number | undefined;

  const cancelOpen = () => {
    if (pending) timers.clear(pending.handle);
    pending = undefined;
  };
  const cancelClose = () => {
    if (closing !== undefined) timers.clear(closing);
    closing = undefined;
  };

  const scheduleOpen = (target: T) => {
    if (pending?.target === target) return; // keep the clock running while the pointer rests
    cancelOpen();
    const handle = timers.set(
      () => {
        pending = undefined;
        cancelClose();
        current = target;
        options.open(target);
      },
      current === undefined ? openDelay : switchDelay,
    );
    pending = { target, handle };
  };

  const scheduleClose = () => {
    if (current === undefined || pinned || closing !== undefined) return;
    closing = timers.set(() => {
      closing = undefined;
      current = undefined;
      options.close();
    }, closeDelay);
  };

  return {
    pointerOverMention(target) {
      if (target === undefined) {
        cancelOpen();
        scheduleClose();
      } else if (target === current) {
        cancelOpen();
        cancelClose();
      } else if (!pinned) {
        scheduleOpen(target);
        // Until the other card opens, this one counts as left.
        scheduleClose();
      }
    },
    pointerOverCard() {
      cancelOpen();
      cancelClose();
    },
    shown(target) {
      cancelOpen();
      cancelClose();
      current = target;
    },
    hidden() {
      cancelOpen();
      cancelClose();
      current = undefined;
      pinned = false;
    },
    setPinned(value) {
      pinned = value;
      if (pinned) cancelClose();
    },
    stop() {
      cancelOpen();
      cancelClose();
    },
  };
}
