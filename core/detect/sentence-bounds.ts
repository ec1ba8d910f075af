/**
 * Where a candidate's sentence starts and ends (the reach of "the words around it"), and
 * whether it stands inside a web address. Plain character scans: they run for every
 * candidate that needs context.
 */
import { isSpace } from './char-classes';

/** Sentences longer than this are cut: context is "nearby", not "the whole paragraph". */
const SENTENCE_REACH = 300;

/** A line break, or the Armenian or CJK full stop. */
const isBreak = (c: number) => c === 10 || c === 13 || c === 0x589 || c === 0x3002;
/** '.', '!' or '?': ends a sentence when followed by a space (or the end of the text). */
const isStop = (c: number) => c === 46 || c === 33 || c === 63;
/**
 * A middle dot, a bullet or a vertical bar after a space parts the items of a line ("Russian
 * peacekeepers complete Karabakh pullout · Transnistria · Qarabağ's title", "Headline | Site"):
 * each item is a sentence of its own. Inside a word (Catalan *l·l*) it parts nothing.
 */
const isItemMark = (c: number) => c === 0xb7 || c === 0x2022 || c === 0x7c;

/** Whether text[i] ends a sentence wherever it is: a break, or an item mark after a space. */
const breaksAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isBreak(c) || (isItemMark(c) && i > 0 && isSpace(text.charCodeAt(i - 1)));
};

/** The start of the sentence of `index` if it ends in text[stop, index), scanning back, or -1. */
function boundaryBack(text: string, index: number, stop: number): number {
  for (let i = index - 1; i >= stop; i--) {
    if (breaksAt(text, i) || (isStop(text.charCodeAt(i)) && i + 1 < index && isSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return -1;
}

/** The first character in text[from, limit) that ends a sentence, or -1. */
function boundaryAhead(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (breaksAt(text, i) || (isStop(text.charCodeAt(i)) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))))) return i;
  }
  return -1;
}

/** Where a sentence ending at character `char` ends: before a break, after a full stop. */
const endAfter = (text: string, char: number) => (breaksAt(text, char) ? char : char + 1);

export function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - SENTENCE_REACH);
  const found = boundaryBack(text, index, limit);
  return found >= 0 ? found : limit;
}

export function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + SENTENCE_REACH);
  const char = boundaryAhead(text, index, limit);
  return char >= 0 ? endAfter(text, char) : limit;
}

/** How far back to look for the start of a URL around a match. */
const URL_REACH = 200;

/** Addresses are not prose: a name inside a URL (…/Nagorno-Karabakh_war.svg) is not a mention. */
export function insideUrl(text: string, index: number): boolean {
  const limit = Math.max(0, index - URL_REACH);
  for (let i = index - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0x28 || c === 0x3c || c === 0x22 || c === 0x5b) return false;
    if (c === 0x2f && text.charCodeAt(i - 1) === 0x2f && text.charCodeAt(i - 2) === 0x3a) return true;
    if (c === 0x2e && i >= 3 && text.slice(i - 3, i).toLowerCase() === 'www') return true;
  }
  return false;
}

/**
 * sentenceStart() and sentenceEnd() for a chunk's candidates in order, giving the same
 * answers without scanning again the text already scanned for the candidate before: a
 * sentence of many names, or a long run-on text, costs one pass instead of one per name.
 * Positions passed to each method must not decrease until the next reset().
 */
export class SentenceCursor {
  private text = '';
  /** The last start() position and its answer (-1: none yet). */
  private startAt = -1;
  private startIs = 0;
  /** The last end() position (-1: none yet) and the character that ended its sentence (-1: cut at the reach). */
  private endAt = -1;
  private endChar = -1;

  reset(text: string): void {
    this.text = text;
    this.startAt = -1;
    this.endAt = -1;
  }

  start(index: number): number {
    const before = this.startAt;
    let answer: number;
    if (before < 0 || index < before) answer = sentenceStart(this.text, index);
    else {
      // Below before - 1, the conditions are those sentenceStart(before) met: only its answer matters.
      const limit = Math.max(0, index - SENTENCE_REACH);
      const found = boundaryBack(this.text, index, Math.max(limit, before - 1));
      answer = found >= 0 ? found : Math.max(this.startIs, limit);
    }
    this.startAt = index;
    this.startIs = answer;
    return answer;
  }

  end(index: number): number {
    const text = this.text;
    const limit = Math.min(text.length, index + SENTENCE_REACH);
    let from = index;
    if (this.endAt >= 0 && index >= this.endAt) {
      // Nothing ends a sentence between the last position and the character that ended its sentence.
      if (this.endChar >= index) return endAfter(text, this.endChar);
      if (this.endChar < 0) from = Math.max(index, Math.min(text.length, this.endAt + SENTENCE_REACH));
    }
    this.endAt = index;
    this.endChar = boundaryAhead(text, from, limit);
    return this.endChar >= 0 ? endAfter(text, this.endChar) : limit;
  }
}
