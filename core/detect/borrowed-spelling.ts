/**
 * A shared name spelled as one language writes it, in text of another language (Family.
 * borrowedSpelling). French, English, German and Turkish pages write the region Karabakh,
 * Karabagh, Garabagh or Karabağ; the Azerbaijani *Qarabağ* they borrow is the football club's
 * (and the order's) own name. Azerbaijani text gives itself away by its letter *ə*, found in
 * nearly every sentence of it.
 */
import type { Candidate } from './candidate';
import type { CompiledFamily } from './compiled-lexicon';
import type { Sentence } from './cue-distance';
import { firstInSentence } from './context-rules';

/** Characters on each side of the name in which one native letter shows the text is in the name's own language. */
const NATIVE_REACH = 300;

/**
 * Whether the candidate is a borrowed spelling in text of another language, and its sentence
 * does not cite it as that language's word ("Azerbaijanis call it Qarabağ").
 */
export function isBorrowedSpelling(text: string, c: Candidate, family: CompiledFamily, s: Sentence): boolean {
  if (family.borrowedWords.size === 0) return false;
  // What follows an apostrophe is another language's ending on the borrowed name (English
  // 's, Turkish 'ın): Azerbaijani writes its endings on the word itself (Qarabağın).
  let word = text.slice(c.start, c.end).toLowerCase();
  const apostrophe = word.search(/['’]/);
  if (apostrophe > 0) word = word.slice(0, apostrophe);
  if (!family.borrowedWords.has(word)) return false;
  if (firstInSentence(family.borrowedUnlessSentence, c, s) >= 0) return false;
  const around = text.slice(Math.max(0, c.start - NATIVE_REACH), c.end + NATIVE_REACH);
  for (const letter of family.nativeLetters) if (around.includes(letter)) return false;
  return true;
}
