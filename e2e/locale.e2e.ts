/**
 * The extension in the reader's language, in Chromium set to Russian and to Armenian
 * (`--lang` plus the LANGUAGE environment variable choose the extension's messages in
 * Debian's Chromium; `--accept-lang` the page's navigator.language): the popup and a card
 * speak that language, the card's notes switch to English and back and the choice is
 * remembered, and nothing is cut off or overflows. Screenshots: docs/screenshots/*-ru.png,
 * *-hy.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataset } from '@/core/dataset';
import { datasetIn } from '@/core/translations';
import { collectErrors } from '../testing/harness/chromium';
import { launchWithPopup, runAxe, type PopupBrowser } from '../testing/harness/popup';
import { screenshotDir } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';
import { cardBox, drawnMention, hover } from './fixtures/card-helpers';

// Prose written for these tests, in each language, mentioning each entity.
const PAGES = {
  ru: `<p>Вывод российских миротворцев из Карабаха начался весной 2024 года, раньше, чем ждали многие наблюдатели в Ереване.</p>
<p>По трёхстороннему заявлению от 10 ноября 2020 года контингент должен был оставаться в Нагорном Карабахе пять лет.</p>`,
  hy: `<p>Ռուս խաղաղապահները Լեռնային Ղարաբաղից դուրս եկան 2024 թվականին, ավելի շուտ, քան սպասում էին շատերը։</p>
<p>Նոյեմբերի 9-ի հայտարարությունը նախատեսում էր, որ նրանք Ղարաբաղում կմնան հինգ տարի։</p>`,
} as const;

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title><link rel="icon" href="data:,">
<style>body { font: 18px/1.6 Georgia, serif; max-width: 680px; margin: 40px auto; }</style></head><body>${body}</body></html>`;

let server: TestServer;

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  server = await startServer({
    '/ru': page('ru', PAGES.ru),
    '/hy': page('hy', PAGES.hy),
    '/en': page('en', '<p>The Russian peacekeepers left Karabakh in 2024.</p>'),
  });
});

afterAll(async () => {
  await server?.close();
});

/** Elements whose text is cut off: wider or taller inside than their box, without scrolling on purpose. */
async function clipped(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const scope: ParentNode =
      [...document.querySelectorAll('*')].find((element) => element.shadowRoot?.querySelector(selector))?.shadowRoot ?? document;
    const base = scope.querySelector(selector);
    if (!base) return [`no ${selector}`];
    const found: string[] = [];
    for (const element of [base, ...base.querySelectorAll('*')]) {
      const style = getComputedStyle(element);
      // The other names line ends in an ellipsis by design (its full text is in its title);
      // screen-reader-only text is clipped to 1 px on purpose.
      if (style.textOverflow === 'ellipsis' || element.clientWidth <= 1) continue;
      // Hidden overflow cuts text off; unwrapped text spilling out of its box runs into its neighbour.
      const spills = style.overflowX !== 'visible' || style.whiteSpace === 'nowrap';
      if (element.scrollWidth > element.clientWidth + 1 && spills && element.clientWidth > 0) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    const box = base.getBoundingClientRect();
    if (box.right > innerWidth + 0.5 || box.left < -0.5) found.push(`${selector} leaves the viewport sideways`);
    return found;
  }, root);
}

const card = (tab: Page) => tab.getByRole('dialog');

/** "Nov 2020" or ICU's "2020 M11": a date not written in the reader's language. */
const ENGLISH_OR_RAW_MONTH = /\bM\d{2}\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

describe.each([
  { language: 'ru', mention: 'Карабаха', heading: 'Эта страница', switchName: /^Выделять на/, privacyLink: /^Конфиденциальность/ },
  { language: 'hy', mention: 'Լեռնային Ղարաբաղից', heading: 'Այս էջը', switchName: /^Նշել/, privacyLink: /^Գաղտնիություն/ },
] as const)('Chromium in $language', ({ language, mention, heading, switchName, privacyLink }) => {
  let browser: PopupBrowser;
  const translated = datasetIn(language);
  const karabakh = translated.entities.find((entity) => entity.id === 'karabakh')!;
  const englishKarabakh = dataset.entities.find((entity) => entity.id === 'karabakh')!;

  beforeAll(async () => {
    browser = await launchWithPopup({ language });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('the popup speaks the language, its counts in the language’s plural forms', async () => {
    const { tab } = { tab: await browser.context.newPage() };
    await tab.goto(server.url(`/${language}`));
    await drawnMention(tab, mention);
    const popup = await browser.openPopup(tab);
    const errors = collectErrors(popup);
    await popup.locator('.count').first().waitFor();
    await expect.poll(() => popup.getByRole('heading', { name: heading }).count()).toBe(1);
    expect(await popup.getByRole('switch', { name: switchName }).count()).toBe(1);
    expect(await popup.locator('html').getAttribute('lang')).toBe(language);
    expect(await popup.locator('.status').first().textContent()).not.toMatch(/mention/);
    await popup.locator('details').evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    // The article's argument in the language of the popup.
    expect(await popup.locator('.argument li').first().textContent()).toContain(translated.argument[0]!.text);
    expect(await clipped(popup, 'main')).toEqual([]);
    expect(await popup.locator('time').allTextContents()).not.toContainEqual(expect.stringMatching(ENGLISH_OR_RAW_MONTH));
    expect(await runAxe(popup)).toEqual([]);
    await popup.screenshot({ path: join(screenshotDir, `popup-${language}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await popup.close();
    await tab.close();
  });

  test('a card shows the notes in the language, switches to English and remembers it', async () => {
    const tab = await browser.context.newPage();
    const errors = collectErrors(tab);
    await tab.goto(server.url(`/${language}`));
    await hover(tab, await drawnMention(tab, mention));
    await expect.poll(() => cardBox(tab), { timeout: 10_000 }).not.toBeNull();
    await expect.poll(() => card(tab).textContent()).toContain(karabakh.summary);
    expect(await card(tab).textContent()).toContain('bne IntelliNews');
    expect(await card(tab).getByRole('heading').textContent()).toBe(karabakh.name);
    expect(await clipped(tab, '[role="dialog"]')).toEqual([]);
    // Dates in the language's own words (Chrome's ICU has no Armenian, and no Azerbaijani month names).
    expect(await card(tab).locator('time').allTextContents()).not.toContainEqual(expect.stringMatching(ENGLISH_OR_RAW_MONTH));
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: join(screenshotDir, `card-${language}.png`) });

    // To English, from the card itself.
    await card(tab).getByRole('button', { name: 'English' }).click();
    await expect.poll(() => card(tab).textContent()).toContain(englishKarabakh.summary);
    expect(await card(tab).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    // Remembered: the next page's card opens in English.
    await tab.reload();
    await hover(tab, await drawnMention(tab, mention));
    await expect.poll(() => card(tab).textContent(), { timeout: 10_000 }).toContain(englishKarabakh.summary);

    // And back to the browser's language.
    const own = language === 'ru' ? 'Русский' : 'Հայերեն';
    await card(tab).getByRole('button', { name: own }).click();
    await expect.poll(() => card(tab).textContent()).toContain(karabakh.summary);
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('the options page speaks the language and links the privacy policy, nothing cut off', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.locator('h1').waitFor();
    expect(await options.locator('html').getAttribute('lang')).toBe(language);
    expect(await options.locator('h1').textContent()).toContain('Karabakh Context');
    expect(await options.locator('h1').textContent()).not.toMatch(/options/);
    expect(await clipped(options, 'main')).toEqual([]);
    await options.screenshot({ path: join(screenshotDir, `options-${language}.png`), fullPage: true });
    // The privacy policy, linked in the language of the page, opens inside the extension.
    const privacy = options.locator('a[href$="/privacy.html"]');
    expect(await privacy.textContent()).toMatch(privacyLink);
    const policy = await browser.openExtensionPage('privacy.html');
    await expect.poll(() => policy.locator('#policy').textContent()).toContain('sends **nothing** anywhere');
    await policy.close();
    await options.close();
  });
});
