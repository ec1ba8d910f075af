/**
 * Finds the places worth trying a lexicon's precise patterns: word starts whose first
 * letters are a trigger ("karabakh", "rus", "9 november"…).
 *
 * Why not a regex: an alternation of hundreds of literals is tried alternative by
 * alternative at every position, and short triggers ("nk", "u") hit inside ordinary
 * words all the time. Here the text is walked once, word by word, and each word's
 * lower-cased letters are looked up in a trie of the heads (head-trie.ts), letter by
 * letter, until it has no branch for the next one: the cost is one pass over the
 * characters plus a probe or two per word (most words leave the trie after two letters),
 * whatever the number of triggers.
 *
 * Word starts follow startsWord() in normalize.ts (character classes: char-classes.ts): after a non-word character, or at a
 * lower→upper step inside a word ("ԱրցախՌուսական").
 */
import { classAt, classTable, type Cls, lower, lowerTable, tables } from './char-classes';
import type { Follower, Head, TriggerIndex } from './head-trie';
import { FLAT_LETTERS, findHead, indexFromHeads, MAX_HEAD } from './head-trie';
import { WORD_CHAR } from './normalize';

export type { Follower, Head, TriggerIndex } from './head-trie';
export { indexFromHeads } from './head-trie';

/**
 * Cls's values as this module's own constants: the per-file compilers that build the
 * extension and run the benchmarks (Vite's, tsx's) leave an imported const enum as an
 * object, and reading its properties for every character slowed the scan.
 */
const NONE = 0 satisfies Cls.None;
const LOWER = 1 satisfies Cls.Lower;
const UPPER = 2 satisfies Cls.Upper;
const SURROGATE = 254 satisfies Cls.Surrogate;

/**
 * Builds the index from triggers (lower-case literal prefixes, a space for each separator
 * run: see literal-prefixes.ts) and the pattern groups each one stands for. A trigger's head
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
  const cls = classTable();
  const low = lowerTable();
  const first = index.first;
  const n = text.length;
  let prev = from > 0 ? classAt(text, from - 1) : NONE;
  let i = from;
  while (i < to) {
    let c = cls[text.charCodeAt(i)]!;
    if (c >= SURROGATE) c = classAt(text, i);
    if (c === NONE) {
      prev = c;
      i++;
      continue;
    }
    // A word (or, at `from`, the rest of one) starts at i: find its end.
    const starts = prev === NONE || (prev === LOWER && c === UPPER);
    const at = i;
    let last = c;
    for (i++; i < n; i++) {
      let d = cls[text.charCodeAt(i)]!;
      // Most letters are lower case and go on the word: one test for them.
      if (d === LOWER) {
        last = d;
        continue;
      }
      if (d >= SURROGATE) d = classAt(text, i);
      if (d === NONE || (d === UPPER && last === LOWER)) break;
      last = d;
    }
    prev = last;
    if (!starts) continue;
    // A word whose first letter starts no head is passed by without a call.
    const c0 = low[text.charCodeAt(at)]!;
    if (c0 < FLAT_LETTERS ? first[c0] === 0 : !index.otherFirst.has(c0)) continue;
    const found = findHead(index, text, at, i - at, low);
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
  while (j < text.length && classAt(text, j) === NONE) j++;
  return j;
}
