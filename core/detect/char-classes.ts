/**
 * What kind of character each UTF-16 unit is (none, lower, upper, other word character)
 * and its lower-case form, learnt per unit on first sight and kept in flat tables: the
 * word scanner (word-triggers.ts) and the word counter of the context rules read them in
 * their hot loops, so no regex runs per character.
 */
import { LOOKALIKES, WORD_CHAR } from './normalize';

export const enum Cls {
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
  // A lookalike (Azerbaijani ǝ for ə) is read as the letter it stands for.
  let low = ch.toLowerCase();
  for (const letter in LOOKALIKES) if (LOOKALIKES[letter]!.includes(low)) low = letter;
  lowerOf![code] = low.charCodeAt(0);
  return cls;
}

export function tables(): void {
  if (classOf) return;
  classOf = new Uint8Array(65536).fill(Cls.Unknown);
  lowerOf = new Uint16Array(65536);
}

/** The class table, for hot loops that read it directly (an entry may still be Cls.Unknown: use classAt() then). */
export function classTable(): Uint8Array {
  tables();
  return classOf!;
}

/** The lower-case table (an entry is valid once its unit's class is known: lower() makes sure). */
export function lowerTable(): Uint16Array {
  tables();
  return lowerOf!;
}

/** Class of the unit at i; a surrogate pair is classed as its code point, a lone surrogate as a non-word. */
export function classAt(text: string, i: number): Cls {
  const code = text.charCodeAt(i);
  let cls = classOf![code]!;
  if (cls === Cls.Unknown) cls = learn(code);
  if (cls !== Cls.Surrogate) return cls;
  const cp = text.codePointAt(code >= 0xdc00 && i > 0 ? i - 1 : i)!;
  return cp > 0xffff ? classify(String.fromCodePoint(cp)) : Cls.None;
}

export function lower(code: number): number {
  if (classOf![code] === Cls.Unknown) learn(code);
  return lowerOf![code]!;
}

/** Number of words (runs of letters, marks and digits) in text[from, to). */
export function countWords(text: string, from: number, to: number): number {
  const cls = classTable();
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

/** What `\s` matches, without making a one-character string. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
