/**
 * The words and formats components show, passed down as a Preact context so that
 * components stay free of browser APIs: the entrypoints build them with textsFor over
 * utils/i18n.ts (the browser's messages), tests over any locale's file (tests/helpers/texts.ts).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GeneratedI18nStructure } from '#i18n';
import type { i18n } from '#i18n';
import { formatDate, formatNumber, pluralForm, type UiLocale } from '@/core/locale';

type MessageKey = keyof GeneratedI18nStructure & string;

/** A counted phrase: a key whose one/few/many/other forms each take the count as $1. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

export interface Texts {
  locale: UiLocale;
  /** A message by key, with $1…$9 filled in. */
  t: (typeof i18n)['t'];
  /** A counted phrase in the right plural form, the count formatted for the locale. */
  count(key: PluralKey, count: number): string;
  number(value: number): string;
  /** "2024-04-29" or "2020-11" as the locale writes dates. */
  date(value: string, style?: 'long' | 'short'): string;
}

/** The words and formats of one locale, over a message lookup (`i18n.t`, or a test's). */
export function textsFor(locale: UiLocale, t: Texts['t']): Texts {
  return {
    locale,
    t,
    count: (key: PluralKey, count: number) => t(`${key}.${pluralForm(locale, count)}`, [formatNumber(locale, count)]),
    number: (value: number) => formatNumber(locale, value),
    date: (value: string, style?: 'long' | 'short') => formatDate(locale, value, style),
  };
}

export const TextsContext = createContext<Texts | undefined>(undefined);

export function useTexts(): Texts {
  const texts = useContext(TextsContext);
  if (!texts) throw new Error('useTexts: render inside <TextsContext.Provider> (textsFor)');
  return texts;
}
