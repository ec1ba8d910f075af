/**
 * locales/<locale>.yml read the way the build reads them (@wxt-dev/i18n/build), for tests
 * that need a locale's messages without a browser.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { UiLocale } from '@/core/locale';

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
export function substitute(message: string, substitutions: readonly unknown[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? '')));
}

/** A getMessage like the browser's, over one locale's messages ('' for an unknown key). */
export function getMessageFrom(locale: UiLocale) {
  const messages = loadLocaleMessages(locale);
  return (name: string, substitutions?: string | string[]): string => {
    const found = messages[name.replaceAll('_', '.')];
    if (found === undefined) return '';
    return substitute(found, typeof substitutions === 'string' ? [substitutions] : substitutions);
  };
}
