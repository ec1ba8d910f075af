import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, notesLanguageOptions, notesLocale, pluralForm, uiLocaleOfTag } from '@/core/locale';

describe('uiLocaleOfTag', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['az-Latn-AZ', 'az'],
    ['HY', 'hy'],
    ['fr_CA', 'fr'],
    ['de', 'de'],
    ['en-US', 'en'],
    ['uk', undefined],
    ['', undefined],
    [42, undefined],
  ])('%s → %s', (tag, locale) => {
    expect(uiLocaleOfTag(tag)).toBe(locale);
  });
});

describe('plural forms by Intl', () => {
  it.each([
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['ru', 1, 'one'],
    ['ru', 21, 'one'],
    ['ru', 3, 'few'],
    ['ru', 5, 'many'],
    ['ru', 11, 'many'],
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 2, 'other'],
    ['hy', 3, 'other'],
    ['az', 1, 'one'],
    ['de', 0, 'other'],
  ] as const)('%s %d → %s', (locale, count, form) => {
    expect(pluralForm(locale, count)).toBe(form);
  });

  it('groups digits the locale’s way', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('de', 12345)).toBe('12.345');
    expect(formatNumber('ru', 12345).replace(/\s/g, ' ')).toBe('12 345');
    // Azerbaijani and Armenian group like German and Russian, in browsers without their data too.
    expect(formatNumber('az', 12345)).toBe('12.345');
    expect(formatNumber('hy', 12345).replace(/\s/g, ' ')).toBe('12 345');
  });
});

describe('formatDate', () => {
  it('writes full dates day first in English, in each locale’s own words elsewhere', () => {
    expect(formatDate('en', '2024-04-29')).toBe('29 April 2024');
    expect(formatDate('ru', '2024-04-29')).toMatch(/^29 апреля 2024/);
    expect(formatDate('de', '2024-04-29')).toBe('29. April 2024');
    expect(formatDate('fr', '2020-11-10')).toBe('10 novembre 2020');
    expect(formatDate('hy', '2020-11-10')).toBe('10 նոյեմբերի, 2020 թ.');
    expect(formatDate('az', '2024-04-29')).toBe('29 aprel 2024');
  });
  it('writes month-only dates without a day, short or long', () => {
    expect(formatDate('en', '2020-11', 'short')).toBe('Nov 2020');
    expect(formatDate('en', '2020-11')).toBe('November 2020');
    expect(formatDate('az', '2020-11')).toBe('noyabr 2020');
    expect(formatDate('az', '2020-11', 'short')).toBe('noy 2020');
    expect(formatDate('hy', '2020-11', 'short')).toBe('2020 թ. նոյ');
  });
  it('never shifts the day with the time zone', () => {
    expect(formatDate('en', '2020-11-10')).toBe('10 November 2020');
  });
  it('shows anything that is not such a date as given', () => {
    expect(formatDate('en', 'spring 2024')).toBe('spring 2024');
    expect(formatDate('en', '2024-13')).toBe('2024-13');
  });
});

describe('the notes’ language', () => {
  it('offers the browser’s language, English and the page’s, each once', () => {
    expect(notesLanguageOptions('ru', 'fr').map((option) => option.locale)).toEqual(['ru', 'en', 'fr']);
    expect(notesLanguageOptions('ru', 'ru').map((option) => option.locale)).toEqual(['ru', 'en']);
    expect(notesLanguageOptions('en', 'hy').map((option) => option.locale)).toEqual(['en', 'hy']);
    expect(notesLanguageOptions('en', undefined).map((option) => option.locale)).toEqual(['en']);
  });
  it('follows the choice where it applies, the browser’s language otherwise', () => {
    expect(notesLocale('browser', 'ru', 'fr')).toBe('ru');
    expect(notesLocale('en', 'ru', 'fr')).toBe('en');
    expect(notesLocale('page', 'ru', 'fr')).toBe('fr');
    expect(notesLocale('page', 'ru', undefined)).toBe('ru');
    expect(notesLocale('garbage', 'hy', 'fr')).toBe('hy');
  });
});
