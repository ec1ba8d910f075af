/**
 * A long page is on screen well before it is parsed (issue 15: "mentions on screen
 * highlighted ≤ 100 ms after the page is parsed"). The test server sends the top of a page
 * and holds the rest back: the mentions at its top are highlighted while the document is
 * still loading; once it is parsed, everything is read, the screen stays highlighted, and
 * nothing is counted twice. A block the parser has not finished is not read early.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { pageWideMentions, readHighlights } from '../testing/harness/highlights';
import { startServer, type TestServer } from '../testing/harness/server';
import { until } from '../testing/harness/until';

const HELD_MS = 5000;
const TOP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow page</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto}</style></head><body>
<h1>Peacekeepers leave Karabakh</h1>
<p>Russian peacekeepers began leaving Nagorno-Karabakh in April 2024.</p>
${'<p>The market opened late and the weather was mild; nothing else happened that day.</p>'.repeat(80)}`;
const REST = `<p>Far below: the trilateral statement of 10 November 2020.</p></body></html>`;

let browser: ExtensionBrowser;
let server: TestServer;
/** Responses held back, released by the test (or after HELD_MS). */
const held: Array<() => void> = [];

function slowPage(top: string, rest: string) {
  return (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write(top);
    let sent = false;
    const finish = () => {
      if (!sent) res.end(rest);
      sent = true;
    };
    held.push(finish);
    setTimeout(finish, HELD_MS);
  };
}

beforeAll(async () => {
  server = await startServer({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    '/slow': slowPage(TOP, REST),
    // The screen ends inside a paragraph the parser is still in, mid-word: "Karabakh" so far,
    // "Karabakhstan" (no place we know) once parsed.
    '/cut': slowPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cut</title><style>p{min-height:100px}</style></head><body><p>Peacekeepers in Nagorno-Karabakh.</p><p>Elsewhere, the border with Karabakh`,
      `stan stayed closed.</p></body></html>`,
    ),
  });
  browser = await launchChromium();
});
afterAll(async () => {
  for (const release of held) release();
  await browser?.close();
  await server?.close();
});

async function openLoading(path: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(server.url(path), { waitUntil: 'commit' });
  return tab;
}

const texts = async (tab: Page) => (await readHighlights(tab)).map((h) => h.text).sort();

describe('a page still being parsed', () => {
  test('the top of the page is highlighted before the page is parsed; after, all is read once', async () => {
    const tab = await openLoading('/slow');
    const early = await until(
      async () => ({ drawn: await texts(tab), state: await tab.evaluate(() => document.readyState) }),
      (seen) => seen.drawn.length >= 3,
      'highlights while parsing',
      HELD_MS - 1000,
    );
    expect(early.state).toBe('loading');
    expect(early.drawn).toEqual(['Karabakh', 'Nagorno-Karabakh', 'Russian peacekeepers']);

    held.shift()?.();
    await tab.waitForLoadState('load');
    const report = await until(
      () => pageWideMentions(browser.worker, tab),
      (r) => r.complete,
      'the read to complete',
    );
    // Three on screen and one far below, each counted once.
    expect(report.total).toBe(4);
    expect(await texts(tab)).toEqual(early.drawn);
    await tab.close();
  });

  test('a paragraph the parser is still in is not read until it is complete', async () => {
    const tab = await openLoading('/cut');
    await until(
      () => texts(tab),
      (drawn) => drawn.length > 0,
      'the complete paragraph to be highlighted',
      HELD_MS - 1000,
    );
    await tab.waitForTimeout(500);
    expect(await tab.evaluate(() => document.readyState)).toBe('loading');
    // The open paragraph's "Karabakh" is the start of "Karabakhstan": not read yet, not drawn.
    expect(await texts(tab)).toEqual(['Nagorno-Karabakh']);
    held.shift()?.();
    await tab.waitForLoadState('load');
    await until(
      () => pageWideMentions(browser.worker, tab),
      (r) => r.complete,
      'the read to complete',
    );
    expect(await texts(tab)).toEqual(['Nagorno-Karabakh']);
    await tab.close();
  });
});
