/**
 * Any locale's words for tests, read straight from locales/*.yml the way the build reads
 * them (@wxt-dev/i18n/build), so a component can be rendered in Russian or Armenian
 * without a browser.
 */
import { render, type RenderOptions } from '@testing-library/preact';
import type { ComponentChild, ComponentChildren } from 'preact';
import type { UiLocale } from '@/core/locale';
import { TextsContext, textsFor, type Texts } from '@/components/texts';
import { loadLocaleMessages, substitute } from './messages';

export { loadLocaleMessages, projectRoot } from './messages';

export function testTexts(locale: UiLocale = 'en'): Texts {
  const messages = loadLocaleMessages(locale);
  const message = (key: string, substitutions?: readonly unknown[]) => {
    const found = messages[key];
    if (found === undefined) throw new Error(`no message "${key}" in locales/${locale}.yml`);
    return substitute(found, substitutions);
  };
  return textsFor(locale, ((key: string, substitutions?: readonly unknown[]) => message(key, substitutions)) as Texts['t']);
}

/** A testing-library `wrapper` that gives components a locale's texts. */
export function textsWrapper(locale: UiLocale = 'en') {
  const texts = testTexts(locale);
  return ({ children }: { children: ComponentChildren }) => <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
}

/** testing-library's render, inside a locale's texts (English by default). */
export function renderIn(ui: ComponentChild, locale: UiLocale = 'en', options: Omit<RenderOptions, 'wrapper'> = {}) {
  return render(ui, { ...options, wrapper: textsWrapper(locale) });
}
