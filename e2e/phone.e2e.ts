/**
 * Phone size (Firefox for Android's case, measured in Chromium at 360×740 with touch):
 * the popup and the options page fit the width with nothing to scroll sideways, and a
 * card opens by a tap, stays on screen and has finger-sized buttons.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors } from '../testing/harness/chromium';
import { launchWithPopup, type PopupBrowser } from '../testing/harness/popup';
import { screenshotDir } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';
import { cardBox, drawnMention } from './fixtures/card-helpers';
import { lightPage } from './fixtures/card-pages';

const PHONE = { width: 360, height: 740 };

let browser: PopupBrowser;
let server: TestServer;

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  server = await startServer({ '/article': lightPage });
  browser = await launchWithPopup({ viewport: PHONE, touch: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Playwright's touch emulation reaches web pages but not extension pages opened in a tab,
 * which still report a fine pointer: emulate a phone's pointer and hover there over CDP.
 */
async function openAsPhone(path: string): Promise<Page> {
  const page = await browser.openExtensionPage(path);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'pointer', value: 'coarse' },
      { name: 'hover', value: 'none' },
    ],
  });
  return page;
}

/** How far the page reaches past the viewport's right edge (0: nothing to scroll sideways). */
async function sidewaysOverflow(page: Page): Promise<{ scroll: number; widest: string }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let widest = '';
    let right = width;
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > right + 0.5) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}.${element.className} (${Math.round(box.right)} px)`;
      }
    }
    return { scroll: document.documentElement.scrollWidth - width, widest };
  });
}

describe('at 360×740 with touch', () => {
  test('the popup over a page with mentions fits in 360 px', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/article'));
    await drawnMention(tab, 'Karabakh');
    // The real popup (reached over CDP, so the phone emulation does not apply to it) is
    // 360 px wide by its own CSS: everything, the site switch included, must fit in that.
    const popup = await browser.openPopup(tab);
    const errors = collectErrors(popup);
    await popup.locator('.count').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await sidewaysOverflow(popup)).toEqual({ scroll: 0, widest: '' });
    expect(errors).toEqual([]);
    await popup.close();
    await tab.close();
  });

  test('the popup page opened full-screen, as Firefox for Android shows it, fills the width without overflow', async () => {
    const popup = await openAsPhone('popup.html');
    const errors = collectErrors(popup);
    await popup.locator('.status').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.clientWidth)).toBe(PHONE.width);
    expect(await sidewaysOverflow(popup)).toEqual({ scroll: 0, widest: '' });
    await popup.locator('details').evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    expect(await sidewaysOverflow(popup)).toEqual({ scroll: 0, widest: '' });
    await popup.screenshot({ path: join(screenshotDir, 'phone-popup.png') });
    expect(errors).toEqual([]);
    await popup.close();
  });

  test('the options page fits the width, even with a long site name in the list', async () => {
    const options = await openAsPhone('options.html');
    const errors = collectErrors(options);
    const entry = options.locator('#site-entry');
    await entry.fill('a-rather-long-subdomain-for-a-phone.regional-news-of-the-south-caucasus.example.com');
    await options.locator('form.add-site button[type="submit"]').click();
    await options.locator('.site-list li').first().waitFor();
    expect(await sidewaysOverflow(options)).toEqual({ scroll: 0, widest: '' });
    // Finger-sized buttons where the pointer is coarse.
    const remove = await options.locator('.site-list button').first().boundingBox();
    expect(remove?.height).toBeGreaterThanOrEqual(40);
    // …and their words on one line, the long site name wrapping beside them.
    expect(remove?.height).toBeLessThan(56);
    await options.screenshot({ path: join(screenshotDir, 'phone-options.png'), fullPage: true });
    expect(errors).toEqual([]);
    await options.close();
  });

  test('a tap opens the card inside the screen, with finger-sized buttons; its close button shuts it', async () => {
    const tab = await browser.context.newPage();
    const errors = collectErrors(tab);
    await tab.goto(server.url('/article'));
    const mention = await drawnMention(tab, 'Karabakh');
    await tab.touchscreen.tap((mention.left + mention.right) / 2, (mention.top + mention.bottom) / 2);
    await expect.poll(() => cardBox(tab), { timeout: 10_000 }).not.toBeNull();
    const box = (await cardBox(tab))!;
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(PHONE.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
    const close = tab.getByRole('dialog').getByRole('button', { name: /^Close/ });
    const closeBox = await close.boundingBox();
    expect(closeBox?.width).toBeGreaterThanOrEqual(40);
    expect(closeBox?.height).toBeGreaterThanOrEqual(40);
    await tab.screenshot({ path: join(screenshotDir, 'phone-card.png') });
    await close.tap();
    await expect.poll(() => cardBox(tab)).toBeNull();
    expect(errors).toEqual([]);
    await tab.close();
  });
});
