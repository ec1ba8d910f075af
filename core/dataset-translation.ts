/**
 * The dataset's prose in another language. A translation lives in
 * data/translations/<locale>.json and holds only text, keyed by the ids of
 * data/dataset.json: everything else — paragraph refs, fact/view kind, dates, which
 * entities an event involves, order — is the English dataset's, so a translation cannot
 * cite a different paragraph or turn a view into a fact. `translateDataset` lays the text
 * over a copy of the dataset; `translationProblems` lists what is missing or extra.
 *
 * Conventions a translation keeps (checked by tests/data/translations.test.ts): views
 * name the article or its author in the target language's own way, terms the English
 * quotes stay quoted, and every number of the English text appears in it.
 */
import type { Dataset, EntityEntry } from './dataset';
import type { EntityId } from './entities';

export interface EntityTranslation {
  name: string;
  /** Present exactly when the English entry has a short name. */
  shortName?: string;
  otherNames: readonly string[];
  summary: string;
}

export interface DatasetTranslation {
  article: {
    /** The title in this language; the card cites the English title with this beside it. */
    title: string;
    perspective: string;
  };
  entities: Record<EntityId, EntityTranslation>;
  /** note id → text */
  notes: Record<string, string>;
  /** note or event id → its public source, for every background note and event */
  sources: Record<string, string>;
  /** event id → label */
  timeline: Record<string, string>;
  /** event id → where its date comes from, for every event that says */
  dateNotes: Record<string, string>;
  /** argument point id → text */
  argument: Record<string, string>;
}

/** The ids of every piece of prose, by section, as the English dataset has them. */
function idsOf(dataset: Dataset) {
  const notes = dataset.entities.flatMap((entity) => entity.notes);
  return {
    entities: dataset.entities.map((entity) => entity.id as string),
    notes: notes.map((note) => note.id),
    sources: [...notes, ...dataset.timeline].filter((item) => item.source !== undefined).map((item) => item.id),
    timeline: dataset.timeline.map((event) => event.id),
    dateNotes: dataset.timeline.filter((event) => event.dateNote !== undefined).map((event) => event.id),
    argument: dataset.argument.map((point) => point.id),
  };
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Everything a translation lacks or has too much of, with its path; empty when it is complete. */
export function translationProblems(dataset: Dataset, translation: unknown): string[] {
  const problems: string[] = [];
  if (typeof translation !== 'object' || translation === null) return ['translation: must be an object'];
  const given = translation as Partial<Record<keyof DatasetTranslation, Record<string, unknown>>>;
  const article = given.article ?? {};
  for (const key of ['title', 'perspective'] as const) {
    if (!nonEmpty(article[key])) problems.push(`article.${key}: missing`);
  }
  const ids = idsOf(dataset);
  for (const section of ['entities', 'notes', 'sources', 'timeline', 'dateNotes', 'argument'] as const) {
    const texts = given[section] ?? {};
    for (const id of ids[section]) {
      const value = texts[id];
      if (section === 'entities') {
        const entity = (value ?? {}) as Partial<Record<keyof EntityTranslation, unknown>>;
        if (!nonEmpty(entity.name)) problems.push(`entities.${id}.name: missing`);
        if (!nonEmpty(entity.summary)) problems.push(`entities.${id}.summary: missing`);
        const english = dataset.entities.find((entry) => entry.id === id);
        if (english?.shortName !== undefined && !nonEmpty(entity.shortName)) problems.push(`entities.${id}.shortName: missing`);
        if (english?.shortName === undefined && entity.shortName !== undefined) {
          problems.push(`entities.${id}.shortName: the English entry has none`);
        }
        if (!Array.isArray(entity.otherNames) || entity.otherNames.length === 0 || !entity.otherNames.every(nonEmpty)) {
          problems.push(`entities.${id}.otherNames: must be a non-empty list of names`);
        }
      } else if (!nonEmpty(value)) {
        problems.push(`${section}.${id}: missing`);
      }
    }
    for (const id of Object.keys(texts)) {
      if (!ids[section].includes(id)) problems.push(`${section}.${id}: no such id in data/dataset.json`);
    }
  }
  return problems;
}

function translateEntity(entity: EntityEntry, translation: DatasetTranslation): EntityEntry {
  const own = translation.entities[entity.id];
  return {
    ...entity,
    name: own?.name ?? entity.name,
    ...(entity.shortName !== undefined ? { shortName: own?.shortName ?? entity.shortName } : {}),
    otherNames: own?.otherNames ?? entity.otherNames,
    summary: own?.summary ?? entity.summary,
    notes: entity.notes.map((note) => ({
      ...note,
      text: translation.notes[note.id] ?? note.text,
      ...(note.source !== undefined ? { source: translation.sources[note.id] ?? note.source } : {}),
    })),
  };
}

/**
 * The dataset with the translation's text, the English dataset's structure. Anything the
 * translation lacks stays in English rather than disappearing (a test keeps that from
 * shipping).
 */
export function translateDataset(dataset: Dataset, translation: DatasetTranslation | undefined): Dataset {
  if (!translation) return dataset;
  return {
    article: {
      ...dataset.article,
      // The article is English; its title stays as published, the translation beside it.
      titleTranslation: translation.article.title || undefined,
      perspective: translation.article.perspective || dataset.article.perspective,
    },
    entities: dataset.entities.map((entity) => translateEntity(entity, translation)),
    timeline: dataset.timeline.map((event) => ({
      ...event,
      label: translation.timeline[event.id] ?? event.label,
      ...(event.source !== undefined ? { source: translation.sources[event.id] ?? event.source } : {}),
      ...(event.dateNote !== undefined ? { dateNote: translation.dateNotes[event.id] ?? event.dateNote } : {}),
    })),
    argument: dataset.argument.map((point) => ({ ...point, text: translation.argument[point.id] ?? point.text })),
  };
}
