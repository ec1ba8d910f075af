/**
 * What a hover card shows for one mention: a pure choice from the dataset, so it can
 * be tested without a page. "Relevant to the page" means sharing words with the text
 * around the mention; facts always come before the author's views.
 */
import { dataset as bundledDataset, entityById, timelineFor } from '../core/dataset';
import type { ArticleMeta, Dataset, Note, TimelineEvent } from '../core/dataset';
import type { EntityId } from '../core/entities';

export interface CardContent {
  entity: EntityId;
  name: string;
  otherNames: string[];
  summary: string;
  /** Facts first, then a view if the page touches on it; each group ranked by relevance to the page. */
  notes: Note[];
  /** Chronological; empty when a single event would not make a timeline. */
  timeline: TimelineEvent[];
  source: ArticleMeta;
}

export interface CardContentOptions {
  /** The text around the mention on the page (its paragraph, say). */
  context?: string;
  /** The mention as written on the page, so other names can favour its script. */
  mentionText?: string;
  maxFacts?: number;
  maxViews?: number;
  /** Facts and views together. */
  maxNotes?: number;
  maxOtherNames?: number;
  maxEvents?: number;
}

/**
 * Read at a glance: two notes (a fact, then a view when the page touches on it, else a
 * second fact) and the two events that matter most. Measured: about 380 px tall at 420 px wide.
 */
const DEFAULTS = { maxFacts: 2, maxViews: 1, maxNotes: 2, maxOtherNames: 3, maxEvents: 2 };

/** A timeline of one event says less than the summary already does. */
const MIN_EVENTS = 2;

/** Words too common in this dataset or in English to signal relevance. */
const STOP_WORDS = new Set([
  'about', 'after', 'also', 'article', 'author', 'been', 'before', 'from', 'have', 'into',
  'more', 'only', 'over', 'said', 'says', 'such', 'than', 'that', 'their', 'there', 'these',
  'they', 'this', 'those', 'were', 'what', 'when', 'which', 'will', 'with', 'would',
]);

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Crude stems: a word's first six letters, so "peacekeepers"/"peacekeeping" and
 * "Russia"/"Russian" meet. Good enough to rank a dozen notes; not a linguistic tool.
 */
export function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (word.length < 4 || STOP_WORDS.has(word)) continue;
    stems.add(word.slice(0, 6));
  }
  return stems;
}

function sharedCount(stems: Set<string>, context: Set<string>): number {
  let count = 0;
  for (const stem of stems) if (context.has(stem)) count++;
  return count;
}

interface Ranked<T> {
  item: T;
  /** Words shared with the page. */
  score: number;
}

/**
 * Highest score first; then, if given, most words shared with `tieBreak`; then dataset
 * order (Array.prototype.sort is stable).
 */
function rankByRelevance<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  context: Set<string>,
  tieBreak: Set<string> = new Set(),
): Ranked<T>[] {
  return items
    .map((item) => {
      const stems = stemsOf(textOf(item));
      return { item, score: sharedCount(stems, context), tie: sharedCount(stems, tieBreak) };
    })
    .sort((a, b) => b.score - a.score || b.tie - a.tie)
    .map(({ item, score }) => ({ item, score }));
}

/**
 * Facts lead; a view takes the last slots only when the page shares words with it (or
 * facts run out), so the author's opinions appear where they bear on what is being read.
 */
function pickNotes(facts: Ranked<Note>[], views: Ranked<Note>[], maxNotes: number): Note[] {
  const max = Math.max(0, maxNotes);
  const relevantViews = views.filter((view) => view.score > 0).length;
  const factSlots = Math.max(Math.min(1, facts.length), max - relevantViews);
  return [...facts.slice(0, factSlots), ...views].slice(0, max).map(({ item }) => item);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-04-22" → "April 2024": so a page that says "in April 2024" picks that month's events. */
function dateWords(date: string): string {
  const [year = '', month = ''] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

type Script = 'latin' | 'cyrillic' | 'armenian' | 'other';

function scriptOf(text: string): Script {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  if (/\p{Script=Armenian}/u.test(text)) return 'armenian';
  if (/\p{Script=Latin}/u.test(text)) return 'latin';
  return 'other';
}

/** Other names, skipping the ones the reader already sees; the mention's script first. */
function pickOtherNames(names: readonly string[], shown: readonly string[], mentionText: string, max: number): string[] {
  const seen = new Set(shown.map((name) => name.toLocaleLowerCase()));
  const script = scriptOf(mentionText);
  const fresh = names.filter((name) => !seen.has(name.toLocaleLowerCase()));
  const sameScript = fresh.filter((name) => scriptOf(name) === script);
  const otherScripts = fresh.filter((name) => scriptOf(name) !== script);
  return [...sameScript, ...otherScripts].slice(0, Math.max(0, max));
}

export function cardContentFor(
  entity: EntityId,
  options: CardContentOptions = {},
  data: Dataset = bundledDataset,
): CardContent {
  const { maxFacts, maxViews, maxNotes, maxOtherNames, maxEvents } = { ...DEFAULTS, ...options };
  const mentionText = typeof options.mentionText === 'string' ? options.mentionText : '';
  const entry = entityById(entity, data);
  // The entity's own names are on every page that mentions it, so they say nothing about relevance.
  const ownStems = stemsOf([entry.name, ...entry.otherNames].join(' '));
  const context = stemsOf(typeof options.context === 'string' ? options.context : '');
  for (const stem of ownStems) context.delete(stem);

  const ranked = (kind: Note['kind'], max: number) =>
    rankByRelevance(
      entry.notes.filter((note) => note.kind === kind),
      (note) => note.text,
      context,
    ).slice(0, Math.max(0, max));

  // Among events the page says nothing about, those naming this entity say most about it.
  const events = timelineFor(entity, data);
  const chosen = new Set(
    rankByRelevance(events, (event) => `${event.label} ${dateWords(event.date)}`, context, ownStems)
      .slice(0, Math.max(0, maxEvents))
      .map(({ item }) => item),
  );
  const timeline = events.filter((event) => chosen.has(event));

  return {
    entity,
    name: entry.name,
    otherNames: pickOtherNames(entry.otherNames, [entry.name, mentionText], mentionText, maxOtherNames),
    summary: entry.summary,
    notes: pickNotes(ranked('fact', maxFacts), ranked('view', maxViews), maxNotes),
    timeline: timeline.length >= MIN_EVENTS ? timeline : [],
    source: data.article,
  };
}
