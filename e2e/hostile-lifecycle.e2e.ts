/**
 * Hostile conditions that come from the extension's own life rather than the page: being
 * reloaded under an open tab, and finding damaged, foreign or huge values in storage.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { startServer, type TestServer } from '../testing/harness/server';
import { MENTION } from './fixtures/hostile-pages';
import { withProbe } from './fixtures/hostile-probe';

const article = withProbe(
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lifecycle</title></head>` +
    `<body><p>In 2024 ${MENTION}.</p><p>Armenians call it Artsakh.</p></body></html>`,
);

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ '/': article, '/favicon.ico': { body: '', type: 'image/x-icon' } });
});
afterAll(async () => {
  await server?.close();
});

describe('the extension reloaded while a page is open', () => {
  let browser: ExtensionBrowser;
  let profile: string;
  beforeAll(async () => {
    // Without developer mode, Chromium disables an unpacked extension that reloads itself
    // ("This extension may have been corrupted"), as a user's browser would not.
    profile = mkdtempSync(join(tmpdir(), 'kc-reload-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
    browser = await launchChromium({ userDataDir: profile });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('the orphaned script stops cleanly, and a reload of the page draws each mention once', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/'));
    const before = await waitForHighlights(page, 3);

    const nextWorker = browser.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await nextWorker;

    // Chromium does not re-inject into open tabs; the old copy must notice and take its highlights away.
    await expect.poll(async () => (await readHighlights(page)).length, { timeout: 10_000 }).toBe(0);
    // New text after the reload must not wake the old copy (its observers are gone).
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>More about Karabakh.</p>'));
    await page.waitForTimeout(1000);
    expect(await readHighlights(page)).toEqual([]);

    await page.reload();
    const after = await waitForHighlights(page, before.length);
    await page.waitForTimeout(1000);
    const again = await readHighlights(page);
    expect(again.length).toBe(after.length);
    expect(new Set(again.map((h) => h.text)).size).toBe(new Set(before.map((h) => h.text)).size);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('storage holding something unexpected', () => {
  let browser: ExtensionBrowser;
  let worker: Worker;
  beforeAll(async () => {
    browser = await launchChromium();
    worker = browser.worker;
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function store(items: Record<string, unknown>): Promise<void> {
    await worker.evaluate(async (values) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(values);
    }, items);
  }

  async function stored(key: string): Promise<unknown> {
    return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
  }

  async function open(origin: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${origin}/`);
    return { page, errors };
  }

  const damaged: [string, unknown][] = [
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', ['127.0.0.1']],
    ['wrong field types', { mode: 'sideways', offSites: 'all', onSites: 7, entities: [], style: null }],
    ['an old shape from another version', { disabledSites: ['127.0.0.1'], enabled: false }],
  ];

  test.each(damaged)('settings stored as %s: defaults apply, nothing throws, and the popup repairs the value', async (_label, value) => {
    await store({ settings: value });
    const { page, errors } = await open(server.origin);
    await waitForHighlights(page, 3);
    expect(errors).toEqual([]);
    // The content script runs in every frame of every page: it only reads. The extension's
    // own pages repair what they read (utils/storage.ts).
    expect(await stored('settings')).toEqual(value);
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => stored('settings'), { timeout: 5000 }).toMatchObject({ mode: 'everywhere', offSites: [] });
    await popup.close();
    await page.close();
  });

  test('settings written by a newer version (version metadata 99): the page still works', async () => {
    await store({ settings: { mode: 'everywhere', offSites: [], onSites: [], style: 'background' }, settings$: { v: 99 } });
    const { page, errors } = await open(server.origin);
    await waitForHighlights(page, 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a 10,000-site off list is honoured on a listed site and quick elsewhere', async () => {
    const offSites = Array.from({ length: 9_999 }, (_, i) => `site-${i}.example`);
    offSites.push('127.0.0.1');
    await store({ settings: { mode: 'everywhere', offSites, onSites: [], style: 'background' } });

    const listed = await open(server.origin);
    await listed.page.waitForTimeout(2000);
    expect(await readHighlights(listed.page)).toEqual([]);
    expect(listed.errors).toEqual([]);
    await listed.page.close();

    const started = Date.now();
    const other = await open(server.originFor('localhost'));
    await waitForHighlights(other.page, 3);
    console.info(`10,000-site list: highlights on an unlisted site ${Date.now() - started} ms after navigation started`);
    expect(other.errors).toEqual([]);
    const kept = (await stored('settings')) as { offSites: string[] };
    expect(kept.offSites.length).toBe(10_000);
    await other.page.close();
  });
});
