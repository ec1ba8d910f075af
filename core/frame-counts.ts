/**
 * Mention counts per tab, summed over its frames. Each frame's content script reports
 * its own total; the badge shows the sum. Pure bookkeeping, so it is tested without a browser.
 */
export class FrameCounts {
  private readonly tabs = new Map<number, Map<number, number>>();

  /** Records one frame's total and returns the tab's new sum. */
  report(tabId: number, frameId: number, total: number): number {
    let frames = this.tabs.get(tabId);
    if (!frames) {
      frames = new Map();
      this.tabs.set(tabId, frames);
    }
    // A frame with nothing to show is forgotten, so closed iframes do not linger.
    if (total > 0) frames.set(frameId, total);
    else frames.delete(frameId);
    if (frames.size === 0) this.tabs.delete(tabId);
    return this.total(tabId);
  }

  total(tabId: number): number {
    let sum = 0;
    for (const count of this.tabs.get(tabId)?.values() ?? []) sum += count;
    return sum;
  }

  /** The top frame navigated or the tab closed: every frame's count is stale. */
  clearTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** A plain value for storage: [tabId, [frameId, total][]][]. */
  toJSON(): [number, [number, number][]][] {
    return [...this.tabs].map(([tabId, frames]) => [tabId, [...frames]]);
  }

  /** Rebuilds from `toJSON()` output; anything malformed is skipped, never thrown. */
  static fromJSON(value: unknown): FrameCounts {
    const counts = new FrameCounts();
    if (!Array.isArray(value)) return counts;
    for (const tab of value) {
      if (!Array.isArray(tab) || !Number.isInteger(tab[0]) || !Array.isArray(tab[1])) continue;
      for (const frame of tab[1] as unknown[]) {
        if (!Array.isArray(frame) || !Number.isInteger(frame[0]) || !Number.isInteger(frame[1])) continue;
        counts.report(tab[0] as number, frame[0] as number, frame[1] as number);
      }
    }
    return counts;
  }
}

/** Badge text for a count: nothing for 0, and a short form that fits the badge. */
export function badgeText(total: number): string {
  if (!Number.isFinite(total) || total <= 0) return '';
  return total > 999 ? '999+' : String(Math.floor(total));
}
