/**
 * The bundled dataset: context drawn from one article, its types and the look-ups the
 * card and the popup need (its validator: core/dataset-validation.ts). Schema and conventions: docs/dataset.md.
 *
 * Helpers take the dataset as their last argument (default: the bundled one) so tests
 * can pass a small one.
 */
import type { EntityId } from './entities';
import bundledDataset from '../data/dataset.json';

/** A paragraph of the source article: see ../shared/seed/README.md for the counting rule. */
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
export function notesFor(id: EntityId, options: { limit?: number } = {}, data: Dataset = dataset): Note[] {
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
