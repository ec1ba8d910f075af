/**
 * The extension's words in the browser's language: WXT's i18n (`#i18n`, generated from
 * locales/*.yml, keys checked by the compiler) over browser.i18n, plus the plural and
 * Intl helpers the messages format cannot express. Components receive this through
 * components/texts.ts so they never touch a browser API themselves.
 *
 * Which language: the browser picks the messages file (its UI language, English when
 * it has none of ours). Every locale file says its own code under `locale`, and
 * everything else that depends on the language — the notes' language, dates, numbers,
 * plural forms — is read from that one message, so the card and the popup always
 * agree with the words around them. (`i18n.getUILanguage()` can disagree with the
 * messages chosen: headless Chromium started with --lang=ru reports en-US there.)
 */
import { i18n } from '#i18n';
import { formatDate, formatNumber, isUiLocale, pluralForm, type UiLocale } from '@/core/locale';
import type { PluralKey, Texts } from '@/components/texts';

/** The locale of the messages the browser chose. */
export function messagesLocale(): UiLocale {
  const code = i18n.t('locale');
  return isUiLocale(code) ? code : 'en';
}

export function createTexts(locale: UiLocale = messagesLocale()): Texts {
  return {
    locale,
    t: i18n.t,
    count: (key: PluralKey, count: number) =>
      i18n.t(`${key}.${pluralForm(locale, count)}`, [formatNumber(locale, count)]),
    number: (value: number) => formatNumber(locale, value),
    date: (value: string, style?: 'long' | 'short') => formatDate(locale, value, style),
  };
}
