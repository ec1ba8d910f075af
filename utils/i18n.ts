/**
 * The extension's words in the browser's language: WXT's i18n (`#i18n`, generated from
 * locales/*.yml, keys checked by the compiler) over browser.i18n, plus the plural and
 * Intl helpers the messages format cannot express. Entrypoints hand it to
 * components through components/texts.ts (textsFor), so components never touch a browser API.
 *
 * Which language: the browser picks the messages file (its UI language, English when
 * it has none of ours). Every locale file says its own code under `locale`, and
 * everything else that depends on the language — the notes' language, dates, numbers,
 * plural forms — is read from that one message, so the card and the popup always
 * agree with the words around them. (`i18n.getUILanguage()` can disagree with the
 * messages chosen: headless Chromium started with --lang=ru reports en-US there.)
 */
import { i18n } from '#i18n';
import { formatNumber, isUiLocale, pluralForm, type UiLocale } from '@/core/locale';

/** The locale of the messages the browser chose. */
export function messagesLocale(): UiLocale {
  const code = i18n.t('locale');
  return isUiLocale(code) ? code : 'en';
}

/** The browser's messages, by key (WXT's typed `i18n.t`). */
export const translate = i18n.t;

/** The badge's counted tooltip, in the messages' language and plural form. */
export function badgeTitle(count: number, locale: UiLocale = messagesLocale()): string {
  const phrase = 'badge.title';
  return i18n.t(`${phrase}.${pluralForm(locale, count)}`, [formatNumber(locale, count)]);
}
