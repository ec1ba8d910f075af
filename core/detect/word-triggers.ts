/**
 * Finds the places worth trying a lexicon's precise patterns: word starts whose first
 * letters are a trigger ("karabakh", "rus", "9 november"…).
 *
 * Why not a regex: an alternation of hundreds of literals is tried alternative by
 * alternative at every position, and short triggers ("nk", "u") hit inside ordinary
 * words all the time. Here the text is walked once, word by word, and each word's
 * lower-cased first letters are probed in a small hash table: the cost is one pass over
 * the characters plus a probe or two per word, whatever the number of triggers.
 *
 * Word starts follow startsWord() in normalize.ts: after a non-word character, or at a
 * lower→upper step inside a word ("ԱրցախՌուսական").
 */
import { WORD_CHAR } from './normalize';

const enum Cls {
  None = 0,
  Lower = 1,
  Upper = 2,
  /** Digits, marks, caseless or title-case letters. */
  Other = 3,
  /** The two values ≥ Surrogate need a closer look (one comparison in the hot loop). */
  Surrogate = 254,
  Unknown = 255,
}

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;

/** Character class and lower-case form per UTF-16 unit, learnt on first sight (no start-up cost). */
let classOf: Uint8Array | undefined;
let lowerOf: Uint16Array | undefined;

function classify(ch: string): Cls {
  if (!WORD_CHAR.test(ch)) return Cls.None;
  if (LOWER_LETTER.test(ch)) return Cls.Lower;
  if (UPPER_LETTER.test(ch)) return Cls.Upper;
  return Cls.Other;
}

function learn(code: number): Cls {
  if (code >= 0xd800 && code <= 0xdfff) {
    classOf![code] = Cls.Surrogate;
    lowerOf![code] = 0xffff;
    return Cls.Surrogate;
  }
  const ch = String.fromCharCode(code);
  const cls = classify(ch);
  classOf![code] = cls;
  // 'İ'.toLowerCase() is 'i' + a combining dot: its first unit is the letter we want.
  lowerOf![code] = ch.toLowerCase().charCodeAt(0);
  return cls;
}

function tables(): void {
  if (classOf) return;
  classOf = new Uint8Array(65536).fill(Cls.Unknown);
  lowerOf = new Uint16Array(65536);
}

/** Class of the unit at i; a surrogate pair is classed as its code point, a lone surrogate as a non-word. */
function classAt(text: string, i: number): Cls {
  const code = text.charCodeAt(i);
  let cls = classOf![code]!;
  if (cls === Cls.Unknown) cls = learn(code);
  if (cls !== Cls.Surrogate) return cls;
  const cp = text.codePointAt(code >= 0xdc00 && i > 0 ? i - 1 : i)!;
  return cp > 0xffff ? classify(String.fromCodePoint(cp)) : Cls.None;
}

function lower(code: number): number {
  if (classOf![code] === Cls.Unknown) learn(code);
  return lowerOf![code]!;
}

/** Heads longer than this are cut (and then match as prefixes). */
const MAX_HEAD = 31;
const HASH_SEED = 0x811c9dc5 | 0;
const hashStep = (h: number, code: number) => Math.imul(h ^ code, 0x01000193);

/**
 * One trigger head: its text and the groups to try when a word is exactly it / is longer
 * than it, and groups whose triggers go on past the head ("10 november"): tried when the
 * word is exactly the head and the words after it begin with `rest`.
 */
export interface Head {
  text: string;
  exact: readonly number[];
  longer: readonly number[];
  followed: readonly Follower[];
}

/** The rest of a trigger after its head (lower case, a space for each separator run), and its groups. */
export interface Follower {
  rest: string;
  groups: readonly number[];
}

export interface TriggerIndex {
  heads: Head[];
  /** Open-addressing table: head index + 1, 0 for empty. */
  slots: Int32Array;
  slotHash: Int32Array;
  slotMask: number;
  /** Per lower-cased first letter below FLAT_LETTERS: bit k - 1 set when some head of length k starts with it. */
  lengths: Uint32Array;
  /** The same for rarer first letters. */
  otherLengths: Map<number, number>;
  /** Filter of heads' first two letters (see pairKey). */
  pairs: Uint8Array;
}

/** Latin, Greek, Cyrillic and Armenian letters get a flat table; the rest a Map. */
const FLAT_LETTERS = 0x600;
const pairKey = (c0: number, c1: number) => ((c0 << 5) ^ c1) & 0xffff;

/**
 * Builds the index from triggers (lower-case literal prefixes, a space for each separator
 * run: see literalPrefixes) and the pattern groups each one stands for. A trigger's head
 * is its first word; a trigger that does not go on past it ("rus") matches any word
 * starting with it; one that does ("9 november") needs that word whole, followed by a
 * separator and the rest of the trigger.
 */
export function buildTriggerIndex(triggers: Iterable<readonly [string, readonly number[]]>): TriggerIndex {
  return indexFromHeads(triggerHeads(triggers));
}

/** The heads of an index (the slow part of building one; scanner-tables.ts does it at build time for the default lexicon). */
export function triggerHeads(triggers: Iterable<readonly [string, readonly number[]]>): Head[] {
  tables();
  const byHead = new Map<string, { prefix: Set<number>; whole: Set<number>; followed: Map<string, Set<number>> }>();
  const lowered = (text: string) => [...text].map((ch) => String.fromCharCode(lower(ch.charCodeAt(0)))).join('');
  for (const [trigger, groups] of triggers) {
    let raw = '';
    for (const ch of trigger) {
      if (!WORD_CHAR.test(ch)) break;
      raw += ch;
    }
    if (!raw) throw new Error(`trigger ${JSON.stringify(trigger)} does not start with a letter or digit`);
    let head = lowered(raw);
    const cut = head.length > MAX_HEAD;
    if (cut) head = head.slice(0, MAX_HEAD);
    const whole = !cut && raw.length < trigger.length;
    // What follows the head's separator; '' when the trigger only says the word is whole.
    const rest = whole ? followerRest(lowered(trigger.slice(raw.length + 1))) : '';
    if (!byHead.has(head)) byHead.set(head, { prefix: new Set(), whole: new Set(), followed: new Map() });
    const own = byHead.get(head)!;
    if (!whole) for (const g of groups) own.prefix.add(g);
    else if (rest === '') for (const g of groups) own.whole.add(g);
    else {
      if (!own.followed.has(rest)) own.followed.set(rest, new Set());
      for (const g of groups) own.followed.get(rest)!.add(g);
    }
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  const heads: Head[] = [];
  for (const [text, own] of byHead) {
    // Heads that this head starts with (itself included): looked up by prefix, not by
    // comparing every pair of heads.
    const longer = new Set<number>();
    for (let k = 1; k <= text.length; k++) {
      const theirs = byHead.get(text.slice(0, k));
      if (theirs) for (const g of theirs.prefix) longer.add(g);
    }
    const exact = new Set([...longer, ...own.whole]);
    const followed: Follower[] = [];
    for (const [rest, groups] of own.followed) {
      const needed = [...groups].filter((g) => !exact.has(g));
      if (needed.length > 0) followed.push({ rest, groups: needed.sort((a, b) => a - b) });
    }
    heads.push({ text, exact: sorted(exact), longer: sorted(longer), followed });
  }
  return heads;
}

/** A rest is cut to this many characters: enough to tell words apart, few enough to keep variants together. */
const MAX_REST = 5;

/**
 * How much of a trigger's rest is checked: its next word, as a prefix, or the next two
 * when the first is as short as "of" or "10" ("statement of 10"). That already tells
 * "10 November" from "10 items" and "three-party" from "three"; checking more would
 * multiply the variants kept (every ending after "10 November…") for little gain.
 */
function followerRest(rest: string): string {
  const words = rest.split(' ');
  const kept = words.length > 1 && words[0]!.length <= 2 && words[1] !== '' ? 2 : 1;
  return words.slice(0, kept).join(' ').slice(0, MAX_REST);
}

/** The lookup tables over a list of heads (cheap: one hash-table insert per head). */
export function indexFromHeads(heads: Head[]): TriggerIndex {
  tables();
  let size = 16;
  while (size < heads.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const slotHash = new Int32Array(size);
  const lengths = new Uint32Array(FLAT_LETTERS);
  const otherLengths = new Map<number, number>();
  const pairs = new Uint8Array(65536);
  for (let i = 0; i < heads.length; i++) {
    const text = heads[i]!.text;
    let h = HASH_SEED;
    for (let k = 0; k < text.length; k++) h = hashStep(h, text.charCodeAt(k));
    let slot = h & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
    slotHash[slot] = h;
    const first = text.charCodeAt(0);
    const bit = 1 << (text.length - 1);
    if (first < FLAT_LETTERS) lengths[first]! |= bit;
    else otherLengths.set(first, (otherLengths.get(first) ?? 0) | bit);
    if (text.length >= 2) pairs[pairKey(first, text.charCodeAt(1))] = 1;
  }
  return { heads, slots, slotHash, slotMask: size - 1, lengths, otherLengths, pairs };
}

const prefixHash = new Int32Array(MAX_HEAD + 1);

/** The head of `index` that the word text[at, at + len) starts with (longest first), or -1. */
function findHead(index: TriggerIndex, text: string, at: number, len: number, mask: number): number {
  let m = len >= MAX_HEAD ? mask : mask & ((1 << len) - 1);
  if (m === 0) return -1;
  const low = lowerOf!;
  const longest = 32 - Math.clz32(m);
  let h = HASH_SEED;
  for (let k = 0; k < longest; k++) prefixHash[k + 1] = h = hashStep(h, low[text.charCodeAt(at + k)]!);
  while (m !== 0) {
    const bit = 31 - Math.clz32(m);
    m &= ~(1 << bit);
    const k = bit + 1;
    h = prefixHash[k]!;
    let slot = h & index.slotMask;
    for (let entry = index.slots[slot]!; entry !== 0; slot = (slot + 1) & index.slotMask, entry = index.slots[slot]!) {
      if (index.slotHash[slot] !== h) continue;
      const head = index.heads[entry - 1]!.text;
      if (head.length !== k) continue;
      let same = true;
      for (let j = 0; j < k && same; j++) same = low[text.charCodeAt(at + j)] === head.charCodeAt(j);
      if (same) return entry - 1;
    }
  }
  return -1;
}

/** Where nextTrigger() found a trigger: the word's end and the groups to try, in priority order. */
export interface TriggerHit {
  wordEnd: number;
  groups: readonly number[];
}

/**
 * The first word start `at` in [from, to) whose word starts with a trigger, or -1.
 * Fills `hit`. Callers go on from the end of what they matched there, or from
 * `hit.wordEnd`. Words may run past `to`.
 */
export function nextTrigger(index: TriggerIndex, text: string, from: number, to: number, hit: TriggerHit): number {
  tables();
  const cls = classOf!;
  const low = lowerOf!;
  const { lengths, otherLengths, pairs } = index;
  const n = text.length;
  let prev = from > 0 ? classAt(text, from - 1) : Cls.None;
  let i = from;
  while (i < to) {
    let c = cls[text.charCodeAt(i)]!;
    if (c >= Cls.Surrogate) c = classAt(text, i);
    if (c === Cls.None) {
      prev = c;
      i++;
      continue;
    }
    // A word (or, at `from`, the rest of one) starts at i: find its end.
    const starts = prev === Cls.None || (prev === Cls.Lower && c === Cls.Upper);
    const at = i;
    let last = c;
    for (i++; i < n; i++) {
      let d = cls[text.charCodeAt(i)]!;
      if (d >= Cls.Surrogate) d = classAt(text, i);
      if (d === Cls.None || (d === Cls.Upper && last === Cls.Lower)) break;
      last = d;
    }
    prev = last;
    if (!starts) continue;
    const c0 = low[text.charCodeAt(at)]!;
    let mask = c0 < FLAT_LETTERS ? lengths[c0]! : (otherLengths.get(c0) ?? 0);
    if (mask === 0) continue;
    // Most words that share a first letter with a trigger fail on the second.
    if (i - at >= 2 && pairs[pairKey(c0, low[text.charCodeAt(at + 1)]!)] === 0) mask &= 1;
    if (mask === 0) continue;
    const found = findHead(index, text, at, i - at, mask);
    if (found < 0) continue;
    const head = index.heads[found]!;
    let groups: readonly number[];
    if (head.text.length !== i - at) groups = head.longer;
    else groups = head.followed.length === 0 ? head.exact : withFollowers(head, text, i);
    if (groups.length === 0) continue;
    hit.wordEnd = i;
    hit.groups = groups;
    return at;
  }
  return -1;
}

/** A head's own groups together with one follower's, worked out once per follower. */
const withFollowerGroups = new WeakMap<Follower, readonly number[]>();

const union = (a: readonly number[], b: readonly number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

/** The groups to try where a word is exactly `head`: its own, and those of each rest the text goes on with. */
function withFollowers(head: Head, text: string, wordEnd: number): readonly number[] {
  // Every rest comes after a separator run: no run, no follower.
  const next = skipSeparators(text, wordEnd);
  if (next === wordEnd || next >= text.length) return head.exact;
  const first = lower(text.charCodeAt(next));
  let groups = head.exact;
  let matched = 0;
  for (const follower of head.followed) {
    const c = follower.rest.charCodeAt(0);
    if (c !== first && !(c >= 0xd800 && c <= 0xdfff)) continue;
    if (!continuesWith(text, next, follower.rest)) continue;
    if (++matched === 1) {
      groups = withFollowerGroups.get(follower) ?? withFollowerGroups.set(follower, union(head.exact, follower.groups)).get(follower)!;
    } else groups = union(groups, follower.groups);
  }
  return groups;
}

/**
 * Whether the text from `from` goes on with `rest`, where each space in `rest` stands for
 * a run of separators. Any run of non-word characters passes for one (the forms'
 * separators are all such), and letters are compared lower-cased, as heads are: a
 * superset of what the forms themselves accept.
 */
function continuesWith(text: string, from: number, rest: string): boolean {
  const n = text.length;
  let j = from;
  for (let r = 0; r < rest.length; r++) {
    const c = rest.charCodeAt(r);
    if (c === 32) {
      const after = skipSeparators(text, j);
      if (after === j) return false;
      j = after;
      continue;
    }
    // Beyond the Basic Multilingual Plane units are not compared one by one: let it pass.
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (j >= n || lower(text.charCodeAt(j)) !== c) return false;
    j++;
  }
  return true;
}

/** The end of the run of non-word characters starting at `from` (`from` itself when there is none). */
function skipSeparators(text: string, from: number): number {
  let j = from;
  while (j < text.length && classAt(text, j) === Cls.None) j++;
  return j;
}

/** Number of words (runs of letters, marks and digits) in text[from, to). */
export function countWords(text: string, from: number, to: number): number {
  tables();
  const cls = classOf!;
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    let c = cls[text.charCodeAt(i)]!;
    if (c >= Cls.Surrogate) c = classAt(text, i);
    if (c === Cls.None) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}
