/**
 * The dataset's validator: the schema and the refs/source rule of docs/dataset.md,
 * checked where the data changes (tests/data/dataset.test.ts runs it on the bundled
 * file, and on broken variants) rather than on every page load.
 */
import { ENTITY_IDS, isEntityId, type EntityId } from './entities';
import { NOTE_KINDS, type Dataset, type NoteKind } from './dataset';

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
      if (!isRecord(entity)) {
        fail(path, 'must be an object');
        return;
      }
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
          if (!isRecord(note)) {
            fail(notePath, 'must be an object');
            return;
          }
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
      if (!isRecord(event)) {
        fail(path, 'must be an object');
        return;
      }
      checkId(event, path);
      if (typeof event.date !== 'string' || !isMonthOrCalendarDate(event.date)) {
        fail(`${path}.date`, 'must be YYYY-MM-DD or YYYY-MM');
      }
      requireString(event, 'label', path);
      if (event.dateNote !== undefined) requireString(event, 'dateNote', path);
      if (event.kind === 'background') checkBackground(event, path);
      else if (event.kind !== undefined) fail(`${path}.kind`, 'must be "background" or absent');
      else checkRefs(event, path);
      if (!Array.isArray(event.entities) || event.entities.length === 0 || !event.entities.every(isEntityId)) {
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
      if (!isRecord(point)) {
        fail(path, 'must be an object');
        return;
      }
      checkId(point, path);
      requireString(point, 'text', path);
      checkRefs(point, path);
    });
  }

  return errors.length === 0 ? { ok: true, dataset: value as unknown as Dataset } : { ok: false, errors };
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
