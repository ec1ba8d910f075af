/**
 * The bundled dataset: context drawn from one article, its types, its validator and
 * the look-ups the card and the popup need. Schema and conventions: docs/dataset.md.
 *
 * Helpers take the dataset as their last argument (default: the bundled one) so tests
 * can pass a small one.
 */
import { ENTITY_IDS, isEntityId, type EntityId } from './entities';
import bundledDataset from '../data/dataset.json';

/** A paragraph of the source article: see /work/shared/seed/README.md for the counting rule. */
export type ParagraphRef = 'standfirst' | 'byline' | `p${number}`;

/**
 * `fact`: what the article reports that the public record does not dispute.
 * `view`: what the author asserts, judges or characterises, or anything contested; always attributed.
 * `background`: public record the article does not give, so a reader can weigh its claims;
 * it cites no paragraph and names its public `source` instead. Rule: docs/dataset.md.
 */
export type NoteKind = 'fact' | 'background' | 'view';

/** Also the order a card lists them in: plain statements (facts, then background) before views. */
export const NOTE_KINDS: readonly NoteKind[] = ['fact', 'background', 'view'];

export interface ArticleMeta {
  title: string;
  outlet: string;
  author: string;
  place: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The title in the reader's language, beside the published one (core/dataset-translation.ts). */
  titleTranslation?: string;
  /** One-line source string for the card footer. */
  citation: string;
  /** Present only when known for certain. */
  url?: string;
  /**
   * Whose view the article is, in plain words (kind of piece, who wrote it where, whose
   * case it argues, that other accounts differ); shown on the card and in the popup.
   */
  perspective: string;
  /** Every ref a note may cite, in article order. */
  paragraphs: readonly ParagraphRef[];
}

export interface Note {
  id: string;
  kind: NoteKind;
  text: string;
  /** The paragraphs a fact or view rests on; always empty for background. */
  refs: readonly ParagraphRef[];
  /** Background only: the public source, short (the full citation is in docs/dataset.md). */
  source?: string;
}

export interface EntityEntry {
  id: EntityId;
  /** The full name: the card's title ("Russian Military Contingent"). */
  name: string;
  /** A short form for tight lists (the popup's counts, the options), when the name is long. */
  shortName?: string;
  /** Names a reader will meet, for display. Matching aliases live in data/lexicon.json. */
  otherNames: readonly string[];
  summary: string;
  notes: readonly Note[];
}

export interface TimelineEvent {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  /** Where the date comes from when the cited paragraphs give less than it says. */
  dateNote?: string;
  label: string;
  /** Empty for background. */
  refs: readonly ParagraphRef[];
  entities: readonly EntityId[];
  /** Present only for an event the article does not give: see `Note.kind`. */
  kind?: 'background';
  /** Background only: its public source. */
  source?: string;
}

export interface ArgumentPoint {
  id: string;
  text: string;
  refs: readonly ParagraphRef[];
}

export interface Dataset {
  article: ArticleMeta;
  entities: readonly EntityEntry[];
  timeline: readonly TimelineEvent[];
  argument: readonly ArgumentPoint[];
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

const PARAGRAPH_REF = /^(standfirst|byline|p[1-9]\d*)$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DATE = /^(\d{4})-(\d{2})$/;

type JsonObject = Record<string, unknown>;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isCalendarDate(value: string): boolean {
  const full = FULL_DATE.exec(value);
  if (full) {
    const [, y, m, d] = full.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  return false;
}

function isMonthOrCalendarDate(value: string): boolean {
  const month = MONTH_DATE.exec(value);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12;
  }
  return isCalendarDate(value);
}

/**
 * Checks shape, paragraph refs, entity ids and id uniqueness, collecting every error
 * with its path. Editorial conventions (attribution, no copied sentences) are
 * checked by tests/data/dataset.test.ts.
 */
export function validateDataset(value: unknown): DatasetValidation {
  const errors: string[] = [];
  const fail = (path: string, message: string) => errors.push(`${path}: ${message}`);

  const requireString = (obj: JsonObject, key: string, path: string) => {
    if (!isNonEmptyString(obj[key])) fail(`${path}.${key}`, 'must be a non-empty string');
  };

  if (!isRecord(value)) return { ok: false, errors: ['dataset: must be an object'] };

  // Article first: its paragraph list decides which refs are valid everywhere else.
  const knownRefs = new Set<string>();
  const article = value.article;
  if (!isRecord(article)) {
    fail('article', 'must be an object');
  } else {
    for (const key of ['title', 'outlet', 'author', 'place', 'citation', 'perspective']) {
      requireString(article, key, 'article');
    }
    if (typeof article.date !== 'string' || !isCalendarDate(article.date)) {
      fail('article.date', 'must be an ISO date (YYYY-MM-DD)');
    }
    if (article.url !== undefined && !isHttpUrl(article.url)) {
      fail('article.url', 'must be an http(s) URL when present');
    }
    if (!Array.isArray(article.paragraphs) || article.paragraphs.length === 0) {
      fail('article.paragraphs', 'must be a non-empty array');
    } else {
      article.paragraphs.forEach((ref, i) => {
        if (typeof ref !== 'string' || !PARAGRAPH_REF.test(ref)) {
          fail(`article.paragraphs[${i}]`, `${JSON.stringify(ref)} is not a paragraph ref`);
        } else if (knownRefs.has(ref)) {
          fail(`article.paragraphs[${i}]`, `duplicate ref "${ref}"`);
        } else {
          knownRefs.add(ref);
        }
      });
    }
  }

  const seenIds = new Map<string, string>();
  const checkId = (obj: JsonObject, path: string) => {
    const id = obj.id;
    if (typeof id !== 'string' || !SLUG.test(id)) {
      fail(`${path}.id`, 'must be a lowercase-hyphenated slug');
      return;
    }
    const first = seenIds.get(id);
    if (first !== undefined) fail(`${path}.id`, `"${id}" already used at ${first}`);
    else seenIds.set(id, path);
  };

  const checkRefs = (obj: JsonObject, path: string) => {
    const refs = obj.refs;
    if (!Array.isArray(refs) || refs.length === 0) {
      fail(`${path}.refs`, 'must cite at least one paragraph');
      return;
    }
    if (obj.source !== undefined) fail(`${path}.source`, 'only background names a source; this cites the article');
    refs.forEach((ref, i) => {
      if (typeof ref !== 'string' || !knownRefs.has(ref)) {
        fail(`${path}.refs[${i}]`, `unknown paragraph ref ${JSON.stringify(ref)}`);
      }
    });
  };

  // Background is the public record, not the article: it must not borrow the article's
  // authority by citing a paragraph, and must say where it comes from instead.
  const checkBackground = (obj: JsonObject, path: string) => {
    if (!Array.isArray(obj.refs) || obj.refs.length !== 0) {
      fail(`${path}.refs`, 'background cites no paragraph: must be an empty array');
    }
    if (!isNonEmptyString(obj.source)) fail(`${path}.source`, 'background must name its public source');
  };

  const entities = value.entities;
  if (!Array.isArray(entities)) {
    fail('entities', 'must be an array');
  } else {
    const seenEntities = new Set<EntityId>();
    entities.forEach((entity, i) => {
      const path = `entities[${i}]`;
      if (!isRecord(entity)) return fail(path, 'must be an object');
      if (!isEntityId(entity.id)) {
        fail(`${path}.id`, `${JSON.stringify(entity.id)} is not one of ${ENTITY_IDS.join(', ')}`);
      } else if (seenEntities.has(entity.id)) {
        fail(`${path}.id`, `duplicate entity "${entity.id}"`);
      } else {
        seenEntities.add(entity.id);
      }
      requireString(entity, 'name', path);
      if (entity.shortName !== undefined) requireString(entity, 'shortName', path);
      requireString(entity, 'summary', path);
      if (!Array.isArray(entity.otherNames) || !entity.otherNames.every(isNonEmptyString)) {
        fail(`${path}.otherNames`, 'must be an array of non-empty strings');
      }
      if (!Array.isArray(entity.notes)) {
        fail(`${path}.notes`, 'must be an array');
      } else {
        entity.notes.forEach((note, j) => {
          const notePath = `${path}.notes[${j}]`;
          if (!isRecord(note)) return fail(notePath, 'must be an object');
          checkId(note, notePath);
          if (!NOTE_KINDS.includes(note.kind as NoteKind)) {
            fail(`${notePath}.kind`, `must be one of ${NOTE_KINDS.join(', ')}`);
          }
          requireString(note, 'text', notePath);
          if (note.kind === 'background') checkBackground(note, notePath);
          else checkRefs(note, notePath);
        });
      }
    });
    for (const id of ENTITY_IDS) {
      if (!seenEntities.has(id)) fail('entities', `missing entity "${id}"`);
    }
  }

  const timeline = value.timeline;
  if (!Array.isArray(timeline)) {
    fail('timeline', 'must be an array');
  } else {
    timeline.forEach((event, i) => {
      const path = `timeline[${i}]`;
      if (!isRecord(event)) return fail(path, 'must be an object');
      checkId(event, path);
      if (typeof event.date !== 'string' || !isMonthOrCalendarDate(event.date)) {
        fail(`${path}.date`, 'must be YYYY-MM-DD or YYYY-MM');
      }
      requireString(event, 'label', path);
      if (event.dateNote !== undefined) requireString(event, 'dateNote', path);
      if (event.kind === 'background') checkBackground(event, path);
      else if (event.kind !== undefined) fail(`${path}.kind`, 'must be "background" or absent');
      else checkRefs(event, path);
      if (
        !Array.isArray(event.entities) ||
        event.entities.length === 0 ||
        !event.entities.every(isEntityId)
      ) {
        fail(`${path}.entities`, `must be a non-empty array of ${ENTITY_IDS.join(', ')}`);
      }
    });
  }

  const argument = value.argument;
  if (!Array.isArray(argument) || argument.length === 0) {
    fail('argument', 'must be a non-empty array');
  } else {
    argument.forEach((point, i) => {
      const path = `argument[${i}]`;
      if (!isRecord(point)) return fail(path, 'must be an object');
      checkId(point, path);
      requireString(point, 'text', path);
      checkRefs(point, path);
    });
  }

  return errors.length === 0
    ? { ok: true, dataset: value as unknown as Dataset }
    : { ok: false, errors };
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The dataset shipped with the extension. It is a build-time constant, so it is
 * validated where it changes — `tests/data/dataset.test.ts` runs `validateDataset` on it
 * in every test run — and not again on every page load: the content script imports this
 * module at document_start on every page, and validating there cost about 30 ms of
 * main-thread time each time.
 */
export const dataset: Dataset = bundledDataset as unknown as Dataset;

export function entityById(id: EntityId, data: Dataset = dataset): EntityEntry {
  const entity = data.entities.find((entry) => entry.id === id);
  // A validated dataset always has all three entities.
  if (!entity) throw new Error(`dataset has no entity "${id}"`);
  return entity;
}

/** Notes for a card: facts, then background, then views, each group in dataset order. */
export function notesFor(
  id: EntityId,
  options: { limit?: number } = {},
  data: Dataset = dataset,
): Note[] {
  const { notes } = entityById(id, data);
  const ordered = NOTE_KINDS.flatMap((kind) => notes.filter((note) => note.kind === kind));
  return options.limit === undefined ? ordered : ordered.slice(0, Math.max(0, options.limit));
}

/**
 * Events that involve the entity, in dataset order. The dataset is kept in
 * chronological order by hand (a test checks it) because a month-only date such as
 * "2024-04" cannot be sorted against "2024-04-22" without knowing the story.
 */
export function timelineFor(id: EntityId, data: Dataset = dataset): TimelineEvent[] {
  return data.timeline.filter((event) => event.entities.includes(id));
}

/** The label for short lists: the short name where there is one ("RMC"), else the name. */
export function shortNameOf(entry: EntityEntry): string {
  return entry.shortName ?? entry.name;
}

/** Short human label for a paragraph ref: "standfirst", "byline", "¶7". */
export function refLabel(ref: ParagraphRef): string {
  return ref.startsWith('p') ? `¶${ref.slice(1)}` : ref;
}
