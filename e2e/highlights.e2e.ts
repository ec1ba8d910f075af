import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findMentions } from '../core/detect/matcher';
import { launchChromium, openTab, type ExtensionBrowser } from '../testing/harness/chromium';
import { pageWideMentions, readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { drawnMentions } from './fixtures/card-helpers';
import { innerClip, KARABAKH_FILL, shareOfColour } from '../testing/harness/painted';
import { screenshotDir } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';

const ARTICLE = [
  'Russian peacekeepers began leaving Nagorno-Karabakh in April 2024, earlier than planned.',
  'The Russian Military Contingent had been deployed under the trilateral statement of 10 November 2020.',
  'Azerbaijan restored full control over Karabakh in September 2023.',
  'Many in Armenia saw the RMC as a guarantor; Baku saw the peacekeepers differently.',
];

function page(body: string, extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>${extraHead}
<style>body{font:18px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style></head>
<body>${body}</body></html>`;
}

/**
 * Counts every DOM mutation once the parser is done, with an observer the page installs
 * first thing. The parser's own insertions before DOMContentLoaded are not ours.
 */
const MUTATION_COUNTER = `<script>
window.__mutations = [];
const observer = new MutationObserver((records) => {
  for (const r of records) window.__mutations.push(r.type + ':' + (r.target.nodeName || ''));
});
observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
document.addEventListener('DOMContentLoaded', () => { observer.takeRecords(); window.__mutations.length = 0; });
</script>`;

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    '/article': page(`<h1>Peacekeepers leave Karabakh</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}`, MUTATION_COUNTER),
    '/split': page(
      `<p id="a">They returned to Nagorno-<b>Karabakh</b> in May.</p>
       <p id="b">Read the <a href="#">trilateral <em>statement</em></a> again.</p>
       <p id="c">Nagorno</p><p>Karabakh stands alone here.</p>`,
    ),
    '/shy': page(
      `<p lang="de">Die Lage in Berg&shy;kara&shy;bach und die rus&shy;si&shy;schen Friedens&shy;truppen.</p>
       <p>Soft hyphens split <b>Kara&shy;</b>bakh across an element too.</p>`,
    ),
    '/long': page(
      `${'<p>Filler paragraph about nothing at all.</p>'.repeat(60)}
       ${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}
       ${'<p>More filler, still nothing.</p>'.repeat(60)}`,
    ),
    '/deep': page(
      `<p id="top">At the top: Nagorno-Karabakh.</p>
       ${Array.from({ length: 10_000 }, (_, i) => `<p>Filler paragraph ${i}, with an <a href="#">ordinary link</a> in it.</p>`).join('\n')}
       <p id="middle">In the middle: Karabakh.</p>
       ${Array.from({ length: 10_000 }, (_, i) => `<p>Filler paragraph ${i}, with an <a href="#">ordinary link</a> in it.</p>`).join('\n')}
       <p id="target">Far down: the Russian peacekeepers in Nagorno-Karabakh.</p>
       ${'<p>Tail.</p>'.repeat(50)}`,
    ),
    '/painted': page(
      `<p>Troops stayed in Karabakh for years.</p>
       <p>Read about <a href="#" style="color:#0645ad">Karabakh</a> here.</p>
       <div id="host"></div>
       <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>In a shadow root: Karabakh.</p>';</script>`,
    ),
    // The acronym first, the force's name in words further down: drawn once the page has named it.
    '/acronym': page(
      `<p>Nagorno-Karabakh: the RMC withdrew from Stepanakert.</p>
       ${'<p>Filler paragraph about nothing at all.</p>'.repeat(20)}
       <p>Russian peacekeepers had stayed there for three years.</p>`,
    ),
    // A French football report on RMC Sport: it names Karabakh, never the force.
    '/rmc-sport': page(
      `<p lang="fr">Le Qarabağ FK, originaire d'Agdam, joue à Bakou depuis la guerre du Haut-Karabakh.</p>
       <p lang="fr">Sur RMC Sport, l'analyse du match. Les consultants de RMC ont salué le pressing des Azerbaïdjanais.</p>`,
    ),
    '/dark': page(
      `<h1>Karabakh, in the dark</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}`,
      '<style>html{background:#121212;color:#e8e8e8}</style>',
    ),
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string) => openTab(browser.context, server.url(path));

describe('highlights on a static page', () => {
  test('draw exactly the detector’s mentions, without touching the DOM', async () => {
    const { tab, errors } = await open('/article');
    // The page's text as one detector reads it: whether a name counts can depend on the rest of the page.
    const expected = findMentions(['Peacekeepers leave Karabakh', ...ARTICLE].join('\n')).map((m) => m.text);
    const drawn = await waitForHighlights(tab, expected.length);
    await tab.waitForTimeout(500);
    const final = await readHighlights(tab);
    expect(final.map((h) => h.text).sort()).toEqual(expected.sort());
    // One highlight name per entity, never a fixed one.
    expect(new Set(final.map((h) => h.name)).size).toBeLessThanOrEqual(3);
    expect(drawn.length).toBeGreaterThan(0);
    const mutations = await tab.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations).toEqual([]);
    await tab.screenshot({ path: `${screenshotDir}/highlights.png` });
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('a name split across inline elements is one highlight; across blocks it is not', async () => {
    const { tab } = await open('/split');
    await waitForHighlights(tab, 2);
    await tab.waitForTimeout(300);
    const texts = (await readHighlights(tab)).map((h) => h.text);
    expect(texts).toContain('Nagorno-Karabakh');
    expect(texts.some((t) => /trilateral\s+statement/i.test(t))).toBe(true);
    // "Nagorno" and "Karabakh" in separate paragraphs are not joined.
    expect(texts.filter((t) => t.includes('Nagorno')).length).toBe(1);
    await tab.close();
  });

  test('a name with soft hyphens in it (&shy;) is highlighted whole, the marks kept inside', async () => {
    const { tab } = await open('/shy');
    await waitForHighlights(tab, 3);
    await tab.waitForTimeout(300);
    const texts = (await readHighlights(tab)).map((h) => h.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Berg\u00adkara\u00adbach', 'rus\u00adsi\u00adschen Friedens\u00adtruppen', 'Kara\u00adbakh']),
    );
    await tab.close();
  });

  test('an acronym is drawn on a page that names the force in words, further down too; not on a football report', async () => {
    const { tab, errors } = await open('/acronym');
    await waitForHighlights(tab, 3);
    await tab.waitForTimeout(300);
    expect((await readHighlights(tab)).map((h) => h.text).sort()).toEqual(['Nagorno-Karabakh', 'RMC', 'Russian peacekeepers']);
    expect(errors).toEqual([]);
    await tab.close();

    const sport = await open('/rmc-sport');
    await waitForHighlights(sport.tab, 1);
    await sport.tab.waitForTimeout(500);
    expect((await readHighlights(sport.tab)).map((h) => h.text)).toEqual(['Haut-Karabakh']);
    await sport.tab.close();
  });

  test('what is on screen is read first, also after a scroll during the first read', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/deep'));
    const where = () =>
      tab.evaluate(() => {
        const found: string[] = [];
        for (const highlight of CSS.highlights.values()) {
          for (const range of highlight) found.push(range.startContainer.parentElement?.closest('p')?.id || 'other');
        }
        return found;
      });
    // The top is on screen at first; the reader then jumps to the end of a long page.
    await expect.poll(async () => (await where()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await tab.evaluate(() => document.getElementById('target')!.scrollIntoView({ block: 'center' }));
    let seen: string[] = [];
    await expect
      .poll(
        async () => {
          seen = await where();
          return seen.includes('target');
        },
        { timeout: 15_000, interval: 20 },
      )
      .toBe(true);
    // A top-to-bottom read would have reached the middle of the page long before the end.
    expect(seen).not.toContain('middle');
    // The whole page is read and counted; CSS.highlights holds what is near the screen.
    await expect.poll(async () => (await pageWideMentions(browser.worker, tab)).total, { timeout: 30_000 }).toBe(4);
    expect(await where()).not.toContain('top');
    await tab.close();
  });

  test('highlights are painted in the entity’s colour: in plain text, in a link, in a shadow root', async () => {
    // Registered is not painted: a ::highlight() rule that reaches no element shows nothing.
    const { tab } = await open('/painted');
    await waitForHighlights(tab, 3);
    const boxes = (await drawnMentions(tab)).filter((mention) => mention.text === 'Karabakh');
    expect(boxes).toHaveLength(3);
    const decoder = await browser.context.newPage();
    for (const box of boxes) {
      const png = await tab.screenshot({ clip: innerClip(box) });
      expect(await shareOfColour(decoder, png, KARABAKH_FILL)).toBeGreaterThan(0.3);
    }
    await decoder.close();
    await tab.close();
  });

  test('a dark page stays readable', async () => {
    const { tab } = await open('/dark');
    await waitForHighlights(tab, 4);
    await tab.screenshot({ path: `${screenshotDir}/highlights-dark.png` });
    await tab.close();
  });
});

/** Sends a ContentRequest to the tab, from the service worker, the way the popup does. */
async function ask(tab: Page, request: unknown): Promise<unknown> {
  await tab.bringToFront();
  return browser.worker.evaluate(async (message) => {
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(active!.id!, message);
  }, request);
}

async function badge(tab: Page): Promise<string> {
  await tab.bringToFront();
  return browser.worker.evaluate(async () => {
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: active!.id! });
  });
}

describe('the content script answers the popup and feeds the badge', () => {
  test('page report: counts, snippets with context, complete', async () => {
    const { tab } = await open('/long');
    const expected = findMentions(ARTICLE.join('\n'));
    await expect
      .poll(async () => ((await ask(tab, { type: 'get-page-report' })) as { complete: boolean }).complete, { timeout: 10_000 })
      .toBe(true);
    const report = (await ask(tab, { type: 'get-page-report' })) as {
      url: string;
      reason: string;
      counts: Record<string, number>;
      snippets: { index: number; entity: string; text: string; before: string; after: string }[];
    };
    expect(report.url).toBe(server.url('/long'));
    expect(report.reason).toBe('on');
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(expected.length);
    for (const entity of Object.keys(report.counts)) {
      expect(report.snippets.filter((s) => s.entity === entity).length).toBe(Math.min(3, report.counts[entity]!));
    }
    const first = report.snippets.find((s) => s.text === 'Nagorno-Karabakh')!;
    expect(first.before).toMatch(/began leaving $/);
    expect(first.after).toMatch(/^ in April 2024/);
    await expect.poll(() => badge(tab), { timeout: 5000 }).toBe(String(total));
    await tab.close();
  });

  test('reveal-mention scrolls the mention to the middle and opens its card', async () => {
    const { tab } = await open('/long');
    await expect.poll(async () => (await pageWideMentions(browser.worker, tab)).total, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const report = (await ask(tab, { type: 'get-page-report' })) as { snippets: { index: number; text: string }[] };
    const target = report.snippets.find((s) => s.text === 'trilateral statement')!;
    expect(await ask(tab, { type: 'reveal-mention', index: target.index })).toBe(true);
    const dialog = tab.getByRole('dialog');
    await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(1);
    expect(await dialog.innerText()).toMatch(/bne IntelliNews/);
    const where = await tab.evaluate(() => window.scrollY);
    expect(where).toBeGreaterThan(0);
    // The jump brought it near the screen: it is registered now.
    await expect.poll(async () => (await readHighlights(tab)).map((h) => h.text), { timeout: 2000 }).toContain('trilateral statement');
    // Bad input gets a clear answer, not a crash.
    expect(await ask(tab, { type: 'reveal-mention', index: 9999 })).toBe(false);
    await tab.close();
  });
});

describe('extension reload', () => {
  // Chromium started with --load-extension does not bring the extension back after a
  // reload (no worker, no content scripts), so this checks the old script's side: it
  // notices it is orphaned and takes its highlights with it, without errors.
  test('an orphaned content script removes its highlights', async () => {
    const { tab, errors } = await open('/article');
    await waitForHighlights(tab, 3);
    await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await expect.poll(async () => (await readHighlights(tab)).length, { timeout: 10_000 }).toBe(0);
    await tab.waitForTimeout(2500);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
