/**
 * The trigger heads of one scanner as a trie, looked up word by word by the word scanner
 * (word-triggers.ts): a word's lower-cased letters are followed from node to node until the
 * trie has no branch for the next one, so most words are passed by after two letters, and
 * the longest head the word starts with is the last head met on the way.
 */
import { tables } from './char-classes';

/** Heads longer than this are cut (and then match as prefixes). */
export const MAX_HEAD = 31;

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
  /**
   * The trie's nodes are numbers, 0 for none. `first` holds the nodes of the first
   * letters below FLAT_LETTERS, `otherFirst` those of rarer ones; the edges from a node to
   * its children are an open-addressing table (`edgeFrom`, `edgeCode` → `edgeTo`, 0 for
   * empty). `headAt` is each node's head index + 1, 0 where no head ends.
   */
  first: Int32Array;
  otherFirst: Map<number, number>;
  edgeFrom: Int32Array;
  edgeCode: Int32Array;
  edgeTo: Int32Array;
  edgeMask: number;
  headAt: Int32Array;
}

/** Latin, Greek, Cyrillic and Armenian letters get a flat table; the rest a Map. */
export const FLAT_LETTERS = 0x600;
const edgeSlot = (node: number, code: number, mask: number) => ((node << 6) ^ (node >> 4) ^ code) & mask;

/**
 * The lookup tables over a list of heads. Cheap, as it runs when a content script first
 * reads text: one table insert per trie node, a head's path shared with the head before
 * it (heads come grouped: "nagorno", "nagorny"…) followed, not probed again.
 */
export function indexFromHeads(heads: Head[]): TriggerIndex {
  tables();
  let letters = 0;
  let longest = 0;
  for (const { text } of heads) {
    letters += text.length;
    longest = Math.max(longest, text.length);
  }
  let size = 16;
  while (size < letters * 2) size *= 2;
  const first = new Int32Array(FLAT_LETTERS);
  const otherFirst = new Map<number, number>();
  const edgeFrom = new Int32Array(size);
  const edgeCode = new Int32Array(size);
  const edgeTo = new Int32Array(size);
  const headAt = new Int32Array(letters + 1);
  const mask = size - 1;
  /** The nodes along the previous head's path: path[k] after its first k + 1 letters. */
  const path = new Int32Array(longest);
  let previous = '';
  let nodes = 0;
  for (let i = 0; i < heads.length; i++) {
    const text = heads[i]!.text;
    let shared = 0;
    while (shared < text.length && shared < previous.length && text.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    let node = shared > 0 ? path[shared - 1]! : 0;
    for (let k = shared; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (k === 0) {
        node = code < FLAT_LETTERS ? first[code]! : (otherFirst.get(code) ?? 0);
        if (node === 0) {
          node = ++nodes;
          if (code < FLAT_LETTERS) first[code] = node;
          else otherFirst.set(code, node);
        }
      } else {
        let slot = edgeSlot(node, code, mask);
        while (edgeTo[slot] !== 0 && !(edgeFrom[slot] === node && edgeCode[slot] === code)) slot = (slot + 1) & mask;
        if (edgeTo[slot] === 0) {
          edgeFrom[slot] = node;
          edgeCode[slot] = code;
          edgeTo[slot] = ++nodes;
        }
        node = edgeTo[slot]!;
      }
      path[k] = node;
    }
    headAt[node] = i + 1;
    previous = text;
  }
  return { heads, first, otherFirst, edgeFrom, edgeCode, edgeTo, edgeMask: mask, headAt };
}

/** The head of `index` that the word text[at, at + len) starts with (longest first), or -1. */
export function findHead(index: TriggerIndex, text: string, at: number, len: number, low: Uint16Array): number {
  const c0 = low[text.charCodeAt(at)]!;
  let node = c0 < FLAT_LETTERS ? index.first[c0]! : (index.otherFirst.get(c0) ?? 0);
  if (node === 0) return -1;
  const { edgeFrom, edgeCode, edgeTo, edgeMask, headAt } = index;
  let found = headAt[node]! - 1;
  const end = at + Math.min(len, MAX_HEAD);
  for (let j = at + 1; j < end; j++) {
    const code = low[text.charCodeAt(j)]!;
    let slot = edgeSlot(node, code, edgeMask);
    let next = edgeTo[slot]!;
    while (next !== 0 && !(edgeFrom[slot] === node && edgeCode[slot] === code)) next = edgeTo[(slot = (slot + 1) & edgeMask)]!;
    if (next === 0) break;
    node = next;
    if (headAt[node] !== 0) found = headAt[node]! - 1;
  }
  return found;
}
