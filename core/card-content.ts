/**
 * What a hover card shows for one mention: a pure choice from the dataset, so it can
 * be tested without a page. "Relevant to the page" means sharing words with the text
 * around the mention; facts always come before the author's views.
 */
import { dataset as bundledDataset, entityById, timelineFor } from './dataset';
import type { ArticleMeta, Dataset, Note, TimelineEvent } from './dataset';
import type { EntityId } from './entities';

export interface CardContent {
  entity: EntityId;
  name: string;
  otherNames: string[];
  summary: string;
  /** Facts first, then views; each group ranked by relevance to the page. */
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
  maxOtherNames?: number;
  maxEvents?: number;
}

/** Read at a glance: a couple of facts, one view, a short timeline. */
const DEFAULTS = { maxFacts: 2, maxViews: 1, maxOtherNames: 3, maxEvents: 3 };

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

/** Highest score first; ties keep dataset order (Array.prototype.sort is stable). */
function rankByRelevance<T>(items: readonly T[], textOf: (item: T) => string, context: Set<string>): T[] {
  return items
    .map((item) => ({ item, score: sharedCount(stemsOf(textOf(item)), context) }))
    .sort((a, b) => b.score - a.score)
    .map(({ item }) => item);
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
  const { maxFacts, maxViews, maxOtherNames, maxEvents } = { ...DEFAULTS, ...options };
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

  const events = timelineFor(entity, data);
  const chosen = new Set(rankByRelevance(events, (event) => event.label, context).slice(0, Math.max(0, maxEvents)));
  const timeline = events.filter((event) => chosen.has(event));

  return {
    entity,
    name: entry.name,
    otherNames: pickOtherNames(entry.otherNames, [entry.name, mentionText], mentionText, maxOtherNames),
    summary: entry.summary,
    notes: [...ranked('fact', maxFacts), ...ranked('view', maxViews)],
    timeline: timeline.length >= MIN_EVENTS ? timeline : [],
    source: data.article,
  };
}
