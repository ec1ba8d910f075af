/**
 * Any locale's words for tests, read straight from locales/*.yml the way the build reads
 * them (@wxt-dev/i18n/build), so a component can be rendered in Russian or Armenian
 * without a browser.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { ComponentChildren } from 'preact';
import { formatDate, formatNumber, pluralForm, type UiLocale } from '@/core/locale';
import { TextsContext, type PluralKey, type Texts } from '@/components/texts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** locale → { 'popup.loading': 'Reading this page…', … }, predefined @@ messages left out. */
export function loadLocaleMessages(locale: UiLocale): Record<string, string> {
  const text = readFileSync(join(projectRoot, 'locales', `${locale}.yml`), 'utf8');
  const chrome = generateChromeMessages(parseMessagesText(text, 'YAML'));
  return Object.fromEntries(
    Object.entries(chrome)
      .filter(([key]) => !key.startsWith('@@'))
      .map(([key, value]) => [key.replaceAll('_', '.'), value.message]),
  );
}

/** browser.i18n.getMessage's substitution: $1…$9 replaced, $$ kept as one $. */
function substitute(message: string, substitutions: readonly unknown[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''),
  );
}

export function testTexts(locale: UiLocale = 'en'): Texts {
  const messages = loadLocaleMessages(locale);
  const message = (key: string, substitutions?: readonly unknown[]) => {
    const found = messages[key];
    if (found === undefined) throw new Error(`no message "${key}" in locales/${locale}.yml`);
    return substitute(found, substitutions);
  };
  return {
    locale,
    t: ((key: string, substitutions?: readonly unknown[]) => message(key, substitutions)) as Texts['t'],
    count: (key: PluralKey, count: number) => message(`${key}.${pluralForm(locale, count)}`, [formatNumber(locale, count)]),
    number: (value: number) => formatNumber(locale, value),
    date: (value: string, style?: 'long' | 'short') => formatDate(locale, value, style),
  };
}

/** A testing-library `wrapper` that gives components a locale's texts. */
export function textsWrapper(locale: UiLocale = 'en') {
  const texts = testTexts(locale);
  return ({ children }: { children: ComponentChildren }) => (
    <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>
  );
}
