import type { WxtBrowser } from 'wxt/browser';

// Functions passed to `worker.evaluate()` run inside the extension's service worker,
// where Chromium provides `chrome`; this declares it for the e2e code only.
declare global {
  const chrome: WxtBrowser;
}
