/**
 * data/translations/<locale>.json say what data/dataset.json says: every piece of prose
 * translated and nothing else; structure (refs, kinds, dates) shared by construction
 * (core/dataset-translation.ts); views still attributed to the article or its author;
 * terms the English quotes still quoted; every number of the English text kept.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '@/core/dataset';
import { translationProblems } from '@/core/dataset-translation';
import { UI_LOCALES, type UiLocale } from '@/core/locale';
import { datasetIn, TRANSLATIONS } from '@/core/translations';

type Translated = Exclude<UiLocale, 'en'>;
const LOCALES = UI_LOCALES.filter((locale): locale is Translated => locale !== 'en');

/** How each language says "the article / its author" when it attributes a view. */
const ATTRIBUTION: Record<UiLocale, RegExp> = {
  en: /article|author|Mammadov/i,
  ru: /стать|автор|Мамедов/i,
  az: /məqal|müəllif|Məmmədov/i,
  hy: /հոդված|հեղինակ|Մամեդով/i,
  fr: /article|auteur|Mammadov/i,
  de: /Artikel|Autor|Mammadov/i,
};

/** Quotation marks of any of the six languages' styles. */
const QUOTED = /[“”"«»„‘’‹›]/;

/** Prose by id, English beside the translation. */
function pairs(locale: Translated): Array<{ where: string; english: string; translated: string; view: boolean }> {
  const other = datasetIn(locale);
  const list: Array<{ where: string; english: string; translated: string; view: boolean }> = [];
  dataset.entities.forEach((entity, i) => {
    const theirs = other.entities[i]!;
    list.push({ where: `${entity.id}.summary`, english: entity.summary, translated: theirs.summary, view: false });
    entity.notes.forEach((note, j) =>
      list.push({ where: note.id, english: note.text, translated: theirs.notes[j]!.text, view: note.kind === 'view' }),
    );
  });
  dataset.timeline.forEach((event, i) =>
    list.push({ where: event.id, english: event.label, translated: other.timeline[i]!.label, view: false }),
  );
  dataset.argument.forEach((point, i) =>
    list.push({ where: point.id, english: point.text, translated: other.argument[i]!.text, view: false }),
  );
  dataset.timeline.forEach((event, i) => {
    if (event.dateNote) list.push({ where: `${event.id}.dateNote`, english: event.dateNote, translated: other.timeline[i]!.dateNote ?? '', view: false });
  });
  list.push({ where: 'article.perspective', english: dataset.article.perspective, translated: other.article.perspective, view: false });
  return list;
}

describe.each(LOCALES)('data/translations/%s.json', (locale) => {
  it('translates every note, summary, name, timeline label and argument point, and nothing else', () => {
    expect(translationProblems(dataset, TRANSLATIONS[locale])).toEqual([]);
  });

  it('leaves no prose in English', () => {
    expect(pairs(locale).filter((pair) => pair.translated === pair.english).map((pair) => pair.where)).toEqual([]);
  });

  it('attributes every view to the article or its author, as the English does', () => {
    const unattributed = pairs(locale).filter((pair) => pair.view && !ATTRIBUTION[locale].test(pair.translated));
    expect(unattributed.map((pair) => `${pair.where}: ${pair.translated}`)).toEqual([]);
  });

  it('keeps quoted (contested) terms quoted', () => {
    const unquoted = pairs(locale).filter((pair) => QUOTED.test(pair.english) && !QUOTED.test(pair.translated));
    expect(unquoted.map((pair) => pair.where)).toEqual([]);
  });

  it('keeps every number of the English text (dates, years, counts)', () => {
    const lost = pairs(locale).flatMap((pair) =>
      (pair.english.match(/\d+/g) ?? [])
        .filter((number) => !(pair.translated.match(/\d+/g) ?? ([] as string[])).includes(number))
        .map((number) => `${pair.where}: ${number}`),
    );
    expect(lost).toEqual([]);
  });

  it('keeps the structure: refs, kinds, dates and entities are the English dataset’s', () => {
    const other = datasetIn(locale);
    const shape = (data: typeof dataset) => ({
      notes: data.entities.map((entity) => entity.notes.map(({ id, kind, refs }) => ({ id, kind, refs }))),
      timeline: data.timeline.map(({ id, date, refs, entities, kind }) => ({ id, date, refs, entities, kind })),
      argument: data.argument.map(({ id, refs }) => ({ id, refs })),
    });
    expect(shape(other)).toEqual(shape(dataset));
  });
});

describe('translationProblems', () => {
  it('lists what is missing and what has no English counterpart', () => {
    const problems = translationProblems(dataset, {
      article: { title: 'T', perspective: '' },
      entities: {},
      notes: { 'no-such-note': 'x' },
      sources: {},
      timeline: {},
      dateNotes: {},
      argument: {},
    });
    expect(problems).toContain('article.perspective: missing');
    expect(problems).toContain('entities.karabakh.name: missing');
    expect(problems).toContain('notes.no-such-note: no such id in data/dataset.json');
    expect(problems).toContain(`notes.${dataset.entities[0]!.notes[0]!.id}: missing`);
  });
  it('refuses what is not an object', () => {
    expect(translationProblems(dataset, null)).toEqual(['translation: must be an object']);
  });
});
