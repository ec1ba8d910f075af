import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { collectErrors } from '../testing/harness/chromium';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { screenshotDir } from '../testing/harness/paths';
import { launchWithPopup, runAxe, type PopupBrowser } from '../testing/harness/popup';
import { startServer, type TestServer } from '../testing/harness/server';
import { until } from '../testing/harness/until';

const ARTICLE = [
  'Russian peacekeepers began leaving Nagorno-Karabakh in April 2024, earlier than planned.',
  'The Russian Military Contingent had been deployed under the trilateral statement of 10 November 2020.',
  'Azerbaijan restored full control over Karabakh in September 2023.',
  'Many in Armenia saw the RMC as a guarantor; Baku saw the peacekeepers differently.',
];

function html(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style></head>
<body>${body}</body></html>`;
}

const routes = {
  '/favicon.ico': { body: '', type: 'image/x-icon' },
  '/article': html(`<h1>Peacekeepers leave Karabakh</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}`),
  '/plain': html('<h1>Weather</h1><p>Sunny spells and a light breeze over the hills.</p>'),
};

let browser: PopupBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(routes);
  browser = await launchWithPopup();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTab(url: string): Promise<{ tab: Page; errors: string[] }> {
  const tab = await browser.context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(url);
  return { tab, errors };
}

/** The per-entity counts the popup shows, summed. */
async function popupTotal(popup: Page): Promise<number> {
  const counts = await popup.locator('.count').allTextContents();
  return counts.reduce((sum, text) => sum + Number(text), 0);
}

async function badgeOf(worker: Worker, tab: Page): Promise<string> {
  const tabId = await tabIdOf(worker, tab);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * The worker has no `tabs` permission, so tab URLs are hidden from it; it asks each tab's
 * content script for its report, which carries the URL.
 */
async function tabIdOf(worker: Worker, tab: Page): Promise<number> {
  const url = tab.url();
  const id = await worker.evaluate(async (wanted) => {
    for (const t of await chrome.tabs.query({})) {
      if (t.id === undefined) continue;
      const report = (await chrome.tabs.sendMessage(t.id, { type: 'get-page-report' }, { frameId: 0 }).catch(() => undefined)) as
        | { url?: string }
        | undefined;
      if (report?.url === wanted) return t.id;
    }
    return -1;
  }, url);
  if (id === -1) throw new Error(`no tab id for ${url}`);
  return id;
}

/**
 * Waits for the page's highlights to appear, for the content script to say its read is
 * complete (what the background read finds is drawn in batches, so a pause in the count
 * does not mean it is final), and for the count to stop changing; returns the count.
 */
async function settledHighlights(tab: Page, atLeast = 1): Promise<number> {
  await waitForHighlights(tab, atLeast);
  const tabId = await tabIdOf(browser.worker, tab);
  const readComplete = () =>
    browser.worker.evaluate(
      (id) =>
        chrome.tabs
          .sendMessage(id, { type: 'get-page-report' }, { frameId: 0 })
          .then((report: { complete?: boolean }) => report?.complete === true, () => false),
      tabId,
    );
  await until(readComplete, (done) => done, 'the content script to finish reading the page');
  let count = (await readHighlights(tab)).length;
  for (let stable = 0; stable < 5; ) {
    await tab.waitForTimeout(100);
    const now = (await readHighlights(tab)).length;
    stable = now === count ? stable + 1 : 0;
    count = now;
  }
  return count;
}

const siteSwitch = (popup: Page) => popup.getByRole('switch', { name: /^Highlight on/ });

describe('the popup over a page with mentions', () => {
  test('counts equal the highlights; the site switch clears and restores them without a reload and is remembered', async () => {
    const sameSite = await openTab(server.url('/article'));
    const { tab, errors } = await openTab(server.url('/article'));
    const drawn = await settledHighlights(tab, 4);
    await settledHighlights(sameSite.tab, drawn);
    await until(() => badgeOf(browser.worker, tab), (text) => text === String(drawn), 'the badge');

    let popup = await browser.openPopup(tab);
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
    await until(() => readHighlights(tab), (h) => h.length === 0, 'highlights to vanish');
    await until(() => readHighlights(sameSite.tab), (h) => h.length === 0, 'the other tab of the site to follow');
    await expect.poll(() => popup.locator('#site-reason').textContent()).toMatch(/^Off for 127\.0\.0\.1/);
    expect(await toggle.isChecked()).toBe(false);
    await until(() => badgeOf(browser.worker, tab), (text) => text === '', 'the badge to clear');
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^Not highlighting on this page/);
    await popup.screenshot({ path: join(screenshotDir, 'popup-site-off.png') });
    await popup.close();

    // Reload: still off.
    await tab.reload();
    await tab.waitForTimeout(800);
    expect(await readHighlights(tab)).toEqual([]);

    // The same server under another name is another site: still on.
    const other = await openTab(`${server.originFor('localhost')}/article`);
    expect(await settledHighlights(other.tab, drawn)).toBe(drawn);
    await other.tab.close();

    // On again from the popup: highlights come back, no reload.
    popup = await browser.openPopup(tab);
    await siteSwitch(popup).click();
    expect(await settledHighlights(tab, drawn)).toBe(drawn);
    expect(await settledHighlights(sameSite.tab, drawn)).toBe(drawn);
    await until(() => badgeOf(browser.worker, tab), (text) => text === String(drawn), 'the badge to return');
    await expect.poll(() => popupTotal(popup)).toBe(drawn);
    await popup.close();
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    expect(sameSite.errors).toEqual([]);
    await Promise.all([tab.close(), sameSite.tab.close()]);
  });

  test('the global pause stops every tab, says which pause it is, and resumes', async () => {
    const first = await openTab(server.url('/article'));
    const second = await openTab(`${server.originFor('localhost')}/article`);
    await waitForHighlights(first.tab, 4);
    await waitForHighlights(second.tab, 4);

    const popup = await browser.openPopup(first.tab);
    await popup.getByRole('button', { name: 'For this browser session' }).click();
    await until(() => readHighlights(first.tab), (h) => h.length === 0, 'first tab paused');
    await until(() => readHighlights(second.tab), (h) => h.length === 0, 'second tab paused');
    await expect.poll(() => popup.locator('#site-reason').textContent()).toBe('Paused everywhere until the browser closes.');
    expect(await siteSwitch(popup).isChecked()).toBe(true); // the site itself is still on
    expect(await runAxe(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Resume highlighting' }).click();
    await waitForHighlights(first.tab, 4);
    await waitForHighlights(second.tab, 4);

    await popup.getByRole('button', { name: 'Until I turn it back on' }).click();
    await until(() => readHighlights(second.tab), (h) => h.length === 0, 'paused until resumed');
    await expect.poll(() => popup.locator('#site-reason').textContent()).toBe('Paused everywhere until you turn it back on.');
    await popup.getByRole('button', { name: 'Resume highlighting' }).click();
    await waitForHighlights(second.tab, 4);
    await popup.close();
    await first.tab.close();
    await second.tab.close();
  });

  test('a corrupted stored value is repaired and never breaks a page or the popup', async () => {
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { mode: 42, offSites: 'nope', entities: null, style: ['x'] }, pause: { bad: 1 } }),
    );
    const { tab, errors } = await openTab(server.url('/article'));
    await waitForHighlights(tab, 4);
    const popup = await browser.openPopup(tab);
    const popupErrors = collectErrors(popup);
    await expect.poll(async () => siteSwitch(popup).count()).toBe(1);
    expect(await siteSwitch(popup).isChecked()).toBe(true);
    const stored = await until(
      () => browser.worker.evaluate(() => chrome.storage.local.get('settings')),
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
    const { tab } = await openTab(server.url('/article'));
    await settledHighlights(tab, 4);
    let popup = await browser.openPopup(tab);
    const snippet = popup.locator('.snippet').first();
    await snippet.waitFor();
    await Promise.all([popup.waitForEvent('close'), snippet.click()]);

    popup = await browser.openPopup(tab);
    const [options] = await Promise.all([
      browser.context.waitForEvent('page', (page) => page.url().endsWith('/options.html')),
      popup.getByRole('button', { name: /^Options/ }).click(),
    ]);
    await options.getByRole('heading', { name: 'Karabakh Context options' }).waitFor();
    await options.close();
    await tab.close();
  });
});

describe('the badge', () => {
  test('each tab shows its own count; a jump within the page keeps it; a new page replaces it', async () => {
    const article = await openTab(server.url('/article'));
    const plain = await openTab(server.url('/plain'));
    const drawn = await settledHighlights(article.tab, 4);
    await until(() => badgeOf(browser.worker, article.tab), (text) => text === String(drawn), 'the article badge');
    await plain.tab.waitForTimeout(800);
    expect(await badgeOf(browser.worker, plain.tab)).toBe('');

    await article.tab.evaluate(() => (location.hash = '#later'));
    await article.tab.waitForTimeout(1000);
    expect(await badgeOf(browser.worker, article.tab)).toBe(String(drawn));

    const articleId = await tabIdOf(browser.worker, article.tab);
    await article.tab.goto(server.url('/plain'));
    await until(
      () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), articleId),
      (text) => text === '',
      'the badge to clear on a new page',
    );
    await Promise.all([article.tab.close(), plain.tab.close()]);
  });
});

describe('the popup where nothing is found or nothing can be read', () => {
  test('a page with no mentions says so', async () => {
    const { tab } = await openTab(server.url('/plain'));
    const popup = await browser.openPopup(tab);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^No mentions/);
    expect(await siteSwitch(popup).isChecked()).toBe(true);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  test('a browser page cannot be scanned, and the popup explains why', async () => {
    const tab = await browser.context.newPage();
    await tab.goto('chrome://version');
    const popup = await browser.openPopup(tab);
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 5000 }).toBe('Extensions cannot read this page.');
    expect(await siteSwitch(popup).count()).toBe(0);
    // The pause still works from here.
    expect(await popup.getByRole('button', { name: 'Until I turn it back on' }).count()).toBe(1);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });
});

describe('the popup, as people see it', () => {
  /** Opens every <details> so the screenshot shows the argument and the timeline. */
  /**
   * `full` opens every <details> and captures the whole page; otherwise the shot is what the
   * popup shows before scrolling (Chromium caps a popup at 600 px high).
   */
  async function shoot(popup: Page, name: string, options: { full?: boolean } = {}) {
    if (options.full) await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await popup.screenshot({ path: join(screenshotDir, name), fullPage: options.full ?? false });
  }

  test('light and dark, with mentions, with none, on an unscannable page', async () => {
    const { tab } = await openTab(server.url('/article'));
    await settledHighlights(tab, 4);
    let popup = await browser.openPopup(tab);
    await popup.locator('.snippet').first().waitFor();
    await shoot(popup, 'popup-light.png');
    await shoot(popup, 'popup-light-full.png', { full: true });
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(popup)).toEqual([]);
    await shoot(popup, 'popup-dark.png');
    await popup.close();

    const plain = await openTab(server.url('/plain'));
    popup = await browser.openPopup(plain.tab);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/^No mentions/);
    await shoot(popup, 'popup-no-mentions.png');
    await popup.close();

    const browserPage = await browser.context.newPage();
    await browserPage.goto('chrome://version');
    popup = await browser.openPopup(browserPage);
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 5000 }).toBe('Extensions cannot read this page.');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, 'popup-unscannable-dark.png');
    await popup.close();
    await Promise.all([tab.close(), plain.tab.close(), browserPage.close()]);
  });

  test('keyboard only: Tab reaches the switch, Space flips it, focus is visible', async () => {
    const { tab } = await openTab(server.url('/article'));
    await settledHighlights(tab, 4);
    const popup = await browser.openPopup(tab);
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
    await until(() => readHighlights(tab), (h) => h.length === 0, 'highlights off by keyboard');
    await popup.keyboard.press('Space');
    await waitForHighlights(tab, 4);
    await popup.close();
    await tab.close();
  });
});

test('after a browser restart: a site switched off stays off, a session pause ends, a pause until resumed stays', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kc-restart-'));
  const restart = async (check: (b: PopupBrowser, tab: Page) => Promise<void>) => {
    const b = await launchWithPopup({ userDataDir: profile });
    try {
      const tab = await b.context.newPage();
      await tab.goto(server.url('/article'));
      await check(b, tab);
    } finally {
      await b.close();
    }
  };
  const other = () => `${server.originFor('localhost')}/article`;
  try {
    await restart(async (b, tab) => {
      await waitForHighlights(tab, 4);
      const popup = await b.openPopup(tab);
      await siteSwitch(popup).click();
      await until(() => readHighlights(tab), (h) => h.length === 0, 'highlights off');
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
      await until(() => readHighlights(otherTab), (h) => h.length === 0, 'paused');
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

/**
 * Headless Chromium does not route synthetic key presses to extension shortcuts, so the
 * keys themselves cannot be pressed here; this checks that the browser registered every
 * command with its default keys and that the popup shows exactly what the browser assigned.
 */
test('keyboard commands are registered with their keys and shown in the popup', async () => {
  const assigned = await browser.worker.evaluate(async () =>
    (await chrome.commands.getAll()).map((c) => ({ name: c.name, shortcut: c.shortcut })),
  );
  expect(assigned).toEqual(
    expect.arrayContaining([
      { name: 'toggle-site', shortcut: 'Alt+Shift+K' },
      { name: 'next-mention', shortcut: 'Alt+Shift+L' },
      { name: 'previous-mention', shortcut: 'Alt+Shift+J' },
    ]),
  );
  const { tab } = await openTab(server.url('/plain'));
  const popup = await browser.openPopup(tab);
  await expect.poll(() => popup.locator('.shortcut kbd').allTextContents()).toEqual(['Alt+Shift+K', 'Alt+Shift+L', 'Alt+Shift+J']);
  await popup.close();
  await tab.close();
});
