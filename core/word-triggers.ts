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

/** One trigger head: its text and the groups to try when a word is exactly it / is longer than it. */
export interface Head {
  text: string;
  exact: readonly number[];
  longer: readonly number[];
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
 * Builds the index from triggers (lower-case literal prefixes) and the pattern groups
 * each one stands for. A trigger's head is its first word; a trigger that goes on past
 * its first word ("9 november") needs that word whole, one that does not ("rus") matches
 * any word starting with it.
 */
export function buildTriggerIndex(triggers: Iterable<readonly [string, readonly number[]]>): TriggerIndex {
  return indexFromHeads(triggerHeads(triggers));
}

/** The heads of an index (the slow part of building one; scanner-tables.ts does it at build time for the default lexicon). */
export function triggerHeads(triggers: Iterable<readonly [string, readonly number[]]>): Head[] {
  tables();
  const byHead = new Map<string, { prefix: Set<number>; whole: Set<number> }>();
  for (const [trigger, groups] of triggers) {
    let head = '';
    for (const ch of trigger) {
      if (!WORD_CHAR.test(ch)) break;
      head += ch;
    }
    if (!head) throw new Error(`trigger ${JSON.stringify(trigger)} does not start with a letter or digit`);
    head = [...head].map((ch) => String.fromCharCode(lower(ch.charCodeAt(0)))).join('');
    const cut = head.length > MAX_HEAD;
    if (cut) head = head.slice(0, MAX_HEAD);
    const whole = !cut && head.length < trigger.length;
    if (!byHead.has(head)) byHead.set(head, { prefix: new Set(), whole: new Set() });
    for (const g of groups) byHead.get(head)![whole ? 'whole' : 'prefix'].add(g);
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
    heads.push({ text, exact: sorted(exact), longer: sorted(longer) });
  }
  return heads;
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
    const groups = head.text.length === i - at ? head.exact : head.longer;
    if (groups.length === 0) continue;
    hit.wordEnd = i;
    hit.groups = groups;
    return at;
  }
  return -1;
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
