/**
 * The popup as people see it: screenshots in light and dark (docs/screenshots), axe, the
 * keyboard alone, and the keyboard commands the browser registered and the popup lists.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { screenshotDir } from '../testing/harness/paths';
import { runAxe } from '../testing/harness/popup';
import { until } from '../testing/harness/until';
import { popupSession, siteSwitch } from './fixtures/popup-session';

const session = popupSession();

describe('the popup, as people see it', () => {
  /**
   * `full` opens every <details> and captures the whole page; otherwise the shot is what the
   * popup shows before scrolling (Chromium caps a popup at 600 px high).
   */
  async function shoot(popup: Page, name: string, options: { full?: boolean } = {}) {
    if (options.full) {
      await popup.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
    }
    await popup.screenshot({ path: join(screenshotDir, name), fullPage: options.full ?? false });
  }

  test('light and dark, with mentions, with none, on an unscannable page', async () => {
    const { tab } = await session.openTab(session.server.url('/article'));
    await session.settledHighlights(tab, 4);
    let popup = await session.browser.openPopup(tab);
    await popup.locator('.snippet').first().waitFor();
    await shoot(popup, 'popup-light.png');
    await shoot(popup, 'popup-light-full.png', { full: true });
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(popup)).toEqual([]);
    await shoot(popup, 'popup-dark.png');
    await popup.close();

    const plain = await session.openTab(session.server.url('/plain'));
    popup = await session.browser.openPopup(plain.tab);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^No mentions/);
    await shoot(popup, 'popup-no-mentions.png');
    await popup.close();

    const browserPage = await session.browser.context.newPage();
    await browserPage.goto('chrome://version');
    popup = await session.browser.openPopup(browserPage);
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 5000 }).toBe('Extensions cannot read this page.');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, 'popup-unscannable-dark.png');
    await popup.close();
    await Promise.all([tab.close(), plain.tab.close(), browserPage.close()]);
  });

  test('keyboard only: Tab reaches the switch, Space flips it, focus is visible', async () => {
    const { tab } = await session.openTab(session.server.url('/article'));
    await session.settledHighlights(tab, 4);
    const popup = await session.browser.openPopup(tab);
    await siteSwitch(popup).waitFor({ state: 'attached' });
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate(() => document.activeElement?.getAttribute('role') === 'switch');
    }
    expect(reached).toBe(true);
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle);
    expect(outline).toBe('solid');
    await popup.keyboard.press('Space');
    await until(
      () => readHighlights(tab),
      (h) => h.length === 0,
      'highlights off by keyboard',
    );
    await popup.keyboard.press('Space');
    await waitForHighlights(tab, 4);
    await popup.close();
    await tab.close();
  });
});

/**
 * Headless Chromium does not route synthetic key presses to extension shortcuts, so the
 * keys themselves cannot be pressed here; this checks that the browser registered every
 * command with its default keys and that the popup shows exactly what the browser assigned.
 */
test('keyboard commands are registered with their keys and shown in the popup', async () => {
  const assigned = await session.browser.worker.evaluate(async () =>
    (await chrome.commands.getAll()).map((c) => ({ name: c.name, shortcut: c.shortcut })),
  );
  expect(assigned).toEqual(
    expect.arrayContaining([
      { name: 'toggle-site', shortcut: 'Alt+Shift+K' },
      { name: 'next-mention', shortcut: 'Alt+Shift+L' },
      { name: 'previous-mention', shortcut: 'Alt+Shift+J' },
    ]),
  );
  const { tab } = await session.openTab(session.server.url('/plain'));
  const popup = await session.browser.openPopup(tab);
  await expect.poll(() => popup.locator('.shortcut kbd').allTextContents()).toEqual(['Alt+Shift+K', 'Alt+Shift+L', 'Alt+Shift+J']);
  await popup.close();
  await tab.close();
});
