/**
 * The toolbar badge: the number of mentions highlighted in each tab.
 * Chrome MV3 calls the toolbar button `action`, Firefox MV2 `browserAction`.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { badgeText, FrameCounts } from '@/core/frame-counts';
import { badgeTitle, translate } from './i18n';

/**
 * The counts outlive the service worker (stopped after 30 s idle) in `session:` storage:
 * otherwise the first report after a restart, say from a late iframe, would replace the
 * tab's whole count with that frame's alone.
 */
const savedCounts = storage.defineItem<unknown>('session:badge-counts', { fallback: null });

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

function badgeApi(): BadgeApi | undefined {
  return (browser.action ?? (browser as unknown as { browserAction?: BadgeApi }).browserAction) as BadgeApi | undefined;
}

/** Dark enough for white badge text to pass contrast in light and dark toolbars. */
const BADGE_COLOUR = '#8a3b12';

export function createBadge() {
  let counts = new FrameCounts();
  // Every change waits for the saved counts, so changes apply in arrival order on top of them.
  let ready: Promise<void> = savedCounts
    .getValue()
    .then((value) => {
      counts = FrameCounts.fromJSON(value);
    })
    .catch(() => undefined);

  const show = (tabId: number) => {
    const api = badgeApi();
    const total = counts.total(tabId);
    // The tab may have closed in the meantime: nothing to update then.
    void api?.setBadgeText({ tabId, text: badgeText(total) })?.catch(() => undefined);
    // The button's tooltip says in words what the badge's number means.
    const title = total > 0 ? badgeTitle(total) : translate('manifest.name');
    void api?.setTitle?.({ tabId, title })?.catch(() => undefined);
  };
  const change = (apply: () => void): Promise<void> => {
    ready = ready.then(async () => {
      apply();
      await savedCounts.setValue(counts.toJSON()).catch(() => undefined);
    });
    return ready;
  };

  return {
    init() {
      void badgeApi()
        ?.setBadgeBackgroundColor({ color: BADGE_COLOUR })
        ?.catch(() => undefined);
    },
    report(tabId: number, frameId: number, total: number): Promise<void> {
      return change(() => {
        counts.report(tabId, frameId, total);
        show(tabId);
      });
    },
    clearTab(tabId: number): Promise<void> {
      return change(() => {
        counts.clearTab(tabId);
        show(tabId);
      });
    },
    forgetTab(tabId: number): Promise<void> {
      return change(() => counts.clearTab(tabId));
    },
  };
}
