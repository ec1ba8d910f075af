/**
 * The languages the extension speaks, and the pure rules that depend on one: which of
 * them a language tag names, the plural form of a count, how dates read. No browser
 * APIs: the language itself is decided by utils/i18n.ts from the browser's messages.
 */

/** The extension's own words (locales/*.yml) and the dataset's notes exist in these. */
export const UI_LOCALES = ['en', 'ru', 'az', 'hy', 'fr', 'de'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * The UI locale a BCP 47 tag belongs to ("ru-RU" → ru, "az-Latn-AZ" → az, "hy" → hy);
 * undefined for languages the extension does not speak or for text that is not a tag.
 */
export function uiLocaleOfTag(tag: unknown): UiLocale | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isUiLocale(language) ? language : undefined;
}

/**
 * The four CLDR plural forms every locale file spells out for a counted phrase. Intl
 * decides which one a count takes (Russian: 1 one, 3 few, 5 many; French: 0 and 1 one);
 * browser.i18n itself has no plurals.
 */
export type PluralForm = 'one' | 'few' | 'many' | 'other';

export function pluralForm(locale: UiLocale, count: number): PluralForm {
  const category = new Intl.PluralRules(locale).select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}

/**
 * Chrome ships ICU without Armenian data, and its Azerbaijani data has no month names
 * (measured in Chromium 156: "2024 M04 29"; 'hy' falls back to en-US). Those two are
 * written from our own tables, the same in every browser; the others use Intl.
 */
const NUMBER_LOCALE: Partial<Record<UiLocale, string>> = {
  // The same digit grouping as these, which every browser has: 12.345 and 12 345.
  az: 'de',
  hy: 'ru',
};

export function formatNumber(locale: UiLocale, value: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale] ?? locale).format(value);
}

interface MonthNames {
  /** As in "aprel 2024". */
  names: readonly string[];
  /** As after a day: Armenian's genitive "ապրիլի". */
  withDay: readonly string[];
  short: readonly string[];
  long(day: number, month: string, year: number): string;
  monthYear(month: string, year: number): string;
}

const OWN_MONTHS: Partial<Record<UiLocale, MonthNames>> = {
  az: {
    names: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    withDay: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    short: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
    long: (day, month, year) => `${day} ${month} ${year}`,
    monthYear: (month, year) => `${month} ${year}`,
  },
  hy: {
    names: [
      'հունվար',
      'փետրվար',
      'մարտ',
      'ապրիլ',
      'մայիս',
      'հունիս',
      'հուլիս',
      'օգոստոս',
      'սեպտեմբեր',
      'հոկտեմբեր',
      'նոյեմբեր',
      'դեկտեմբեր',
    ],
    withDay: [
      'հունվարի',
      'փետրվարի',
      'մարտի',
      'ապրիլի',
      'մայիսի',
      'հունիսի',
      'հուլիսի',
      'օգոստոսի',
      'սեպտեմբերի',
      'հոկտեմբերի',
      'նոյեմբերի',
      'դեկտեմբերի',
    ],
    short: ['հնվ', 'փտվ', 'մրտ', 'ապր', 'մյս', 'հնս', 'հլս', 'օգս', 'սեպ', 'հոկ', 'նոյ', 'դեկ'],
    long: (day, month, year) => `${day} ${month}, ${year} թ.`,
    monthYear: (month, year) => `${year} թ. ${month}`,
  },
};

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * "2024-04-29" → "29 April 2024" (en), "29 апреля 2024 г." (ru); "2020-11" → "November
 * 2020"; `short` abbreviates the month. Read in UTC so the day never shifts with the
 * reader's time zone. Anything that is not such a date is shown as given.
 */
export function formatDate(locale: UiLocale, value: string, style: 'long' | 'short' = 'long'): string {
  const match = DATE.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined];
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return value;
  const own = OWN_MONTHS[locale];
  if (own) {
    const index = month - 1;
    if (day !== undefined) return own.long(day, own.withDay[index]!, year);
    return own.monthYear((style === 'short' ? own.short : own.names)[index]!, year);
  }
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  // English reads day-month-year, as the article and the card always have ("29 April
  // 2024"), not en-US's "April 29, 2024".
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: style === 'short' ? 'short' : 'long',
    ...(day !== undefined ? { day: 'numeric' } : {}),
  });
  return format.format(date);
}

/**
 * What a reader picked for the card's notes: the browser's language (the default),
 * English, or the language of the page being read. Stored as the choice, not as a code,
 * so "the page's language" follows each page.
 */
export type NotesLanguageChoice = 'browser' | 'en' | 'page';

export const NOTES_LANGUAGE_CHOICES: readonly NotesLanguageChoice[] = ['browser', 'en', 'page'];

export function isNotesLanguageChoice(value: unknown): value is NotesLanguageChoice {
  return typeof value === 'string' && (NOTES_LANGUAGE_CHOICES as readonly string[]).includes(value);
}

export interface NotesLanguageOption {
  choice: NotesLanguageChoice;
  locale: UiLocale;
}

/**
 * The languages a card offers for its notes, each once, in this order: the browser's,
 * English, the page's (when the extension speaks it). One option means nothing to switch.
 */
export function notesLanguageOptions(browserLocale: UiLocale, pageLocale: UiLocale | undefined): NotesLanguageOption[] {
  const options: NotesLanguageOption[] = [{ choice: 'browser', locale: browserLocale }];
  if (browserLocale !== 'en') options.push({ choice: 'en', locale: 'en' });
  if (pageLocale && !options.some((option) => option.locale === pageLocale)) {
    options.push({ choice: 'page', locale: pageLocale });
  }
  return options;
}

/** The language the notes are shown in: the choice where it applies, else the browser's. */
export function notesLocale(choice: unknown, browserLocale: UiLocale, pageLocale: UiLocale | undefined): UiLocale {
  if (choice === 'en') return 'en';
  if (choice === 'page' && pageLocale) return pageLocale;
  return browserLocale;
}
