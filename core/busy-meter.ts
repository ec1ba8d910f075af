/**
 * Tells a page that keeps changing (a ticking clock, a live ticker, a script animating
 * styles) from one that changes now and then. Time is cut into 100 ms windows; the page is
 * busy once it changed in six windows in a row, allowing one quiet window between two (a
 * change every 200 ms still counts), and calm again after 2 s without a change. The gap
 * between the two keeps it from flapping. Pure: the caller says when the page changed and
 * what time it is (ms).
 */
export const BUSY_WINDOW_MS = 100;
export const BUSY_AFTER_WINDOWS = 6;
export const CALM_AFTER_MS = 2000;

export interface BusyMeter {
  /** The page changed at `now`; returns whether it is busy. */
  changed(now: number): boolean;
  /** Returns whether it is still busy at `now`. */
  check(now: number): boolean;
}

export function createBusyMeter(): BusyMeter {
  let lastWindow = -1e9;
  let lastChange = -1e9;
  let run = 0;
  let busy = false;
  return {
    changed(now) {
      const window = Math.floor(now / BUSY_WINDOW_MS);
      if (window !== lastWindow) run = window - lastWindow <= 2 ? run + 1 : 1;
      lastWindow = window;
      lastChange = now;
      busy ||= run >= BUSY_AFTER_WINDOWS;
      return busy;
    },
    check(now) {
      if (now - lastChange >= CALM_AFTER_MS) busy = false;
      return busy;
    },
  };
}
