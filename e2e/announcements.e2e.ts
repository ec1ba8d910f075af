/**
 * What screen readers are told (issue 15): "Karabakh, mention 1 of 4" when the keyboard
 * steps to a mention, and a sentence when highlights are paused or switched back on. Read
 * from Chromium's accessibility tree, as a screen reader would (the live region is in a
 * closed shadow root the page cannot read). While nothing is being said, the page holds
 * none of our elements.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stepMention } from './fixtures/card-helpers';
import { launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { waitForHighlights } from '../testing/harness/highlights';
import { startServer, type TestServer } from '../testing/harness/server';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Announcements</title></head><body>
<p>Russian peacekeepers began leaving Nagorno-Karabakh in April 2024.</p>
<p>The trilateral statement of 10 November 2020 had brought them to Karabakh.</p>
</body></html>`;

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ '/': PAGE, '/favicon.ico': { body: '', type: 'image/x-icon' } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every name and text in the page's accessibility tree (closed shadow roots included). */
async function spoken(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: { value?: unknown } }> };
  return nodes.map((node) => String(node.name?.value ?? '')).filter(Boolean);
}

async function elementCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('*').length);
}

describe('announcements', () => {
  test('stepping to a mention and pausing are announced; no element stays on the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/'));
    await page.bringToFront();
    await waitForHighlights(page, 4);
    const before = await elementCount(page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Accessibility.enable');

    await stepMention(browser.worker, page, 1);
    await expect
      .poll(async () => (await spoken(cdp)).find((text) => /, mention \d of 4$/.test(text)), { timeout: 5000 })
      .toMatch(/^(Russian Military Contingent|Karabakh|Trilateral Statement), mention 1 of 4$/);
    await page.keyboard.press('Escape');

    await browser.worker.evaluate(() => chrome.storage.local.set({ pause: 'until-resumed' }));
    await expect.poll(async () => (await spoken(cdp)).join('|'), { timeout: 5000 }).toContain('highlights paused everywhere');
    await browser.worker.evaluate(() => chrome.storage.local.set({ pause: 'none' }));
    await expect.poll(async () => (await spoken(cdp)).join('|'), { timeout: 5000 }).toContain('highlights on for this site');

    // Once said, the live region leaves: the page is back to its own elements.
    await expect.poll(() => elementCount(page), { timeout: 15_000 }).toBe(before);
    await page.close();
  }, 60_000);
});
