import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { siteKeyOf } from '../core/sites';
import { launchChromium, openTab, type ExtensionBrowser } from '../testing/harness/chromium';
import { readHighlights, type DrawnHighlight } from '../testing/harness/highlights';
import { screenshotDir } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';

/** What the test pages below add to their window, for the tests to drive them. */
type TestWindow = Window & { addItem(text: string): string; addLate(): void; __mutations: string[] };

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dynamic</title>${head}
<style>body{font:17px/1.6 system-ui,sans-serif;margin:2rem}</style></head><body>${body}</body></html>`;
}

const FEED = page(
  `<h1>Feed</h1><section id="feed"></section>`,
  `<script>
  let n = 0;
  window.addItem = (text) => {
    const item = document.createElement('article');
    item.id = 'item' + (++n);
    item.innerHTML = '<p>' + text + '</p>';
    document.getElementById('feed').append(item, document.createTextNode('\\n'));
    return item.id;
  };
  </script>`,
);

const SPA = page(
  `<nav><a id="next" href="/spa/two">next</a></nav><main id="main"><p>First page: the Russian peacekeepers in Karabakh.</p></main>`,
  `<script>
  document.addEventListener('click', (event) => {
    if (event.target.id !== 'next') return;
    event.preventDefault();
    history.pushState({}, '', '/spa/two');
    document.getElementById('main').innerHTML = '<p>Second page: the trilateral statement of November 2020.</p>';
  });
  </script>`,
);

const SHADOW = page(
  `<p>Light text about Nagorno-Karabakh.</p><div id="host"></div>`,
  `<script>
  customElements.define('late-card', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).innerHTML = '<p>A late shadow card on the trilateral statement.</p>';
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML =
      '<section><p>Shadow text: the <b>Russian</b> peacekeepers left Karabakh.</p></section>';
  });
  window.addLate = () => document.body.append(document.createElement('late-card'));
  </script>`,
);

const FRAMES = page(
  `<p>Top: Nagorno-Karabakh.</p>
   <iframe id="same" src="/frame"></iframe>
   <iframe id="blank"></iframe>
   <script>
     const doc = document.getElementById('blank').contentDocument;
     doc.body.innerHTML = '<p>Blank frame: the Russian peacekeepers in Karabakh.</p>';
   </script>`,
);

const FORMS = page(
  `<p>Outside: Karabakh.</p>
   <input id="input" value="Karabakh in an input">
   <textarea id="area">Karabakh in a textarea</textarea>
   <div id="editor" contenteditable="true"><p>Karabakh in an editor</p></div>`,
  `<script>
  window.__mutations = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) window.__mutations.push(r.type + ':' + r.target.nodeName);
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('DOMContentLoaded', () => { observer.takeRecords(); window.__mutations.length = 0; });
  </script>`,
);

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    '/feed': FEED,
    '/spa': SPA,
    '/spa/two': SPA,
    '/shadow': SHADOW,
    '/frames': FRAMES,
    '/frame': page('<p>Same-origin frame: the trilateral statement on Nagorno-Karabakh.</p>'),
    '/forms': FORMS,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string) => openTab(browser.context, server.url(path));

/** Polls until the highlight texts satisfy `check` (highlights come in idle time). */
async function until(tab: Page | Frame, check: (texts: string[]) => boolean, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let texts: string[] = [];
  while (Date.now() < deadline) {
    texts = (await readHighlights(tab as Page)).map((h: DrawnHighlight) => h.text);
    if (check(texts)) return texts;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`highlights never matched; last saw ${JSON.stringify(texts)}`);
}

describe('pages that change', () => {
  test('a feed: new items get highlights, removed items drop them', async () => {
    const { tab, errors } = await open('/feed');
    await tab.evaluate(() => (window as unknown as TestWindow).addItem('The Russian peacekeepers left Karabakh.'));
    await until(tab, (t) => t.includes('Karabakh') && t.includes('Russian peacekeepers'));
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(await tab.evaluate((i) => (window as unknown as TestWindow).addItem(`Item ${i}: the trilateral statement, again.`), i));
    }
    await until(tab, (t) => t.filter((x) => /trilateral statement/.test(x)).length === 20);
    await tab.evaluate((ids) => {
      for (const id of ids.slice(0, 15)) document.getElementById(id)!.remove();
    }, ids);
    await until(tab, (t) => t.filter((x) => /trilateral statement/.test(x)).length === 5);
    // Text edited in place is read again.
    await tab.evaluate(() => {
      document.querySelector('#item1 p')!.firstChild!.textContent = 'Nothing to see here.';
    });
    await until(tab, (t) => !t.includes('Karabakh'));
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('single-page-app navigation reads the new page', async () => {
    const { tab } = await open('/spa');
    await until(tab, (t) => t.includes('Karabakh'));
    await tab.click('#next');
    const texts = await until(tab, (t) => t.some((x) => /trilateral statement/.test(x)) && !t.includes('Karabakh'));
    expect(tab.url()).toMatch(/\/spa\/two$/);
    expect(texts.some((x) => /peacekeepers/.test(x))).toBe(false);
    await tab.close();
  });

  test('open shadow roots, including ones attached later', async () => {
    const { tab } = await open('/shadow');
    await until(tab, (t) => t.includes('Nagorno-Karabakh') && t.includes('Karabakh') && t.some((x) => /Russian\s+peacekeepers/.test(x)));
    await tab.evaluate(() => (window as unknown as TestWindow).addLate());
    await until(tab, (t) => t.some((x) => /trilateral statement/.test(x)));
    await tab.screenshot({ path: `${screenshotDir}/highlights-shadow.png` });
    await tab.close();
  });

  test('same-origin and about:blank iframes', async () => {
    const { tab } = await open('/frames');
    await until(tab, (t) => t.includes('Nagorno-Karabakh'));
    const same = tab.frames().find((f) => f.url().endsWith('/frame'))!;
    const blank = tab.frames().find((f) => f.url() === 'about:blank')!;
    expect(same).toBeTruthy();
    expect(blank).toBeTruthy();
    await until(same, (t) => t.some((x) => /trilateral statement/.test(x)));
    await until(blank, (t) => t.some((x) => /Russian peacekeepers/.test(x)));
    await tab.close();
  });

  test('form fields and editors are neither highlighted nor touched', async () => {
    const { tab, errors } = await open('/forms');
    await until(tab, (t) => t.length === 1 && t[0] === 'Karabakh');
    await tab.click('#editor p');
    await tab.keyboard.type(' and the Russian peacekeepers');
    await tab.fill('#input', 'Nagorno-Karabakh typed');
    await tab.waitForTimeout(800);
    expect((await readHighlights(tab)).map((h) => h.text)).toEqual(['Karabakh']);
    // Only the typing touched the DOM: nothing outside the editor changed.
    const mutations: string[] = await tab.evaluate(() => (window as unknown as TestWindow).__mutations);
    expect(mutations.every((m) => /^(characterData:#text|childList:P|childList:DIV)$/.test(m))).toBe(true);
    expect(await tab.inputValue('#area')).toBe('Karabakh in a textarea');
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe('settings', () => {
  const setSettings = (value: unknown) => browser.worker.evaluate((settings) => chrome.storage.local.set({ settings }), value);
  const entities = { karabakh: true, rmc: true, 'trilateral-statement': true };

  test('switching the site off removes every highlight; on again brings them back without a reload', async () => {
    const { tab, errors } = await open('/feed');
    await tab.evaluate(() => (window as unknown as TestWindow).addItem('Karabakh and the Russian peacekeepers.'));
    await until(tab, (t) => t.length === 2);
    const siteKey = siteKeyOf(tab.url());
    await setSettings({ mode: 'everywhere', offSites: [siteKey], onSites: [], entities, style: 'background' });
    await until(tab, (t) => t.length === 0);
    // Switched off, page changes are not read.
    await tab.evaluate(() => (window as unknown as TestWindow).addItem('The trilateral statement.'));
    await tab.waitForTimeout(500);
    expect(await readHighlights(tab)).toEqual([]);
    await setSettings({ mode: 'everywhere', offSites: [], onSites: [], entities, style: 'underline' });
    await until(tab, (t) => t.length === 3);
    await tab.screenshot({ path: `${screenshotDir}/highlights-underline.png` });
    // One entity off: only its highlights go.
    await setSettings({ mode: 'everywhere', offSites: [], onSites: [], entities: { ...entities, rmc: false }, style: 'background' });
    await until(tab, (t) => t.length === 2 && !t.some((x) => /peacekeepers/.test(x)));
    await setSettings({ mode: 'everywhere', offSites: [], onSites: [], entities, style: 'background' });
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('forced-colors mode keeps the highlights, in system colours', async () => {
    const { tab } = await open('/shadow');
    await tab.emulateMedia({ forcedColors: 'active' });
    await until(tab, (t) => t.length >= 3);
    await tab.screenshot({ path: `${screenshotDir}/highlights-forced-colors.png` });
    await tab.close();
  });
});
