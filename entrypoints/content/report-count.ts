import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { PlacedMentionIndex } from '@/dom/chunk-registry';
import type { BackgroundRequest } from '@/core/messages';

const MIN_INTERVAL_MS = 500;

/**
 * Tells the background this frame's mention total for the badge: when it changes, at
 * most twice a second (a feed adding items would otherwise send a message per batch).
 */
export function reportMentionCount(ctx: ContentScriptContext, index: PlacedMentionIndex): void {
  let sent: number | undefined;
  let lastSentAt = -Infinity;
  let timer: number | undefined;

  const send = () => {
    timer = undefined;
    const total = Object.values(index.counts()).reduce((sum, count) => sum + count, 0);
    if (total === sent || ctx.isInvalid) return;
    sent = total;
    lastSentAt = performance.now();
    const message: BackgroundRequest = { type: 'mention-count', total };
    try {
      // No background listening (it is starting up) is not an error worth reporting.
      browser.runtime.sendMessage(message).catch(() => {});
    } catch {
      // The extension was reloaded: this script is on its way out.
    }
  };

  const schedule = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastSentAt + MIN_INTERVAL_MS - performance.now());
    timer = ctx.setTimeout(send, wait);
  };

  const unsubscribe = index.onChange(schedule);
  ctx.onInvalidated(unsubscribe);
}
