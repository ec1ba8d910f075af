/**
 * Hostile pages: each case checks that our code throws nothing, leaves the page's DOM alone
 * while the card is closed, keeps the page responsive, and still highlights (and opens the
 * card) wherever the page allows it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { pageWideMentions, readHighlights, waitForHighlights, type DrawnHighlight } from '../testing/harness/highlights';
import { startServer, type TestServer } from '../testing/harness/server';
import { readCard, waitForCard } from './fixtures/hostile-card';
import { hoverMention } from './fixtures/hostile-hover';
import * as pages from './fixtures/hostile-pages';
import { readProbe, type ProbeReport } from './fixtures/hostile-probe';

/** The case: 1,000 writes a second for 10 s (about 20 s of suite time with the baseline load). */
const CHURN_MS = 10_000;

let server: TestServer;
let browser: ExtensionBrowser;
let plain: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer({
    '/csp': { body: pages.strictCspPage(), headers: { 'content-security-policy': "default-src 'none'" } },
    '/globals': pages.replacedGlobalsPage(),
    '/late-globals': pages.lateReplacedGlobalsPage(),
    '/huge-text': pages.hugeTextNodePage(),
    '/deep': pages.deepNestingPage(),
    '/many': pages.manyElementsPage(),
    '/churn': pages.churningTextPage(CHURN_MS),
    '/forms': pages.formFieldsPage(),
    '/svg': pages.svgTextPage(),
    '/canvas': pages.canvasOnlyPage(),
    '/feed.xml': { body: pages.xmlDocument(), type: 'application/xml' },
    '/page.xhtml': { body: pages.xhtmlDocument(), type: 'application/xhtml+xml' },
    '/framed': pages.framedArticle(),
    '/shadow': pages.shadowRootsPage(),
    '/favicon.ico': { body: '', type: 'image/x-icon' },
  });
  server.route('/frames', pages.framesPage(server.url('/framed')));
  browser = await launchChromium();
  plain = await launchChromium({ withExtension: false });
});
afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  errors: string[];
}

async function visit(target: ExtensionBrowser, path: string): Promise<Visit> {
  const page = await target.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url(path), { timeout: 60_000 });
  return { page, errors };
}

/** Long tasks (> 50 ms) the same page shows without the extension, as the yardstick for ours. */
async function baselineLongTasks(path: string, settle: number): Promise<number[]> {
  const { page } = await visit(plain, path);
  await page.waitForTimeout(settle);
  const probe = await readProbe(page);
  await page.close();
  return probe.longTasks;
}

function expectNoDomChanges(probe: ProbeReport): void {
  expect(probe.changes, 'DOM changes made while no card was open (the page made none itself)').toEqual([]);
}

/** The page's own long tasks come first; ours may not add any over 50 ms. */
/**
 * A task longer than this, that the page alone does not have, fails the test. The target
 * is 50 ms (a long task), which `npm run test:perf` checks (PERF_STRICT) and which holds on
 * an idle machine; `npm test` holds the line at 100 ms, the delay at which people start to
 * notice an interaction lagging, so a busy CI machine does not fail it at random.
 */
const LONG_TASK_MS = process.env.PERF_STRICT ? 50 : 100;

function expectNoLongTasksOfOurs(ours: number[], baseline: number[]): void {
  const over = (tasks: number[]) => tasks.filter((ms) => ms > LONG_TASK_MS);
  expect(over(ours).length, `long tasks with the extension ${JSON.stringify(ours)} vs without ${JSON.stringify(baseline)}`).toBeLessThanOrEqual(
    over(baseline).length,
  );
}

async function expectCardForFirstMention(page: Page): Promise<void> {
  await hoverMention(page, 0);
  const card = await waitForCard(page);
  expect(card.name.length).toBeGreaterThan(0);
  expect(card.text).toContain('bne IntelliNews');
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect.poll(() => readCard(page), { timeout: 5000 }).toBeNull();
}

const texts = (highlights: DrawnHighlight[]) => highlights.map((h) => h.text);

describe('pages that restrict or sabotage scripts', () => {
  test("strict CSP (default-src 'none'): highlights, card, no errors", async () => {
    const { page, errors } = await visit(browser, '/csp');
    const seen = await waitForHighlights(page, 3);
    expect(texts(seen).join(' ')).toMatch(/Karabakh/);
    await expectCardForFirstMention(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Node, Range, MutationObserver, Array.prototype.map, attachShadow replaced before the page loads', async () => {
    const { page, errors } = await visit(browser, '/globals');
    await waitForHighlights(page, 3);
    await page.waitForTimeout(300);
    expectNoDomChanges(await readProbe(page));
    await expectCardForFirstMention(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the same globals replaced after our script started, then new text added', async () => {
    const { page, errors } = await visit(browser, '/late-globals');
    await waitForHighlights(page, 3);
    await page.waitForSelector('#late', { state: 'attached', timeout: 10_000 });
    await expect.poll(async () => texts(await readHighlights(page)).join('|'), { timeout: 10_000 }).toMatch(/Карабах/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('pages too big or too busy', () => {
  test('a single 2 MB text node', async () => {
    const started = Date.now();
    const { page, errors } = await visit(browser, '/huge-text');
    // CSS.highlights holds what is near the screen; the page-wide count is the content script's.
    const seen = await waitForHighlights(page, 3, 30_000);
    await expect.poll(async () => (await pageWideMentions(browser.worker, page)).total, { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    console.info(`2 MB text node: ${seen.length} highlights near the screen ${Date.now() - started} ms after navigation started`);
    await page.waitForTimeout(500);
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  // Matching the node whole took one 70–100 ms task; it is now read in bounded slices.
  test('a single 2 MB text node: no long task of ours', async () => {
    const { page } = await visit(browser, '/huge-text');
    await expect.poll(async () => (await pageWideMentions(browser.worker, page)).complete, { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(500);
    expectNoLongTasksOfOurs((await readProbe(page)).longTasks, await baselineLongTasks('/huge-text', 2000));
    await page.close();
  });

  test('10,000 levels of nesting', async () => {
    const { page, errors } = await visit(browser, '/deep');
    await page.waitForSelector('body[data-built]', { state: 'attached' });
    await expect
      .poll(async () => texts(await readHighlights(page)).join('|'), { timeout: 20_000 })
      .toMatch(/Russian Military Contingent/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('200,000 elements', async () => {
    const started = Date.now();
    const { page, errors } = await visit(browser, '/many');
    const seen = await waitForHighlights(page, 3, 45_000);
    await expect.poll(async () => (await pageWideMentions(browser.worker, page)).total, { timeout: 45_000 }).toBeGreaterThanOrEqual(200);
    console.info(`200,000 elements: ${seen.length} highlights near the screen ${Date.now() - started} ms after navigation started`);
    await page.waitForTimeout(500);
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  // Tasks of 77–124 ms, mostly garbage collection of an index of all 400,000 text nodes,
  // until only chunks with something in them were indexed.
  test('200,000 elements: no long task of ours', async () => {
    const { page } = await visit(browser, '/many');
    await expect.poll(async () => (await pageWideMentions(browser.worker, page)).complete, { timeout: 45_000 }).toBe(true);
    await page.waitForTimeout(500);
    expectNoLongTasksOfOurs((await readProbe(page)).longTasks, await baselineLongTasks('/many', 3000));
    await page.close();
  }, 150_000);

  test(`text rewritten 1,000 times a second for ${CHURN_MS / 1000} s`, async () => {
    const { page, errors } = await visit(browser, '/churn');
    await waitForHighlights(page, 3);
    await page.waitForSelector('body[data-churned]', { state: 'attached', timeout: CHURN_MS + 10_000 });
    const writes = await page.evaluate(() => document.body.dataset.churned);
    // After the last write the highlights match the final text, and nothing stale remains.
    await expect
      .poll(async () => texts(await readHighlights(page)).filter((t) => /Ticker|Final|peacekeepers|Karabakh|Artsakh|RMC/.test(t)), {
        timeout: 10_000,
      })
      .toContain('Russian peacekeepers');
    const collapsed = texts(await readHighlights(page)).filter((t) => t === '');
    expect(collapsed, 'highlights whose text was overwritten').toEqual([]);
    const probe = await readProbe(page);
    console.info(`churn: ${writes} writes; long tasks with the extension ${JSON.stringify(probe.longTasks)}`);
    expectNoLongTasksOfOurs(probe.longTasks, await baselineLongTasks('/churn', CHURN_MS + 1000));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('content that is not ordinary text', () => {
  test('inputs, textareas and editors are never touched or highlighted', async () => {
    const { page, errors } = await visit(browser, '/forms');
    await waitForHighlights(page, 3);
    await page.waitForTimeout(500);
    const inFields = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const hits: string[] = [];
      for (const highlight of registry.values()) {
        for (const range of highlight) {
          const element = range.startContainer.parentElement;
          if (element?.closest('input, textarea, [contenteditable]')) hits.push(element.outerHTML);
        }
      }
      return hits;
    });
    expect(inFields).toEqual([]);
    expect(await page.inputValue('#field')).toBe('Karabakh in an input');
    expect(await page.inputValue('#area')).toBe('The Russian peacekeepers in a textarea');
    expect(await page.innerHTML('#editor')).toBe('<p>Artsakh in an editor</p>');
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('SVG text: no errors, page unchanged', async () => {
    const { page, errors } = await visit(browser, '/svg');
    const seen = await waitForHighlights(page, 3);
    console.info(`SVG text highlighted: ${texts(seen).includes('Nagorno-Karabakh') && seen.length > 3 ? 'yes' : 'no'} (${JSON.stringify(texts(seen))})`);
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a canvas-only page: nothing to highlight, nothing thrown', async () => {
    const { page, errors } = await visit(browser, '/canvas');
    await page.waitForTimeout(1500);
    expect(await readHighlights(page)).toEqual([]);
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a bare XML document and an XHTML page', async () => {
    const xml = await visit(browser, '/feed.xml');
    await xml.page.waitForTimeout(1500);
    expect(xml.errors).toEqual([]);
    await xml.page.close();

    const xhtml = await visit(browser, '/page.xhtml');
    await waitForHighlights(xhtml.page, 3);
    await expectCardForFirstMention(xhtml.page);
    expect(xhtml.errors).toEqual([]);
    await xhtml.page.close();
  });

  test('about:blank and sandboxed iframes', async () => {
    const { page, errors } = await visit(browser, '/frames');
    await waitForHighlights(page, 3);
    await page.waitForTimeout(1500);
    const perFrame: Record<string, string[]> = {};
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const name = (await (await frame.frameElement()).getAttribute('id')) ?? frame.url();
      perFrame[name] = await frame
        .evaluate(() => {
          const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
          const out: string[] = [];
          for (const highlight of registry?.values() ?? []) for (const range of highlight) out.push(String(range.endOffset - range.startOffset));
          return out;
        })
        .catch((error: Error) => [`unreadable: ${error.message.split('\n')[0]}`]);
    }
    console.info(`frames: highlight lengths per frame ${JSON.stringify(perFrame)}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('open and closed shadow roots', async () => {
    const { page, errors } = await visit(browser, '/shadow');
    await waitForHighlights(page, 3);
    await page.waitForTimeout(1000);
    const seen = texts(await readHighlights(page));
    console.info(`shadow roots: open highlighted ${seen.includes('Russian peacekeepers') && seen.filter((t) => t === 'Russian peacekeepers').length > 1 ? 'yes' : 'no'}, highlights ${JSON.stringify(seen)}`);
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });
});
