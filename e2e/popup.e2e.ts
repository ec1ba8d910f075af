/**
 * The popup at work in Chromium: its counts match the page's highlights, the site switch and
 * the pause take effect without a reload and are remembered, bad stored values are repaired,
 * its actions reach the page, the badge counts per tab, and it explains empty and
 * unreadable pages. How it looks is in popup-looks.e2e.ts; a browser restart in
 * popup-restart.e2e.ts.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectErrors } from '../testing/harness/chromium';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { screenshotDir } from '../testing/harness/paths';
import { runAxe } from '../testing/harness/popup';
import { until } from '../testing/harness/until';
import { badgeOf, popupSession, popupTotal, siteSwitch, tabIdOf } from './fixtures/popup-session';

const session = popupSession();

describe('the popup over a page with mentions', () => {
  test('counts equal the highlights; the site switch clears and restores them without a reload and is remembered', async () => {
    const sameSite = await session.openTab(session.server.url('/article'));
    const { tab, errors } = await session.openTab(session.server.url('/article'));
    const drawn = await session.settledHighlights(tab, 4);
    await session.settledHighlights(sameSite.tab, drawn);
    await until(
      () => badgeOf(session.browser.worker, tab),
      (text) => text === String(drawn),
      'the badge',
    );

    let popup = await session.browser.openPopup(tab);
    const popupErrors = collectErrors(popup);
    await popup.locator('.count').first().waitFor();
    expect(await popupTotal(popup)).toBe(drawn);
    await expect.poll(() => popup.locator('.snippet').count()).toBeGreaterThan(0);
    const toggle = siteSwitch(popup);
    expect(await toggle.isChecked()).toBe(true);
    expect(await popup.locator('#site-reason').textContent()).toMatch(/^On/);
    expect(await runAxe(popup)).toEqual([]);

    // Off: highlights vanish from the open page, no reload.
    await toggle.click();
    await until(
      () => readHighlights(tab),
      (h) => h.length === 0,
      'highlights to vanish',
    );
    await until(
      () => readHighlights(sameSite.tab),
      (h) => h.length === 0,
      'the other tab of the site to follow',
    );
    await expect.poll(() => popup.locator('#site-reason').textContent()).toMatch(/^Off for 127\.0\.0\.1/);
    expect(await toggle.isChecked()).toBe(false);
    await until(
      () => badgeOf(session.browser.worker, tab),
      (text) => text === '',
      'the badge to clear',
    );
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Not highlighting on this page/);
    await popup.screenshot({ path: join(screenshotDir, 'popup-site-off.png') });
    await popup.close();

    // Reload: still off.
    await tab.reload();
    await tab.waitForTimeout(800);
    expect(await readHighlights(tab)).toEqual([]);

    // The same server under another name is another site: still on.
    const other = await session.openTab(`${session.server.originFor('localhost')}/article`);
    expect(await session.settledHighlights(other.tab, drawn)).toBe(drawn);
    await other.tab.close();

    // On again from the popup: highlights come back, no reload.
    popup = await session.browser.openPopup(tab);
    await siteSwitch(popup).click();
    expect(await session.settledHighlights(tab, drawn)).toBe(drawn);
    expect(await session.settledHighlights(sameSite.tab, drawn)).toBe(drawn);
    await until(
      () => badgeOf(session.browser.worker, tab),
      (text) => text === String(drawn),
      'the badge to return',
    );
    await expect.poll(() => popupTotal(popup)).toBe(drawn);
    await popup.close();
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    expect(sameSite.errors).toEqual([]);
    await Promise.all([tab.close(), sameSite.tab.close()]);
  });

  test('the global pause stops every tab, says which pause it is, and resumes', async () => {
    const first = await session.openTab(session.server.url('/article'));
    const second = await session.openTab(`${session.server.originFor('localhost')}/article`);
    await waitForHighlights(first.tab, 4);
    await waitForHighlights(second.tab, 4);

    const popup = await session.browser.openPopup(first.tab);
    await popup.getByRole('button', { name: 'For this browser session' }).click();
    await until(
      () => readHighlights(first.tab),
      (h) => h.length === 0,
      'first tab paused',
    );
    await until(
      () => readHighlights(second.tab),
      (h) => h.length === 0,
      'second tab paused',
    );
    await expect.poll(() => popup.locator('#site-reason').textContent()).toBe('Paused everywhere until the browser closes.');
    expect(await siteSwitch(popup).isChecked()).toBe(true); // the site itself is still on
    expect(await runAxe(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Resume highlighting' }).click();
    await waitForHighlights(first.tab, 4);
    await waitForHighlights(second.tab, 4);

    await popup.getByRole('button', { name: 'Until I turn it back on' }).click();
    await until(
      () => readHighlights(second.tab),
      (h) => h.length === 0,
      'paused until resumed',
    );
    await expect.poll(() => popup.locator('#site-reason').textContent()).toBe('Paused everywhere until you turn it back on.');
    await popup.getByRole('button', { name: 'Resume highlighting' }).click();
    await waitForHighlights(second.tab, 4);
    await popup.close();
    await first.tab.close();
    await second.tab.close();
  });

  test('a corrupted stored value is repaired and never breaks a page or the popup', async () => {
    await session.browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { mode: 42, offSites: 'nope', entities: null, style: ['x'] }, pause: { bad: 1 } }),
    );
    const { tab, errors } = await session.openTab(session.server.url('/article'));
    await waitForHighlights(tab, 4);
    const popup = await session.browser.openPopup(tab);
    const popupErrors = collectErrors(popup);
    await expect.poll(async () => siteSwitch(popup).count()).toBe(1);
    expect(await siteSwitch(popup).isChecked()).toBe(true);
    const stored = await until(
      () => session.browser.worker.evaluate(() => chrome.storage.local.get('settings')),
      (value) => typeof (value.settings as { mode?: unknown })?.mode === 'string',
      'the repair',
    );
    expect(stored.settings).toEqual({
      mode: 'everywhere',
      offSites: [],
      onSites: [],
      entities: { karabakh: true, rmc: true, 'trilateral-statement': true },
      style: 'background',
    });
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    await popup.close();
    await tab.close();
  });
});

describe('popup actions', () => {
  test('a snippet asks the page to reveal its mention and closes the popup; the options link opens the options page', async () => {
    const { tab } = await session.openTab(session.server.url('/article'));
    await session.settledHighlights(tab, 4);
    let popup = await session.browser.openPopup(tab);
    const snippet = popup.locator('.snippet').first();
    await snippet.waitFor();
    await Promise.all([popup.waitForEvent('close'), snippet.click()]);

    popup = await session.browser.openPopup(tab);
    const [options] = await Promise.all([
      session.browser.context.waitForEvent('page', (page) => page.url().endsWith('/options.html')),
      popup.getByRole('button', { name: /^Options/ }).click(),
    ]);
    await options.getByRole('heading', { name: 'Karabakh Context options' }).waitFor();
    await options.close();
    await tab.close();
  });
});

describe('the badge', () => {
  test('each tab shows its own count; a jump within the page keeps it; a new page replaces it', async () => {
    const article = await session.openTab(session.server.url('/article'));
    const plain = await session.openTab(session.server.url('/plain'));
    const drawn = await session.settledHighlights(article.tab, 4);
    await until(
      () => badgeOf(session.browser.worker, article.tab),
      (text) => text === String(drawn),
      'the article badge',
    );
    await plain.tab.waitForTimeout(800);
    expect(await badgeOf(session.browser.worker, plain.tab)).toBe('');

    await article.tab.evaluate(() => (location.hash = '#later'));
    await article.tab.waitForTimeout(1000);
    expect(await badgeOf(session.browser.worker, article.tab)).toBe(String(drawn));

    const articleId = await tabIdOf(session.browser.worker, article.tab);
    await article.tab.goto(session.server.url('/plain'));
    await until(
      () => session.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), articleId),
      (text) => text === '',
      'the badge to clear on a new page',
    );
    await Promise.all([article.tab.close(), plain.tab.close()]);
  });
});

describe('the popup where nothing is found or nothing can be read', () => {
  test('a page with no mentions says so', async () => {
    const { tab } = await session.openTab(session.server.url('/plain'));
    const popup = await session.browser.openPopup(tab);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^No mentions/);
    expect(await siteSwitch(popup).isChecked()).toBe(true);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  test('a browser page cannot be scanned, and the popup explains why', async () => {
    const tab = await session.browser.context.newPage();
    await tab.goto('chrome://version');
    const popup = await session.browser.openPopup(tab);
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 5000 }).toBe('Extensions cannot read this page.');
    expect(await siteSwitch(popup).count()).toBe(0);
    // The pause still works from here.
    expect(await popup.getByRole('button', { name: 'Until I turn it back on' }).count()).toBe(1);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });
});
