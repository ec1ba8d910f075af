/**
 * The pictures of the store listings, taken from the real extension in Chromium: 1280×800
 * screenshots (a card over an article, the popup over it, the options page) and the
 * 440×280 promo tile, written to store/screenshots/. tests/store/store.test.ts checks
 * their sizes. The article is the demo page (demo/index.html, written for this project).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors } from '../testing/harness/chromium';
import { launchWithPopup, type PopupBrowser } from '../testing/harness/popup';
import { projectRoot } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';
import { cardBox, drawnMention, hover } from './fixtures/card-helpers';

const SIZE = { width: 1280, height: 800 };
const outDir = join(projectRoot, 'store/screenshots');

/** A Russian page for the Russian listing's pictures, written for this project. */
const RUSSIAN_ARTICLE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Кавказская хроника</title>
<style>body { margin: 0; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: #1d1d1f; background: #fbfaf7; }
header { border-bottom: 3px double #1d1d1f; padding: 12px 24px; font: 700 22px/1.2 'DejaVu Sans', Arial, sans-serif; letter-spacing: 0.04em; text-transform: uppercase; }
article { max-width: 42rem; margin: 0 auto; padding: 24px; } h1 { font-size: 2rem; line-height: 1.2; }</style></head>
<body><header>Кавказская хроника</header><article>
<h1>Последняя колонна: российские миротворцы покидают Карабах</h1>
<p>Грузовики ушли до рассвета. После трёх с половиной лет службы российские миротворцы, стоявшие в Карабахе, снимают флаги с постов и грузят технику на тягачи, идущие на север.</p>
<p>Контингент прибыл в ноябре 2020 года по трёхстороннему заявлению, которое завершило шесть недель боёв. Документ заморозил линию фронта и разместил российских военных вдоль линии соприкосновения и Лачинского коридора на пять лет.</p>
<p>После сентября 2023 года, когда Баку установил полный контроль над Нагорным Карабахом, вопрос был уже не в том, уйдёт ли Российский миротворческий контингент, а в том, когда.</p>
<p>Наблюдатели в Ереване и Баку по-разному оценивают досрочный уход; одни видят в нём сигнал Армении, другие — итог договорённости двух столиц.</p>
</article></body></html>`;

const LISTINGS = [
  { language: 'en', prefix: 'screenshot-', mention: 'Karabakh', article: () => readFileSync(join(projectRoot, 'demo/index.html'), 'utf8') },
  { language: 'ru', prefix: 'screenshot-ru-', mention: 'Карабах', article: () => RUSSIAN_ARTICLE },
] as const;

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** A page of exactly `size`, drawn from HTML, as a PNG. */
async function shoot(browser: PopupBrowser, html: string, file: string, size = SIZE): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir, file) });
  await page.close();
}

async function articleWithCard(browser: PopupBrowser, url: string, text: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  const mention = await drawnMention(tab, text);
  await tab.evaluate((top) => scrollBy(0, top - 120), mention.top);
  await hover(tab, await drawnMention(tab, text));
  await expect.poll(() => cardBox(tab), { timeout: 10_000 }).not.toBeNull();
  return tab;
}

let server: TestServer;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  server = await startServer(Object.fromEntries(LISTINGS.map((listing) => [`/${listing.language}`, listing.article()])));
});

afterAll(async () => {
  await server?.close();
});

describe.each(LISTINGS)('store screenshots, $language', ({ language, prefix, mention }) => {
  let browser: PopupBrowser;

  beforeAll(async () => {
    browser = await launchWithPopup({ viewport: SIZE, language });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('1280×800: a card over an article', async () => {
    const tab = await articleWithCard(browser, server.url(`/${language}`), mention);
    const errors = collectErrors(tab);
    await tab.waitForTimeout(300); // the card fades in once placed
    await tab.screenshot({ path: join(outDir, `${prefix}1-card.png`) });
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('1280×800: the popup over the article it counted', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url(`/${language}`));
    await drawnMention(tab, mention);
    const page = await tab.screenshot();
    const popup = await browser.openPopup(tab);
    await popup.locator('.count').first().waitFor();
    const popupShot = await popup.screenshot({ fullPage: false });
    await popup.close();
    // The popup drawn where a toolbar popup opens, over a dimmed page: both real pictures.
    await shoot(
      browser,
      `<body style="margin:0;background:url(${dataUrl(page)}) 0 0/1280px 800px">
        <div style="position:fixed;inset:0;background:rgb(0 0 0 / 0.25)"></div>
        <img src="${dataUrl(popupShot)}" style="position:fixed;top:8px;right:16px;max-height:784px;border-radius:8px;box-shadow:0 8px 32px rgb(0 0 0 / 0.4)">
      </body>`,
      `${prefix}2-popup.png`,
    );
    await tab.close();
  });

  test('1280×800: the options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.setViewportSize(SIZE);
    await options.locator('h1').waitFor();
    await options.screenshot({ path: join(outDir, `${prefix}3-options.png`) });
    await options.close();
  });
});

test('440×280: the promo tile', async () => {
  const browser = await launchWithPopup({ viewport: SIZE });
  const icon = readFileSync(join(projectRoot, 'public/icon/128.png'));
  await shoot(
    browser,
    `<body style="margin:0;width:440px;height:280px;display:grid;place-items:center;background:#0b4f4a;color:#fff;
                  font:16px/1.35 system-ui,'DejaVu Sans',sans-serif">
      <div style="display:grid;grid-template-columns:88px 1fr;gap:18px;align-items:center;padding:0 28px">
        <img src="${dataUrl(icon)}" width="88" height="88" alt="">
        <div>
          <div style="font-size:26px;font-weight:700">Karabakh Context</div>
          <div style="margin-top:6px">Karabakh, the Russian peacekeepers and the 2020 ceasefire statement, explained where you read.</div>
          <div style="margin-top:10px;font-size:13px;opacity:0.85">6 languages · nothing leaves your browser</div>
        </div>
      </div>
    </body>`,
    'promo-tile-440x280.png',
    { width: 440, height: 280 },
  );
  await browser.close();
}, 60_000);
