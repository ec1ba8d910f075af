import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { pageWideMentions, readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { screenshotDir } from '../testing/harness/paths';
import { runAxe } from '../testing/harness/popup';
import { startServer, type TestServer } from '../testing/harness/server';
import { until } from '../testing/harness/until';

const ARTICLE = [
  'Russian peacekeepers began leaving Nagorno-Karabakh in April 2024, earlier than planned.',
  'The Russian Military Contingent had been deployed under the trilateral statement of 10 November 2020.',
  'Azerbaijan restored full control over Karabakh in September 2023.',
  'Many in Armenia saw the RMC as a guarantor; Baku saw the peacekeepers differently.',
].map((p) => `<p>${p}</p>`);

let browser: ExtensionBrowser;
let server: TestServer;
let tab: Page;
let options: Page;
let optionsErrors: string[];

beforeAll(async () => {
  server = await startServer({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    '/article': `<!doctype html><html lang="en"><title>Article</title><body>${ARTICLE.join('')}</body></html>`,
  });
  browser = await launchChromium();
  tab = await browser.context.newPage();
  await tab.goto(server.url('/article'));
  await waitForHighlights(tab, 4);
  options = await browser.openExtensionPage('options.html');
  optionsErrors = collectErrors(options);
  await options.getByRole('heading', { name: 'Karabakh Context options' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const highlightCount = async () => (await readHighlights(tab)).length;
/**
 * Every mention of the short article, once its read is complete. Taking whatever count is
 * on screen first is a race: on a loaded machine the first slice may draw only some of them.
 */
async function settledCount(): Promise<number> {
  const { total } = await until(
    () => pageWideMentions(browser.worker, tab),
    (r) => r.complete && r.total >= 4,
    'the read to complete',
  );
  return until(highlightCount, (n) => n === total, 'every mention to be drawn');
}
const stored = () => browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);

test('the options page passes an accessibility check, light and dark', async () => {
  expect(await runAxe(options)).toEqual([]);
  await options.screenshot({ path: join(screenshotDir, 'options-light.png'), fullPage: true });
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await runAxe(options)).toEqual([]);
  await options.screenshot({ path: join(screenshotDir, 'options-dark.png'), fullPage: true });
  await options.emulateMedia({ colorScheme: 'light' });
});

test('a bad site entry is refused with a clear message; a good one reaches the open tab at once', async () => {
  const entry = options.getByLabel('Add a site');
  await entry.fill('exa mple.com');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not a site name/);
  expect(await entry.getAttribute('aria-invalid')).toBe('true');
  expect(await runAxe(options)).toEqual([]);
  await options.screenshot({ path: join(screenshotDir, 'options-bad-entry.png') });

  await entry.fill('http://127.0.0.1:9999/some/page');
  await options.getByRole('button', { name: 'Add' }).click();
  await until(highlightCount, (n) => n === 0, 'the tab to clear');
  expect(await options.getByRole('alert').count()).toBe(0);
  expect((await stored()).offSites).toEqual(['127.0.0.1']);

  await entry.fill('127.0.0.1');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/already in the list/);

  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await waitForHighlights(tab, 4);
});

test('mode, entities and style reach the open tab without a reload', async () => {
  const all = await settledCount();
  await options.getByLabel('Only on the sites in the list').check();
  await until(highlightCount, (n) => n === 0, 'not-listed to clear the tab');
  await options.getByLabel('Everywhere, except the sites in the list').check();
  await until(highlightCount, (n) => n === all, 'highlights back');

  await options.getByRole('checkbox', { name: 'RMC' }).uncheck();
  const withoutRmc = await until(highlightCount, (n) => n < all && n > 0, 'RMC highlights to go');
  await options.getByRole('checkbox', { name: 'RMC' }).check();
  await until(highlightCount, (n) => n === all, 'RMC highlights back');
  expect(withoutRmc).toBeLessThan(all);

  const namesBefore = new Set((await readHighlights(tab)).map((h) => h.name));
  await options.getByLabel('Underline only').check();
  await until(
    async () => (await readHighlights(tab)).map((h) => h.name),
    (names) => names.length === all && names.every((name) => !namesBefore.has(name)),
    'the underline style',
  );
  expect((await stored()).style).toBe('underline');
  await options.getByLabel('Coloured background').check();
});

test('export, then import: a bad file is refused and changes nothing; a good one applies', async () => {
  await options.getByLabel('Add a site').fill('example.org');
  await options.getByRole('button', { name: 'Add' }).click();
  await until(stored, (s) => (s.offSites as string[]).includes('example.org'), 'the site to be saved');

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export settings…' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toBe('karabakh-context-settings.json');
  expect(JSON.parse(exported).settings.offSites).toEqual(['example.org']);

  const before = await stored();
  const input = options.locator('input[type=file]');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"karabakh-context-settings","version":1,"settings":{"mode":"sometimes"}}'),
  });
  await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/broken\.json: .*nothing was changed/);
  await input.setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not JSON/);
  expect(await stored()).toEqual(before);

  const changed = JSON.parse(exported);
  changed.settings.offSites = ['example.org', '127.0.0.1'];
  await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  await expect.poll(() => options.getByRole('status').textContent()).toMatch(/Imported mine\.json: 2 sites/);
  await until(highlightCount, (n) => n === 0, 'the imported list to reach the tab');
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await waitForHighlights(tab, 4);
});

test('a 10,000-site list loads, filters, and leaves unlisted sites highlighted', async () => {
  const sites = Array.from({ length: 10_000 }, (_, i) => `site${i}.example.com`);
  await browser.worker.evaluate(
    (list) =>
      chrome.storage.local.set({
        settings: {
          mode: 'everywhere',
          offSites: list,
          onSites: [],
          entities: { karabakh: true, rmc: true, 'trilateral-statement': true },
          style: 'background',
        },
      }),
    sites,
  );
  await options.reload();
  const started = Date.now();
  await expect.poll(() => options.locator('.list-count').textContent()).toMatch(/^10,000 sites; showing the first 200/);
  const loadMs = Date.now() - started;
  expect(loadMs).toBeLessThan(3000);
  await options.getByLabel('Find in the list').fill('site9999.');
  await expect.poll(() => options.locator('.site-list li').count()).toBe(1);
  expect(await runAxe(options)).toEqual([]);
  await tab.reload();
  await waitForHighlights(tab, 4);
  console.log(`options page with 10,000 sites: list shown ${loadMs} ms after reload`);
  expect(optionsErrors).toEqual([]);
});
