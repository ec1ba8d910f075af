/**
 * What a hover card shows for one mention: a pure choice from the dataset, so it can
 * be tested without a page. "Relevant to the page" means sharing words with the text
 * around the mention; plain statements (facts, background) always come before the
 * author's views, and a view never displaces a plain statement that bears on the page
 * at least as much.
 */
import { dataset as bundledDataset, entityById, NOTE_KINDS, timelineFor } from '../core/dataset';
import type { ArticleMeta, Dataset, Note, TimelineEvent } from '../core/dataset';
import type { EntityId } from '../core/entities';

export interface CardContent {
  entity: EntityId;
  /** The entity's full name: the card's title. */
  name: string;
  otherNames: string[];
  summary: string;
  /** Plain statements (facts, background) first, then a view if the page touches on it more; each group ranked by relevance to the page. */
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
  /** Plain statements: facts and background together. */
  maxFacts?: number;
  maxViews?: number;
  /** Facts and views together. */
  maxNotes?: number;
  maxOtherNames?: number;
  maxEvents?: number;
}

/**
 * Read at a glance: two notes (a plain statement, then a view when the page touches on it
 * more than on a second plain statement, else that statement) and the two events that
 * matter most. Measured: about 380 px tall at 420 px wide.
 */
const DEFAULTS = { maxFacts: 2, maxViews: 1, maxNotes: 2, maxOtherNames: 3, maxEvents: 2 };

/** A timeline of one event says less than the summary already does. */
const MIN_EVENTS = 2;

/** Words too common in this dataset or in English to signal relevance. */
const STOP_WORDS = new Set([
  'about',
  'after',
  'also',
  'article',
  'author',
  'been',
  'before',
  'from',
  'have',
  'into',
  'more',
  'only',
  'over',
  'said',
  'says',
  'such',
  'than',
  'that',
  'their',
  'there',
  'these',
  'they',
  'this',
  'those',
  'were',
  'what',
  'when',
  'which',
  'will',
  'with',
  'would',
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

/**
 * What sharing a word with the page is worth, per word: log(1 + n / df) over the n texts
 * being ranked. A word in one note only ("fled") points at that note; one in most of them
 * ("region", "Armenia") says little about which to show.
 */
function rarityWeights(texts: readonly string[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) {
    for (const stem of stemsOf(text)) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [stem, count] of documentFrequency) weights.set(stem, Math.log(1 + texts.length / count));
  return weights;
}

function sharedWeight(stems: Set<string>, context: Set<string>, weights: Map<string, number>): number {
  let weight = 0;
  for (const stem of stems) if (context.has(stem)) weight += weights.get(stem) ?? 0;
  return weight;
}

interface Ranked<T> {
  item: T;
  /** Words shared with the page, each weighted by its rarity among the items ranked together. */
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
  weights: Map<string, number>,
  tieBreak: Set<string> = new Set(),
): Ranked<T>[] {
  return items
    .map((item) => {
      const stems = stemsOf(textOf(item));
      return { item, score: sharedWeight(stems, context, weights), tie: sharedCount(stems, tieBreak) };
    })
    .sort((a, b) => b.score - a.score || b.tie - a.tie)
    .map(({ item, score }) => ({ item, score }));
}

/**
 * A plain statement leads. Each later slot goes to the next view only when the page
 * shares more words with it than with the next plain statement (or plain statements run
 * out), so the author's opinions appear where they bear on what is being read, and never
 * push out the plain account of what the page is about.
 */
function pickNotes(plain: Ranked<Note>[], views: Ranked<Note>[], maxNotes: number): Note[] {
  const max = Math.max(0, maxNotes);
  const pickedPlain: Note[] = [];
  const pickedViews: Note[] = [];
  let p = 0;
  let v = 0;
  while (pickedPlain.length + pickedViews.length < max && (p < plain.length || v < views.length)) {
    const nextPlain = plain[p];
    const nextView = views[v];
    const viewWins = nextView !== undefined && (nextPlain === undefined || (pickedPlain.length > 0 && nextView.score > nextPlain.score));
    if (viewWins) {
      pickedViews.push(nextView.item);
      v++;
    } else {
      pickedPlain.push(nextPlain!.item);
      p++;
    }
  }
  // Chosen by relevance, listed as everywhere else: the article's facts, then background, then views.
  const factsFirst = [...pickedPlain].sort((x, y) => NOTE_KINDS.indexOf(x.kind) - NOTE_KINDS.indexOf(y.kind));
  return [...factsFirst, ...pickedViews];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/**
 * A name's words for comparison: compatibility forms unfolded (Armenian "և" is "եւ"),
 * accents dropped (Russian "ё" is "е"), case ignored, apostrophes removed, any other
 * punctuation a word break ("Nagorno-Karabakh" is "nagorno karabakh").
 */
function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/['’ʼ]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Two words are one word in different case endings when they differ only in their last
 * few letters ("заявление"/"заявлении", "Карабах"/"Карабаха", "Ղարաբաղ"/"Ղարաբաղում").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 3 && common >= Math.min(a.length, b.length) - 3;
}

/** Whether two names are the same name as a reader sees it, in any case, spelling variant or inflection. */
export function sameName(a: string, b: string): boolean {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  return wordsA.length > 0 && wordsA.length === wordsB.length && wordsA.every((word, i) => sameWord(word, wordsB[i]!));
}

/**
 * Other names, never one the reader already sees (the title, the hovered mention) nor
 * two forms of one name; the mention's script first.
 */
function pickOtherNames(names: readonly string[], shown: readonly string[], mentionText: string, max: number): string[] {
  const script = scriptOf(mentionText);
  const sameScript = names.filter((name) => scriptOf(name) === script);
  const otherScripts = names.filter((name) => scriptOf(name) !== script);
  const seen = shown.filter((name) => name.trim() !== '');
  const picked: string[] = [];
  for (const name of [...sameScript, ...otherScripts]) {
    if (picked.length >= max) break;
    if (seen.some((other) => sameName(name, other))) continue;
    picked.push(name);
    seen.push(name);
  }
  return picked;
}

export function cardContentFor(entity: EntityId, options: CardContentOptions = {}, data: Dataset = bundledDataset): CardContent {
  const { maxFacts, maxViews, maxNotes, maxOtherNames, maxEvents } = { ...DEFAULTS, ...options };
  const mentionText = typeof options.mentionText === 'string' ? options.mentionText : '';
  const entry = entityById(entity, data);
  // The entity's own names are on every page that mentions it, so they say nothing about relevance.
  const ownStems = stemsOf([entry.name, ...entry.otherNames].join(' '));
  const context = stemsOf(typeof options.context === 'string' ? options.context : '');
  for (const stem of ownStems) context.delete(stem);

  // One weighting for all the entity's notes, so a view's score and a fact's compare.
  const noteWeights = rarityWeights(entry.notes.map((note) => note.text));
  const ranked = (keep: (note: Note) => boolean, max: number) =>
    rankByRelevance(entry.notes.filter(keep), (note) => note.text, context, noteWeights).slice(0, Math.max(0, max));

  // Among events the page says nothing about, those naming this entity say most about it.
  const events = timelineFor(entity, data);
  const eventText = (event: TimelineEvent) => `${event.label} ${dateWords(event.date)}`;
  const chosen = new Set(
    rankByRelevance(events, eventText, context, rarityWeights(events.map(eventText)), ownStems)
      .slice(0, Math.max(0, maxEvents))
      .map(({ item }) => item),
  );
  const timeline = events.filter((event) => chosen.has(event));

  return {
    entity,
    name: entry.name,
    otherNames: pickOtherNames(entry.otherNames, [entry.name, mentionText], mentionText, maxOtherNames),
    summary: entry.summary,
    notes: pickNotes(
      ranked((note) => note.kind !== 'view', maxFacts),
      ranked((note) => note.kind === 'view', maxViews),
      maxNotes,
    ),
    timeline: timeline.length >= MIN_EVENTS ? timeline : [],
    source: data.article,
  };
}
