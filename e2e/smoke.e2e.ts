import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { startServer, type TestServer } from '../testing/harness/server';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ '/': '<!doctype html><title>t</title><p>Hello</p>' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the built extension loads in Chromium with a service worker', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Karabakh Context');
});
