/**
 * How far a candidate is from the words that decide it: the fewest words to the nearest cue
 * of a family's references on either side, within reach and not past another name, with a
 * bracketed gloss not counted. Pure functions over one candidate's sentence (context-rules.ts).
 */
import type { Candidate, Cue } from './candidate';
import { Decision } from './candidate';
import { countWords } from './char-classes';
import type { CompiledLexicon, CueRef } from './compiled-lexicon';
import { KARABAKH_REF } from './compiled-lexicon';

/** Gaps longer than this are never "adjacent", however few words they hold. */
export const NEAR_REACH = 80;

/** What one candidate's sentence holds: index ranges into the chunk's cues and candidates (no copies). */
export interface Sentence {
  cues: Cue[];
  cueLo: number;
  cueHi: number;
  found: Candidate[];
  foundLo: number;
  foundHi: number;
}
export function isKarabakhAnchor(other: Candidate, self: Candidate, lex: CompiledLexicon): boolean {
  if (other === self) return false;
  // A name left to the page (no other sense in its sentence) still anchors its sentence.
  if (!(other.local && other.decision === Decision.Accept) && other.decision !== Decision.PageSense) return false;
  const fam = lex.families[other.family]!;
  if (fam.entity === 'karabakh') return true;
  // The force or the statement, accepted from its own words, says the sentence is about the
  // region's affairs ("alongside Russia's peacekeeping contingent in Karabakh"), as a town of
  // the conflict does; for a shared name it leaves the choice to the page.
  if (fam.entity !== null && other.local && other.decision === Decision.Accept && fam.check === 'topic')
    return lex.families[self.family]!.check === 'sense';
  // A town or leader of the conflict says the sentence is about the region's affairs, but the
  // club, the rug and the horse are from those towns too ("Qarabağ was founded in Ağdam in
  // 1951"): for a name shared with them it leaves the choice to the page.
  return fam.check === 'cue' && lex.families[self.family]!.check !== 'sense';
}

/** The cue class (-2: none) of the nearest hit found by the last nearest() or nearestEitherSide() call: one object, no allocation per call. */
export const nearestHit = { cue: -2 };

/**
 * The fewest words between the candidate and a cue of `refs` on one side (within each
 * ref's reach), or -1 when none is in reach; sets `nearestHit`.
 */
export function nearest(text: string, c: Candidate, refs: CueRef[], s: Sentence, lex: CompiledLexicon, after: boolean): number {
  let best = -1;
  nearestHit.cue = -2;
  if (refs.length === 0) return best;
  // Cues first, refs inside: most cues of a sentence are out of reach and cost one comparison.
  for (let i = s.cueLo; i < s.cueHi; i++) {
    const cue = s.cues[i]!;
    if (after ? cue.start < c.end || cue.start - c.end > NEAR_REACH : cue.end > c.start || c.start - cue.end > NEAR_REACH) continue;
    if (nameBetween(text, c, cue, s, lex, after)) continue;
    for (const ref of refs) {
      if (ref.cue !== cue.cue) continue;
      const words = gapWords(text, c, cue.start, cue.end, ref.maxWords, after);
      if (words >= 0 && (best < 0 || words < best)) {
        best = words;
        nearestHit.cue = ref.cue;
      }
    }
  }
  for (const ref of refs) {
    if (ref.cue !== KARABAKH_REF) continue;
    for (let i = s.foundLo; i < s.foundHi; i++) {
      const o = s.found[i]!;
      if (!isKarabakhAnchor(o, c, lex)) continue;
      const words = gapWords(text, c, o.start, o.end, ref.maxWords, after);
      if (words >= 0 && (best < 0 || words < best)) {
        best = words;
        nearestHit.cue = ref.cue;
      }
    }
  }
  return best;
}

/**
 * Whether another name stands between the candidate and the cue: the word is that name's
 * ("Karabağ, Dağlık Karabağ savaşından beri": the war is the second name's, and the first,
 * the club, is not confirmed by it). A name in brackets is a gloss, not a name of its own
 * ("the Karabakh (Azerbaijani: Qarabağ) region").
 */
function nameBetween(text: string, c: Candidate, cue: Cue, s: Sentence, lex: CompiledLexicon, after: boolean): boolean {
  const from = after ? c.end : cue.end;
  const to = after ? cue.start : c.start;
  for (let i = s.foundLo; i < s.foundHi; i++) {
    const o = s.found[i]!;
    if (o === c || o.start < from || o.end > to || lex.families[o.family]!.entity === null) continue;
    if (!(indexIn(text, '(', from, o.start) < o.start && indexIn(text, ')', o.end, to) < to)) return true;
  }
  return false;
}

/**
 * The first index of `char` in text[from, to), or `to` when it is not there. A gap is a few
 * dozen characters at most (a cue's reach); indexOf would search on to the end of a text
 * without it, once per candidate and cue near it.
 */
function indexIn(text: string, char: string, from: number, to: number): number {
  let i = from;
  while (i < to && text[i] !== char) i++;
  return i;
}

/** Words between the candidate and a cue at [start, end) on the given side, or -1 when out of reach. */
function gapWords(text: string, c: Candidate, start: number, end: number, maxWords: number, after: boolean): number {
  const from = after ? c.end : end;
  const to = after ? start : c.start;
  if (to < from || to - from > NEAR_REACH) return -1;
  const words = countWords(text, from, to) - glossWords(text, from, to);
  return words <= maxWords ? words : -1;
}

/**
 * Words inside one bracketed gloss in text[from, to): a gloss does not part a name from its
 * head word ("the Karabakh (Azerbaijani: Qarabağ) region" is as near as "the Karabakh region").
 */
function glossWords(text: string, from: number, to: number): number {
  const open = indexIn(text, '(', from, to);
  const close = indexIn(text, ')', open + 1, to);
  return close < to ? countWords(text, open, close + 1) : 0;
}

/** The nearer of the two sides' hits (words), or -1; sets `nearestHit` to that hit. */
export function nearestEitherSide(
  text: string,
  c: Candidate,
  after: CueRef[],
  before: CueRef[],
  s: Sentence,
  lex: CompiledLexicon,
): number {
  const a = nearest(text, c, after, s, lex, true);
  const aCue = nearestHit.cue;
  const b = nearest(text, c, before, s, lex, false);
  if (a >= 0 && (b < 0 || a <= b)) {
    nearestHit.cue = aCue;
    return a;
  }
  return b;
}
