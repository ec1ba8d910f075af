/**
 * Local decisions: for each candidate in one chunk, decide from the words around it
 * whether it is a mention, not a mention, or undecided until the page is known.
 *
 * Order of evidence (first that applies wins), as declared per family in the lexicon:
 *  1. adjacent words that name another sense ("Karabakh horse", "RMC Sport", "1994 ceasefire agreement");
 *  2. adjacent words that confirm ours ("Karabakh region", "statement of 10 November 2020");
 *  3. strong cues in the same sentence (the 2020 date, a Karabakh name, a place of the conflict);
 *  4. words of another sense in the sentence (football, horses, Transnistria, Ukraine 1994);
 *  5. weak topic words in the sentence (Armenia, Azerbaijan, Baku…);
 *  6. otherwise the page decides (see page-state.ts).
 */
import type { CompiledFamily, CompiledLexicon, CueRef, Scanner } from './compiled-lexicon';
import { KARABAKH_REF } from './compiled-lexicon';
import type { TriggerHit } from './word-triggers';
import { countWords, nextTrigger } from './word-triggers';

export const enum Decision {
  Accept = 0,
  Reject = 1,
  /** Accept unless the page shows one of the family's other senses dominates. */
  PageSense = 2,
  /** Accept only if the page is about our topic. */
  PageTopic = 3,
}

export interface Candidate {
  start: number;
  end: number;
  family: number;
  decision: Decision;
  /** For rejected candidates: the sense key that rejected it ("" for a non-sense reason). */
  rejectedAs: string;
  /** Accepted from evidence in the chunk itself (not from the page). */
  local: boolean;
}

interface Cue {
  start: number;
  end: number;
  cue: number;
}

/** Sentences longer than this are cut: context is "nearby", not "the whole paragraph". */
const SENTENCE_REACH = 300;
/** Gaps longer than this are never "adjacent", however few words they hold. */
const NEAR_REACH = 80;

/** What `\s` matches, without making a one-character string. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - SENTENCE_REACH);
  for (let i = index - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x589 || c === 0x3002) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < index && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  return limit;
}

function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + SENTENCE_REACH);
  for (let i = index; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x589 || c === 0x3002) return i;
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return limit;
}


const candidateHit: TriggerHit = { wordEnd: 0, groups: [] };
const cueHit: TriggerHit = { wordEnd: 0, groups: [] };

/** The family of the last preciseAt() match. */
let matchedGroup = -1;

/** The end of the first form matching at `at` (forms in priority order), or -1; sets `matchedGroup`. */
function preciseAt(scanner: Scanner, text: string, at: number, forms: readonly number[]): number {
  for (const f of forms) {
    const end = scanner.precise.matchAt(f, text, at);
    if (end >= 0) {
      matchedGroup = scanner.groupOf[f]!;
      return end;
    }
  }
  return -1;
}

/** Appends every cue starting in [from, to); a word may be a cue of several classes ("Transnistria"). */
function findCues(text: string, from: number, to: number, lex: CompiledLexicon, out: Cue[]): void {
  const { triggers, precise, groupOf } = lex.cues;
  let at: number;
  while ((at = nextTrigger(triggers, text, from, to, cueHit)) >= 0) {
    let end = cueHit.wordEnd;
    const first = out.length;
    for (const f of cueHit.groups) {
      const cue = groupOf[f]!;
      if (out.length > first && out[out.length - 1]!.cue === cue) continue;
      const matched = precise.matchAt(f, text, at);
      if (matched >= 0) {
        out.push({ start: at, end: matched, cue });
        end = Math.max(end, matched);
      }
    }
    from = end;
  }
}

/** How far back to look for the start of a URL around a match. */
const URL_REACH = 200;

/** Addresses are not prose: a name inside a URL (…/Nagorno-Karabakh_war.svg) is not a mention. */
function insideUrl(text: string, index: number): boolean {
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
 * False when `text` certainly holds no candidate: no word in it starts with a trigger.
 * (True does not promise one: the precise patterns still have to match.) This is the
 * first step of scanChunk alone, so a caller can pass over text cheaply.
 */
export function mayHoldCandidate(text: string, lex: CompiledLexicon): boolean {
  return nextTrigger(lex.candidates.triggers, text, 0, text.length, candidateHit) >= 0;
}

/**
 * Scans one chunk: every candidate form with its local decision, plus place cues. Most
 * chunks hold no candidate: they cost one pass of the trigger scan and nothing else.
 */
export function scanChunk(text: string, lex: CompiledLexicon): Candidate[] {
  const found: Candidate[] = [];
  const scanner = lex.candidates;
  let from = 0;
  let start: number;
  while ((start = nextTrigger(scanner.triggers, text, from, text.length, candidateHit)) >= 0) {
    const end = preciseAt(scanner, text, start, candidateHit.groups);
    from = Math.max(end, candidateHit.wordEnd);
    if (end < 0 || insideUrl(text, start)) continue;
    const family = lex.families[matchedGroup]!;
    const always = family.check === 'always' || family.check === 'cue';
    found.push({
      start,
      end,
      family: matchedGroup,
      decision: always ? Decision.Accept : Decision.PageTopic,
      rejectedAs: '',
      local: always,
    });
  }
  if (found.length === 0) return found;
  decideAll(text, found, lex);
  return found;
}

function decideAll(text: string, found: Candidate[], lex: CompiledLexicon): void {
  // Cues are looked for only in the sentences of candidates that need context, each
  // stretch of text once (sentences of neighbouring candidates are merged); each
  // candidate then looks only at the cues inside its own sentence.
  const all: Cue[] = [];
  let spanFrom = -1;
  let spanTo = -1;
  for (const c of found) {
    if (!lex.families[c.family]!.needsContext) continue;
    const from = c.start >= spanFrom && c.start < spanTo ? spanFrom : sentenceStart(text, c.start);
    const to = sentenceEnd(text, c.end);
    if (spanFrom >= 0 && from <= spanTo) {
      spanTo = Math.max(spanTo, to);
      continue;
    }
    if (spanFrom >= 0) findCues(text, spanFrom, spanTo, lex, all);
    spanFrom = from;
    spanTo = to;
  }
  if (spanFrom < 0) return;
  findCues(text, spanFrom, spanTo, lex, all);
  // Families whose decision others lean on ("sense" names) are decided first.
  sentence.cues = all;
  sentence.found = found;
  for (const pass of ['sense', 'topic'] as const) {
    let from = -1;
    let to = -1;
    for (const c of found) {
      const family = lex.families[c.family]!;
      if (!family.needsContext) continue;
      if ((family.check === 'sense') !== (pass === 'sense')) continue;
      // Candidates in the same sentence share its window (and keep a run-on text linear).
      if (!(c.start >= from && c.end <= to)) {
        from = sentenceStart(text, c.start);
        to = sentenceEnd(text, c.end);
        sentence.cueLo = firstAtOrAfter(all, from);
        sentence.cueHi = firstAtOrAfter(all, to);
        sentence.foundLo = firstAtOrAfter(found, from);
        sentence.foundHi = firstAtOrAfter(found, to);
      }
      decide(text, c, family, sentence, lex);
    }
  }
  sentence.cues = [];
  sentence.found = [];
}

/** What one candidate's sentence holds: index ranges into the chunk's cues and candidates (no copies). */
interface Sentence {
  cues: Cue[];
  cueLo: number;
  cueHi: number;
  found: Candidate[];
  foundLo: number;
  foundHi: number;
}
const sentence: Sentence = { cues: [], cueLo: 0, cueHi: 0, found: [], foundLo: 0, foundHi: 0 };

/** Index of the first item starting at or after `from`, by binary search on a sorted list. */
function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, from: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isKarabakhAnchor(other: Candidate, self: Candidate, lex: CompiledLexicon): boolean {
  if (other === self) return false;
  // A name left to the page (no other sense in its sentence) still anchors its sentence.
  if (!(other.local && other.decision === Decision.Accept) && other.decision !== Decision.PageSense) return false;
  const fam = lex.families[other.family]!;
  return fam.entity === 'karabakh' || fam.check === 'cue';
}

function near(text: string, c: Candidate, refs: CueRef[], s: Sentence, lex: CompiledLexicon, after: boolean): number {
  for (const ref of refs) {
    if (ref.cue === KARABAKH_REF) {
      for (let i = s.foundLo; i < s.foundHi; i++) {
        const o = s.found[i]!;
        if (!isKarabakhAnchor(o, c, lex)) continue;
        if (after ? o.start >= c.end && adjacent(text, c.end, o.start, ref.maxWords) : o.end <= c.start && adjacent(text, o.end, c.start, ref.maxWords)) return ref.cue;
      }
      continue;
    }
    for (let i = s.cueLo; i < s.cueHi; i++) {
      const cue = s.cues[i]!;
      if (cue.cue !== ref.cue) continue;
      if (after ? cue.start >= c.end && adjacent(text, c.end, cue.start, ref.maxWords) : cue.end <= c.start && adjacent(text, cue.end, c.start, ref.maxWords)) return ref.cue;
    }
  }
  return -2;
}

function adjacent(text: string, from: number, to: number, maxWords: number): boolean {
  if (to - from > NEAR_REACH) return false;
  return countWords(text, from, to) <= maxWords;
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

/** The first of `classes` in the sentence, or -1. */
function firstInSentence(classes: number[], c: Candidate, s: Sentence): number {
  for (const cue of classes) if (inSentence(cue, c, s)) return cue;
  return -1;
}

function anchored(c: Candidate, s: Sentence, lex: CompiledLexicon): boolean {
  for (let i = s.foundLo; i < s.foundHi; i++) if (isKarabakhAnchor(s.found[i]!, c, lex)) return true;
  return false;
}

// Plain functions, no closures: decide() runs for every candidate.
function decide(text: string, c: Candidate, family: CompiledFamily, s: Sentence, lex: CompiledLexicon): void {
  let hit = near(text, c, family.vetoAfter, s, lex, true);
  if (hit === -2) hit = near(text, c, family.vetoBefore, s, lex, false);
  if (hit !== -2) return reject(c, hit, lex);
  if (near(text, c, family.confirmAfter, s, lex, true) !== -2) return accept(c);
  if (near(text, c, family.confirmBefore, s, lex, false) !== -2) return accept(c);

  if (anchored(c, s, lex) || firstInSentence(family.strongSentence, c, s) >= 0) return accept(c);

  const veto = firstInSentence(family.vetoSentence, c, s);
  if (veto >= 0) return reject(c, veto, lex);

  if (family.check === 'local') return reject(c, -1, lex);
  if (lex.topicCue >= 0 && inSentence(lex.topicCue, c, s)) return accept(c);
  c.decision = family.check === 'sense' ? Decision.PageSense : Decision.PageTopic;
  c.local = false;
}
