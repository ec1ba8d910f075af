/**
 * The context rules: decide one candidate from the words around it, in the order of
 * evidence declared per family in the lexicon (see disambiguate.ts for the order).
 */
import type { Candidate } from './candidate';
import { Decision } from './candidate';
import type { CompiledFamily, CompiledLexicon } from './compiled-lexicon';
import type { Sentence } from './cue-distance';
import { isKarabakhAnchor, nearest, nearestEitherSide, nearestHit } from './cue-distance';
import { quoteEnclosed, startsWithAny } from './quoted-name';
import type { TriggerHit } from './word-triggers';
import { nextTrigger } from './word-triggers';

/**
 * The most words between a shared name and an event word of the region (a `nearOnly` cue:
 * its war, conflict, liberation…) that still settle it ("the Karabakh war", "Karabakh's
 * bloody war"); further off, the page decides (decide()). Place nouns reach as far as any cue
 * ("Karabakh, a mountainous region", "Karabagh was an Armenian-populated area").
 */
const FAR_CONFIRM = 1;

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

/** Whether the sentence holds a shared name (a `sense` family's) that its own words did not accept. */
function sharedNameNotAccepted(s: Sentence, lex: CompiledLexicon): boolean {
  for (let i = s.foundLo; i < s.foundHi; i++) {
    const o = s.found[i]!;
    if (lex.families[o.family]!.check === 'sense' && o.decision !== Decision.Accept) return true;
  }
  return false;
}

/** Whether a place preposition is right before the name, a comma, semicolon or colon right after it, and no veto right before it. */
function placeClosedByComma(text: string, c: Candidate, family: CompiledFamily, s: Sentence, lex: CompiledLexicon): boolean {
  const next = text.charCodeAt(c.end);
  if (next !== 44 && next !== 59 && next !== 58) return false;
  if (family.placeBefore.length === 0 || firstInSentence(family.placeUnlessSentence, c, s) >= 0) return false;
  return nearest(text, c, family.vetoBefore, s, lex, false) !== 0 && nearest(text, c, family.placeBefore, s, lex, false) === 0;
}

/** Whether each of `classes` (at least one) has a cue inside the candidate's own span. */
function allInside(classes: number[], c: Candidate, s: Sentence): boolean {
  if (classes.length === 0) return false;
  for (const cue of classes) {
    let found = false;
    for (let i = s.cueLo; i < s.cueHi && !found; i++) {
      const x = s.cues[i]!;
      found = x.cue === cue && x.start >= c.start && x.end <= c.end;
    }
    if (!found) return false;
  }
  return true;
}

/** The first of `classes` in the sentence, or -1. */
export function firstInSentence(classes: number[], c: Candidate, s: Sentence): number {
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

/** Whether a semicolon lies between offsets `a` and `b` (either order). */
function semicolonBetween(text: string, a: number, b: number): boolean {
  // Both lie in one sentence, so this looks at a few hundred characters at most.
  for (let i = Math.min(a, b), end = Math.max(a, b); i < end; i++) if (text.charCodeAt(i) === 59) return true;
  return false;
}

/**
 * Whether the candidate's own clause names another sense (another conflict) while every
 * Karabakh anchor of its sentence is in another clause, past a semicolon: "In Transnistria
 * those interests have kept Russian peacekeepers in place for thirty years; in Karabakh
 * they lasted less than four". Sets nearestHit.cue to that sense's cue. A comma does not
 * part clauses here ("Russian peacekeepers in Karabakh, unlike those in Transnistria, left").
 */
function otherClauseAnchors(text: string, c: Candidate, family: CompiledFamily, s: Sentence, lex: CompiledLexicon): boolean {
  let other = -1;
  for (let i = s.cueLo; i < s.cueHi && other < 0; i++) {
    const x = s.cues[i]!;
    if ((x.end <= c.start || x.start >= c.end) && family.vetoSentence.includes(x.cue) && !semicolonBetween(text, x.start, c.start))
      other = x.cue;
  }
  if (other < 0) return false;
  for (let i = s.foundLo; i < s.foundHi; i++) {
    const o = s.found[i]!;
    if (isKarabakhAnchor(o, c, lex) && !semicolonBetween(text, o.start, c.start)) return false;
  }
  for (let i = s.cueLo; i < s.cueHi; i++) {
    const x = s.cues[i]!;
    if (family.anchorSentence.includes(x.cue) && !semicolonBetween(text, x.start, c.start)) return false;
  }
  if (family.anchorInside && holdsKarabakhName(text, c, lex)) return false;
  nearestHit.cue = other;
  return true;
}

// Plain functions, no closures: decide() runs for every candidate.
export function decide(text: string, c: Candidate, family: CompiledFamily, s: Sentence, lex: CompiledLexicon): void {
  // A place of the conflict is accepted as it is; its sentence says only whether it counts as
  // the region for the page: not in a sentence about the club, the horse or the rug, nor
  // beside a shared name the sentence did not accept, whose story it may be ("Карабах был
  // вынужден покинуть Агдам": the club left its town).
  if (family.check === 'cue' || family.check === 'always') {
    c.placeOnly = family.placeOnly || firstInSentence(family.regionEvidenceUnlessSentence, c, s) >= 0 || sharedNameNotAccepted(s, lex);
    return;
  }
  // The nearest adjacent word decides; at equal distance the other sense wins
  // ("Karabakh horse" at 0 words beats "region" at 2; "rugs from Karabagh, Azerbaijan":
  // the country at 0 words beats "rugs" at 1).
  const veto = nearestEitherSide(text, c, family.vetoAfter, family.vetoBefore, s, lex);
  const vetoCue = nearestHit.cue;
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
    // A place preposition right before the name and a comma right after it close the phrase:
    // in "In Karabakh, stud farms kept the line alive" the horse word is the next phrase's.
    if (placeClosedByComma(text, c, family, s, lex)) {
      accept(c);
      c.placeOnly = true;
      return;
    }
    reject(c, vetoCue, lex);
    return;
  }
  let confirm = nearestEitherSide(text, c, family.confirmAfter, family.confirmBefore, s, lex);
  const confirmNearOnly = confirm >= 0 && lex.cueNearOnly[nearestHit.cue] === true;
  const confirmPlaceOnly = confirm >= 0 && lex.cuePlaceOnly[nearestHit.cue] === true;
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
  // A name in quotation marks is a title (the club, the order), unless a place word right by
  // it confirms it ("the region of “Karabakh”", a place preposition before it): an event of
  // the region not right next to it, or a place word further off, is the sentence's other
  // part (*müharibə illərində «Qarabağ»ın azarkeşlərinin böyük hissəsi*, most of the club's
  // fans in the war years). Only its sentence's words of another sense count for the page (a
  // region page may quote the club once).
  const confirmsQuoted = byPlace || confirm === 0 || (confirm === 1 && !confirmNearOnly);
  if (!confirmsQuoted && family.quotedTitle && quotedTitle(text, c, family, s, lex)) {
    reject(c, firstInSentence(family.vetoSentence, c, s), lex);
    return;
  }
  if (confirm >= 0) {
    const otherSense = firstInSentence(family.vetoSentence, c, s);
    // An event of the region two or more words off is not the name's head but the sentence's
    // other part ("Karabach spielt seit dem Krieg in Baku", "Qarabag, after the war, moved to
    // Baku": the club's history): it leaves a shared name to the page, as a bare name is. A
    // bracketed gloss between is no distance ("the Karabakh (Azerbaijani: Qarabağ) conflict"),
    // and a place preposition ("woven in Karabakh") still settles the name.
    if (confirm > FAR_CONFIRM && confirmNearOnly && !byPlace && family.check === 'sense') {
      c.decision = Decision.PageSense;
      c.local = false;
      return;
    }
    accept(c);
    // A place named in a sentence about the club, the horse or the rug ("the club was founded
    // in Ağdam, destroyed in the Karabakh war") is the region, but says nothing of what the
    // page's bare names are: it does not outweigh that sense (page-state.ts).
    c.placeOnly = byPlace || confirmPlaceOnly || otherSense >= 0;
    return;
  }

  // The November 2020 date settles the statement in its sentence, or, in full, inside the name
  // itself: *10 noyabr 2020-ci il tarixli üçtərəfli bəyanat* carries its own date.
  if (firstInSentence(family.strongSentence, c, s) >= 0 || allInside(family.strongInside, c, s)) {
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
    else if (otherClauseAnchors(text, c, family, s, lex)) reject(c, nearestHit.cue, lex);
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
