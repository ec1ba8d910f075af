/**
 * What survives a browser restart: a site switched off stays off, a session pause ends, a
 * pause until resumed stays. Each step launches its own browser on one profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { launchWithPopup, type PopupBrowser } from '../testing/harness/popup';
import { until } from '../testing/harness/until';
import { popupSession, siteSwitch } from './fixtures/popup-session';

const session = popupSession({ browser: false });

test('after a browser restart: a site switched off stays off, a session pause ends, a pause until resumed stays', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kc-restart-'));
  const restart = async (check: (b: PopupBrowser, tab: Page) => Promise<void>) => {
    const b = await launchWithPopup({ userDataDir: profile });
    try {
      const tab = await b.context.newPage();
      await tab.goto(session.server.url('/article'));
      await check(b, tab);
    } finally {
      await b.close();
    }
  };
  const other = () => `${session.server.originFor('localhost')}/article`;
  try {
    await restart(async (b, tab) => {
      await waitForHighlights(tab, 4);
      const popup = await b.openPopup(tab);
      await siteSwitch(popup).click();
      await until(
        () => readHighlights(tab),
        (h) => h.length === 0,
        'highlights off',
      );
      await popup.getByRole('button', { name: 'For this browser session' }).click();
      await expect.poll(() => popup.locator('.pause-state').textContent()).toMatch(/until the browser closes/);
    });
    await restart(async (b, tab) => {
      await tab.waitForTimeout(1000);
      expect(await readHighlights(tab)).toEqual([]);
      const popup = await b.openPopup(tab);
      await expect.poll(() => popup.locator('#site-reason').textContent()).toMatch(/^Off for 127\.0\.0\.1/);
      // The session pause ended with the browser: the other site highlights again.
      const otherTab = await b.context.newPage();
      await otherTab.goto(other());
      await waitForHighlights(otherTab, 4);
      await b.worker.evaluate(() => chrome.storage.local.set({ pause: 'until-resumed' }));
      await until(
        () => readHighlights(otherTab),
        (h) => h.length === 0,
        'paused',
      );
    });
    await restart(async (b, tab) => {
      const otherTab = await b.context.newPage();
      await otherTab.goto(other());
      await otherTab.waitForTimeout(1000);
      expect(await readHighlights(otherTab)).toEqual([]);
      expect(await b.worker.evaluate(async () => (await chrome.storage.local.get('pause')).pause)).toBe('until-resumed');
      await tab.close();
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}, 150_000);
