/**
 * The toolbar badge: the number of mentions highlighted in each tab.
 * Chrome MV3 calls the toolbar button `action`, Firefox MV2 `browserAction`.
 */
import { browser } from 'wxt/browser';
import { badgeText, FrameCounts } from '@/core/frame-counts';

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

function badgeApi(): BadgeApi | undefined {
  return (browser.action ?? (browser as unknown as { browserAction?: BadgeApi }).browserAction) as BadgeApi | undefined;
}

/** Dark enough for white badge text to pass contrast in light and dark toolbars. */
const BADGE_COLOUR = '#8a3b12';

export function createBadge() {
  const counts = new FrameCounts();
  const show = (tabId: number) => {
    const api = badgeApi();
    // The tab may have closed in the meantime: nothing to update then.
    void api?.setBadgeText({ tabId, text: badgeText(counts.total(tabId)) })?.catch(() => undefined);
  };
  return {
    init() {
      void badgeApi()?.setBadgeBackgroundColor({ color: BADGE_COLOUR })?.catch(() => undefined);
    },
    report(tabId: number, frameId: number, total: number) {
      counts.report(tabId, frameId, total);
      show(tabId);
    },
    clearTab(tabId: number) {
      counts.clearTab(tabId);
      show(tabId);
    },
    forgetTab(tabId: number) {
      counts.clearTab(tabId);
    },
  };
}
