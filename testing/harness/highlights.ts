import type { Page, Worker } from 'playwright-core';
import { evaluateIn, type AnyPage } from './any-page';

export interface DrawnHighlight {
  name: string;
  text: string;
}

/**
 * Reads what is registered in `CSS.highlights`, from the page's own side, the way any
 * page script could, in Chromium or Firefox. Highlight names are not fixed, so every
 * registered highlight counts.
 */
export async function readHighlights(page: AnyPage): Promise<DrawnHighlight[]> {
  return evaluateIn(
    page,
    () => {
      const out: { name: string; text: string }[] = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
      if (!registry) return out;
      for (const [name, highlight] of registry) {
        for (const range of highlight) {
          const live = document.createRange();
          try {
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
            out.push({ name, text: live.toString() });
          } catch {
            out.push({ name, text: '' });
          }
        }
      }
      return out;
    },
    undefined,
  );
}

/** Waits until the page shows at least `count` highlights (or throws with what it saw). */
export async function waitForHighlights(page: Page, count = 1, timeout = 15_000): Promise<DrawnHighlight[]> {
  const deadline = Date.now() + timeout;
  let seen: DrawnHighlight[] = [];
  while (Date.now() < deadline) {
    seen = await readHighlights(page);
    if (seen.length >= count) return seen;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected ≥ ${count} highlights, saw ${seen.length}: ${JSON.stringify(seen.slice(0, 5))}`);
}

/**
 * The content script's page-wide mention total for this tab (what the badge and the popup
 * show), and whether its read is complete. CSS.highlights holds only what is near the
 * screen; this is what the whole page holds.
 */
export async function pageWideMentions(worker: Worker, page: Page): Promise<{ total: number; complete: boolean }> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const report = (await chrome.tabs.sendMessage(tab!.id!, { type: 'get-page-report' }, { frameId: 0 }).catch(() => undefined)) as
      | { complete: boolean; counts: Record<string, number> }
      | undefined;
    return { total: Object.values(report?.counts ?? {}).reduce((a, b) => a + b, 0), complete: report?.complete === true };
  });
}
