/**
 * The page detector's code (the lexicon, its patterns and rules) is not in the content
 * script that runs in every frame of every page: it is page-detector.js, imported the first
 * time some text on a page passes the name prefilter. Checked on the built files, then in
 * Chromium: a page with nothing like our names never loads it; a page whose names arrive
 * later loads it then, and highlights them.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { BUILDS, projectRoot } from '../testing/harness/paths';
import { watchPackageLoads } from '../testing/harness/package-loads';
import { startServer, type TestServer } from '../testing/harness/server';
import { until } from '../testing/harness/until';

/** Issue 4's budget for the script every frame of every page runs. */
const CONTENT_SCRIPT_BUDGET = 60_000;

const lexicon = JSON.parse(readFileSync(join(projectRoot, 'data/lexicon-runtime.json'), 'utf8')) as {
  lexicon: { families: { id: string }[] };
  heads: { cues: { texts: string } };
};
/** Strings only the detector's code holds: the cue scanner's heads and the families' ids. */
const DETECTOR_ONLY = [lexicon.heads.cues.texts.slice(0, 60), ...lexicon.lexicon.families.map((family) => `"${family.id}"`)];

describe.each(BUILDS)('the %s build', (_name, dir) => {
  test('content.js holds none of the detector; page-detector.js holds all of it', () => {
    const content = readFileSync(join(dir(), 'content-scripts/content.js'), 'utf8');
    const detector = readFileSync(join(dir(), 'page-detector.js'), 'utf8');
    for (const text of DETECTOR_ONLY) {
      expect(content, `content.js contains ${text}`).not.toContain(text);
      expect(detector, `page-detector.js lacks ${text}`).toContain(text);
    }
  });

  test(`content.js stays under ${CONTENT_SCRIPT_BUDGET / 1000} kB`, () => {
    expect(statSync(join(dir(), 'content-scripts/content.js')).size).toBeLessThan(CONTENT_SCRIPT_BUDGET);
  });
});

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;

/** No word starts like one of our names' first words (not even "9" or "10", as in "10 November"). */
const NOTHING_LIKE_OUR_NAMES = page(
  Array.from(
    { length: 40 },
    () => '<p>The weather was mild, the <a href="#m">market</a> was busy and the trains ran on <b>time</b>.</p>',
  ).join('\n'),
);

/** Plain text at first; a paragraph naming the region is appended a second after load. */
const NAMES_LATER = page(`
<p>The weather was mild, the market was busy and the trains ran on time.</p>
<script>
  addEventListener('load', () => setTimeout(() => {
    const p = document.createElement('p');
    p.textContent = 'Later: a report from Nagorno-Karabakh and its capital Stepanakert.';
    document.body.append(p);
  }, 1000));
</script>`);

/** How long the streamed page's server waits before sending the rest of it. */
const STREAM_PAUSE_MS = 1500;

/**
 * A page that arrives in two parts, as a long page on a slow connection does: its top (a
 * name, then plain text) at once, the rest and the end of the document 1.5 s later.
 */
function streamedPage(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.write(
    page(
      `<p>Stepanakert, the capital of Nagorno-Karabakh, was quiet.</p>${'<p>The weather was mild and the market was busy.</p>'.repeat(50)}`,
    ).replace('</body></html>', ''),
  );
  setTimeout(() => res.end(`${'<p>The trains ran on time.</p>'.repeat(200)}</body></html>`), STREAM_PAUSE_MS);
}

describe('in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ '/plain': NOTHING_LIKE_OUR_NAMES, '/later': NAMES_LATER, '/streamed': streamedPage });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The content script's report to the popup, asked for the way the popup asks. */
  async function pageReport(tab: Page): Promise<{ complete: boolean; counts: Record<string, number> } | undefined> {
    await tab.bringToFront();
    return browser.worker.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(active!.id!, { type: 'get-page-report' }, { frameId: 0 }).catch(() => undefined);
    });
  }

  test('a page with nothing like our names is read to the end without loading the detector', async () => {
    const tab = await browser.context.newPage();
    const errors = collectErrors(tab);
    const loads = watchPackageLoads(tab, '/page-detector.js');
    await tab.goto(server.url('/plain'));
    const report = await until(
      () => pageReport(tab),
      (r) => r?.complete === true,
      'the read to complete',
    );
    expect(report?.counts).toEqual({ karabakh: 0, rmc: 0, 'trilateral-statement': 0 });
    await tab.waitForTimeout(500);
    expect(loads, 'page-detector.js requested on a page that cannot hold a name').toEqual([]);
    expect(await readHighlights(tab)).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('names that arrive later load the detector then, once, and are highlighted', async () => {
    const tab = await browser.context.newPage();
    const errors = collectErrors(tab);
    const loads = watchPackageLoads(tab, '/page-detector.js');
    await tab.goto(server.url('/later'));
    const loadedAt = Date.now();
    await until(
      () => pageReport(tab),
      (r) => r?.complete === true,
      'the first read to complete',
    );
    expect(loads, 'page-detector.js requested before any name was on the page').toEqual([]);
    const drawn = await waitForHighlights(tab, 1);
    expect(drawn.map((h) => h.text)).toEqual(['Nagorno-Karabakh']);
    expect(loads).toHaveLength(1);
    expect(loads[0]! - loadedAt, 'ms from the load to the detector’s request').toBeGreaterThan(800);
    const report = await until(
      () => pageReport(tab),
      (r) => r?.complete === true && r.counts.karabakh === 1,
      'the count',
    );
    expect(report?.counts.karabakh).toBe(1);
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('a page still arriving whose top may name one of ours loads the detector before it is parsed, and its top is drawn soon after', async () => {
    const tab = await browser.context.newPage();
    const errors = collectErrors(tab);
    const loads = watchPackageLoads(tab, '/page-detector.js');
    const parsed = new Promise<number>((resolve) => tab.once('domcontentloaded', () => resolve(Date.now())));
    await tab.goto(server.url('/streamed'), { waitUntil: 'commit' });
    const parsedAt = await parsed;
    expect(loads, 'page-detector.js requested while the page was parsed').toHaveLength(1);
    // The request left while the rest of the page was still on its way (1.5 s).
    expect(parsedAt - loads[0]!, 'ms from the detector’s request to DOMContentLoaded').toBeGreaterThan(STREAM_PAUSE_MS / 3);
    const drawn = await waitForHighlights(tab, 1);
    expect(drawn.map((h) => h.text)).toContain('Nagorno-Karabakh');
    // Generous for a loaded machine: the point is that no wait for the detector comes after parsing.
    expect(Date.now() - parsedAt, 'ms from DOMContentLoaded to the first highlights').toBeLessThan(1500);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
