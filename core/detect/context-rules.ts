/**
 * The context rules: decide one candidate from the words around it, in the order of
 * evidence declared per family in the lexicon (see disambiguate.ts for the order).
 */
import type { Candidate, Cue } from './candidate';
import { Decision } from './candidate';
import { countWords } from './char-classes';
import type { CompiledFamily, CompiledLexicon, CueRef } from './compiled-lexicon';
import { KARABAKH_REF } from './compiled-lexicon';
import { quoteEnclosed, startsWithAny } from './quoted-name';
import type { TriggerHit } from './word-triggers';
import { nextTrigger } from './word-triggers';

/** Gaps longer than this are never "adjacent", however few words they hold. */
const NEAR_REACH = 80;

/** What one candidate's sentence holds: index ranges into the chunk's cues and candidates (no copies). */
export interface Sentence {
  cues: Cue[];
  cueLo: number;
  cueHi: number;
  found: Candidate[];
  foundLo: number;
  foundHi: number;
}
/** The one Sentence that disambiguate.ts fills for each candidate in turn (no allocation per candidate). */
export const sentence: Sentence = { cues: [], cueLo: 0, cueHi: 0, found: [], foundLo: 0, foundHi: 0 };

/**
 * Index of the first item starting at or after `from`, in a list sorted by start, given
 * `lo`, the answer for an earlier `from`: sentences are visited in order, so each bound
 * moves forward a few items at a time. (One that moved back is searched for afresh.)
 */
export function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, from: number, lo = 0): number {
  let i = Math.min(lo, items.length);
  if (i > 0 && items[i - 1]!.start >= from) {
    let low = 0;
    while (low < i) {
      const mid = (low + i) >> 1;
      if (items[mid]!.start < from) low = mid + 1;
      else i = mid;
    }
    return low;
  }
  while (i < items.length && items[i]!.start < from) i++;
  return i;
}

function isKarabakhAnchor(other: Candidate, self: Candidate, lex: CompiledLexicon): boolean {
  if (other === self) return false;
  // A name left to the page (no other sense in its sentence) still anchors its sentence.
  if (!(other.local && other.decision === Decision.Accept) && other.decision !== Decision.PageSense) return false;
  const fam = lex.families[other.family]!;
  if (fam.entity === 'karabakh') return true;
  // A town or leader of the conflict says the sentence is about the region's affairs, but the
  // club, the rug and the horse are from those towns too ("Qarabağ was founded in Ağdam in
  // 1951"): for a name shared with them it leaves the choice to the page.
  return fam.check === 'cue' && lex.families[self.family]!.check !== 'sense';
}

/** The cue class and word distance of the nearest hit of `refs` found by the last nearest() call. */
let nearestCue = -2;

/**
 * The fewest words between the candidate and a cue of `refs` on one side (within each
 * ref's reach), or -1 when none is in reach; sets `nearestCue`.
 */
function nearest(text: string, c: Candidate, refs: CueRef[], s: Sentence, lex: CompiledLexicon, after: boolean): number {
  let best = -1;
  nearestCue = -2;
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
        nearestCue = ref.cue;
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
        nearestCue = ref.cue;
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
    if (!(holds(text, '(', from, o.start) && holds(text, ')', o.end, to))) return true;
  }
  return false;
}

/** Whether text[from, to) holds `char` (a few dozen characters at most: within a cue's reach). */
function holds(text: string, char: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === char) return true;
  return false;
}

/** Words between the candidate and a cue at [start, end) on the given side, or -1 when out of reach. */
function gapWords(text: string, c: Candidate, start: number, end: number, maxWords: number, after: boolean): number {
  const from = after ? c.end : end;
  const to = after ? start : c.start;
  if (to < from || to - from > NEAR_REACH) return -1;
  const words = countWords(text, from, to);
  return words <= maxWords ? words : -1;
}

/** The nearer of the two sides' hits (words), or -1; sets `nearestCue` to that hit's cue. */
function nearestEitherSide(text: string, c: Candidate, after: CueRef[], before: CueRef[], s: Sentence, lex: CompiledLexicon): number {
  const a = nearest(text, c, after, s, lex, true);
  const aCue = nearestCue;
  const b = nearest(text, c, before, s, lex, false);
  if (a >= 0 && (b < 0 || a <= b)) {
    nearestCue = aCue;
    return a;
  }
  return b;
}

function reject(c: Candidate, cue: number, lex: CompiledLexicon): void {
  c.decision = Decision.Reject;
  c.rejectedAs = cue >= 0 ? lex.cueSense[cue]! : '';
  c.local = true;
}

function accept(c: Candidate): void {
  c.decision = Decision.Accept;
  c.local = true;
}

/** Whether a cue of class `cue` lies in the sentence outside the candidate itself. */
function inSentence(cue: number, c: Candidate, s: Sentence): boolean {
  for (let i = s.cueLo; i < s.cueHi; i++) {
    const x = s.cues[i]!;
    if (x.cue === cue && (x.end <= c.start || x.start >= c.end)) return true;
  }
  return false;
}

const innerHit: TriggerHit = { wordEnd: 0, groups: [] };

/**
 * Whether a Karabakh name lies inside the candidate's own span ("Russia's Karabakh
 * peacekeepers"): the name scan's triggers and forms, run over the span after its first
 * word. Only a family with anchorInside asks, and only when nothing else anchored it.
 */
function holdsKarabakhName(text: string, c: Candidate, lex: CompiledLexicon): boolean {
  const scanner = lex.candidates;
  let from = c.start + 1;
  let at: number;
  while ((at = nextTrigger(scanner.triggers, text, from, c.end, innerHit)) >= 0) {
    for (const f of innerHit.groups) {
      if (lex.families[scanner.groupOf[f]!]!.entity !== 'karabakh') continue;
      const end = scanner.precise.matchAt(f, text, at);
      if (end >= 0 && end <= c.end) return true;
    }
    from = innerHit.wordEnd;
  }
  return false;
}

/** The first of `classes` in the sentence, or -1. */
function firstInSentence(classes: number[], c: Candidate, s: Sentence): number {
  for (const cue of classes) if (inSentence(cue, c, s)) return cue;
  return -1;
}

/** Whether the name is a quoted title: enclosed by quotes, not an excepted name, not cited as a word ("the word «Karabakh»"). */
function quotedTitle(text: string, c: Candidate, family: CompiledFamily, s: Sentence, lex: CompiledLexicon): boolean {
  return (
    quoteEnclosed(text, c.start, c.end) &&
    !startsWithAny(text, c.start, c.end, family.quotedTitleExcept) &&
    nearest(text, c, family.quotedCitedBefore, s, lex, false) < 0 &&
    nearest(text, c, family.quotedCitedAfter, s, lex, true) < 0
  );
}

function anchored(c: Candidate, s: Sentence, lex: CompiledLexicon): boolean {
  for (let i = s.foundLo; i < s.foundHi; i++) if (isKarabakhAnchor(s.found[i]!, c, lex)) return true;
  return false;
}

// Plain functions, no closures: decide() runs for every candidate.
export function decide(text: string, c: Candidate, family: CompiledFamily, s: Sentence, lex: CompiledLexicon): void {
  // The nearest adjacent word decides; at equal distance the other sense wins
  // ("Karabakh horse" at 0 words beats "region" at 2; "rugs from Karabagh, Azerbaijan":
  // the country at 0 words beats "rugs" at 1).
  const veto = nearestEitherSide(text, c, family.vetoAfter, family.vetoBefore, s, lex);
  const vetoCue = nearestCue;
  // A veto right next to the name cannot be beaten: no need to look for a confirmation.
  if (veto === 0) {
    // Except when the veto is before the name and a place word is right after it: the word
    // after a name is its head ("Karabakh region", *Qarabağ bölgəsində*, *Karabağ dağları*),
    // while one before it ends the previous phrase ("Qarabağ atı Qarabağ dağlarında", a
    // horse of Karabakh in the Karabakh mountains; "rug, Karabagh region").
    if (nearest(text, c, family.vetoAfter, s, lex, true) !== 0 && nearest(text, c, family.confirmAfter, s, lex, true) === 0) {
      accept(c);
      return;
    }
    reject(c, vetoCue, lex);
    return;
  }
  let confirm = nearestEitherSide(text, c, family.confirmAfter, family.confirmBefore, s, lex);
  // A place preposition right before the name ("woven in Karabakh") confirms it as a place
  // on rug and horse pages too, but not in a sentence about the club ("joined from Qarabağ").
  let byPlace = false;
  if (family.placeBefore.length > 0 && firstInSentence(family.placeUnlessSentence, c, s) < 0) {
    const place = nearest(text, c, family.placeBefore, s, lex, false);
    if (place >= 0 && (confirm < 0 || place < confirm)) {
      confirm = place;
      byPlace = true;
    }
  }
  if (veto >= 0 && (confirm < 0 || veto <= confirm)) {
    reject(c, vetoCue, lex);
    return;
  }
  // A name in quotation marks is a title (the club, the order), unless a place word confirms
  // it ("the region of “Karabakh”"); only its sentence's words of another sense count for the
  // page (a region page may quote the club once).
  if (confirm < 0 && family.quotedTitle && quotedTitle(text, c, family, s, lex)) {
    reject(c, firstInSentence(family.vetoSentence, c, s), lex);
    return;
  }
  if (confirm >= 0) {
    accept(c);
    // A place named in a sentence about the club, the horse or the rug ("the club was founded
    // in Ağdam, destroyed in the Karabakh war") is the region, but says nothing of what the
    // page's bare names are: it does not outweigh that sense (page-state.ts).
    c.placeOnly = byPlace || firstInSentence(family.vetoSentence, c, s) >= 0;
    return;
  }

  if (firstInSentence(family.strongSentence, c, s) >= 0) {
    accept(c);
    return;
  }
  if (
    anchored(c, s, lex) ||
    firstInSentence(family.anchorSentence, c, s) >= 0 ||
    (family.anchorInside && holdsKarabakhName(text, c, lex))
  ) {
    const overAnchor = firstInSentence(family.vetoSentenceOverAnchor, c, s);
    if (overAnchor >= 0) reject(c, overAnchor, lex);
    // A bare shared name (the club's, the rug's) beside the region's in one sentence is left to
    // the page: "Qarabag have played in Baku since the Nagorno-Karabakh war" is a match report's.
    else if (family.check === 'sense') {
      c.decision = Decision.PageSense;
      c.local = false;
    } else accept(c);
    return;
  }
  const otherSense = firstInSentence(family.vetoSentence, c, s);
  if (otherSense >= 0) {
    reject(c, otherSense, lex);
    return;
  }

  if (family.check === 'local') {
    reject(c, -1, lex);
    return;
  }
  // Weak topic words (Armenia, Azerbaijan, Baku) settle a topic family's match, but not a
  // sense family's (the club, the rug, the horse and the order are Azerbaijani too:
  // "Azerbaijani champions Qarabağ") nor the commonest names ("joint statement"): there
  // the page decides.
  if (family.weakTopicSettles && lex.topicCue >= 0 && inSentence(lex.topicCue, c, s)) {
    accept(c);
    return;
  }
  c.decision = family.check === 'sense' ? Decision.PageSense : Decision.PageTopic;
  c.local = false;
}
