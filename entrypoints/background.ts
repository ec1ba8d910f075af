import { browser } from 'wxt/browser';
import { createBadge } from '@/utils/badge';
import { runCommand } from '@/utils/commands';
import { isBackgroundRequest } from '@/core/messages';
import { requestPageReport } from '@/utils/page-report';
import { endStaleSessionPause } from '@/utils/session-pause';

export default defineBackground(() => {
  const badge = createBadge();
  badge.init();

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundRequest(message) || tabId === undefined) return;
    badge.report(tabId, sender.frameId ?? 0, message.total);
  });

  // The tab is loading (no URL without the tabs permission). A new page makes the old counts
  // stale; a same-page jump (#section) also reports "loading" yet keeps its content script,
  // which still answers: then the counts stand.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void requestPageReport(tabId).then((report) => {
      if (!report) badge.clearTab(tabId);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => badge.forgetTab(tabId));

  browser.commands.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id);
  });

  // "Paused for this browser session" ends when the browser starts again. The listener also
  // makes the browser wake this worker at start-up, before any page asks for anything.
  void endStaleSessionPause();
  browser.runtime.onStartup.addListener(() => void endStaleSessionPause());
});
