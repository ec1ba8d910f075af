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
import { endsWord, startsWord } from './normalize';

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
const WORDS = /[\p{L}\p{N}]+/gu;

function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - SENTENCE_REACH);
  for (let i = index - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x589 || c === 0x3002) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < index && /\s/.test(text[i + 1]!)) return i + 1;
  }
  return limit;
}

function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + SENTENCE_REACH);
  for (let i = index; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x589 || c === 0x3002) return i;
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) return i + 1;
  }
  return limit;
}

function wordCount(gap: string): number {
  WORDS.lastIndex = 0;
  let n = 0;
  while (WORDS.exec(gap)) n++;
  return n;
}

/**
 * Next match of `scanner` starting in [from, to) at a word start, or null. Matches may
 * run past `to` (a name cut by a sentence end is still that name).
 */
interface Hit {
  start: number;
  end: number;
  group: number;
}

function nextMatch(scanner: Scanner, text: string, from: number, to: number): Hit | null {
  const { trigger, groupsByTrigger, precise } = scanner;
  trigger.lastIndex = from;
  let hit: RegExpExecArray | null;
  while ((hit = trigger.exec(text)) && hit.index < to) {
    const at = hit.index;
    trigger.lastIndex = at + 1;
    if (!startsWord(text, at)) continue;
    const groups = groupsByTrigger.get(hit[0].toLowerCase());
    if (!groups) continue;
    for (const g of groups) {
      const re = precise[g]!;
      re.lastIndex = at;
      if (re.test(text) && endsWord(text, re.lastIndex)) return { start: at, end: re.lastIndex, group: g };
    }
  }
  return null;
}

/** Every cue in [from, to); a word may be a cue of several classes ("Transnistria"). */
function findCues(text: string, from: number, to: number, lex: CompiledLexicon): Cue[] {
  const out: Cue[] = [];
  const { trigger, groupsByTrigger, precise } = lex.cues;
  trigger.lastIndex = from;
  let hit: RegExpExecArray | null;
  while ((hit = trigger.exec(text)) && hit.index < to) {
    const at = hit.index;
    trigger.lastIndex = at + 1;
    if (!startsWord(text, at)) continue;
    const groups = groupsByTrigger.get(hit[0].toLowerCase());
    if (!groups) continue;
    let end = at;
    for (const g of groups) {
      const re = precise[g]!;
      re.lastIndex = at;
      if (re.test(text) && endsWord(text, re.lastIndex)) {
        out.push({ start: at, end: re.lastIndex, cue: g });
        end = Math.max(end, re.lastIndex);
      }
    }
    if (end > at) trigger.lastIndex = end;
  }
  return out;
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

/** Scans one chunk: every candidate form with its local decision, plus place cues. */
export function scanChunk(text: string, lex: CompiledLexicon): Candidate[] {
  const found: Candidate[] = [];
  let at = 0;
  let m: Hit | null;
  while ((m = nextMatch(lex.candidates, text, at, text.length))) {
    const { start, end } = m;
    at = end;
    if (insideUrl(text, start)) continue;
    const familyIndex = m.group;
    const family = lex.families[familyIndex]!;
    const always = family.check === 'always' || family.check === 'cue';
    found.push({
      start,
      end,
      family: familyIndex,
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
  // One cue scan per chunk, over the span the candidates' sentences cover; each
  // candidate then looks only at the cues inside its own sentence.
  let spanFrom = -1;
  let spanTo = -1;
  for (const c of found) {
    if (!lex.families[c.family]!.needsContext) continue;
    if (spanFrom < 0) spanFrom = sentenceStart(text, c.start);
    spanTo = sentenceEnd(text, c.end);
  }
  if (spanFrom < 0) return;
  const all = findCues(text, spanFrom, spanTo, lex);
  // Families whose decision others lean on ("sense" names) are decided first.
  for (const pass of ['sense', 'topic'] as const) {
    let from = -1;
    let to = -1;
    let cues: Cue[] = [];
    let neighbours: Candidate[] = [];
    for (const c of found) {
      const family = lex.families[c.family]!;
      if (!family.needsContext) continue;
      if ((family.check === 'sense') !== (pass === 'sense')) continue;
      // Candidates in the same sentence share its window (and keep a run-on text linear).
      if (!(c.start >= from && c.end <= to)) {
        from = sentenceStart(text, c.start);
        to = sentenceEnd(text, c.end);
        cues = cuesWithin(all, from, to);
        neighbours = candidatesWithin(found, from, to);
      }
      decide(text, c, family, cues, neighbours, from, to, lex);
    }
  }
}

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

/** The candidates lying in [from, to); `found` is sorted by start. */
function candidatesWithin(found: Candidate[], from: number, to: number): Candidate[] {
  const lo = firstAtOrAfter(found, from);
  let end = lo;
  while (end < found.length && found[end]!.start < to) end++;
  return found.slice(lo, end);
}

/** The cues lying in [from, to), by binary search on the sorted list. */
function cuesWithin(cues: Cue[], from: number, to: number): Cue[] {
  const lo = firstAtOrAfter(cues, from);
  let end = lo;
  while (end < cues.length && cues[end]!.start < to) end++;
  return cues.slice(lo, end);
}

function isKarabakhAnchor(other: Candidate, self: Candidate, lex: CompiledLexicon): boolean {
  if (other === self) return false;
  // A name left to the page (no other sense in its sentence) still anchors its sentence.
  if (!(other.local && other.decision === Decision.Accept) && other.decision !== Decision.PageSense) return false;
  const fam = lex.families[other.family]!;
  return fam.entity === 'karabakh' || fam.check === 'cue';
}

function near(
  text: string,
  c: Candidate,
  refs: CueRef[],
  cues: Cue[],
  found: Candidate[],
  lex: CompiledLexicon,
  after: boolean,
): number {
  for (const ref of refs) {
    if (ref.cue === KARABAKH_REF) {
      for (const o of found) {
        if (!isKarabakhAnchor(o, c, lex)) continue;
        if (after ? o.start >= c.end && adjacent(text, c.end, o.start, ref.maxWords) : o.end <= c.start && adjacent(text, o.end, c.start, ref.maxWords)) return ref.cue;
      }
      continue;
    }
    for (const cue of cues) {
      if (cue.cue !== ref.cue) continue;
      if (after ? cue.start >= c.end && adjacent(text, c.end, cue.start, ref.maxWords) : cue.end <= c.start && adjacent(text, cue.end, c.start, ref.maxWords)) return ref.cue;
    }
  }
  return -2;
}

function adjacent(text: string, from: number, to: number, maxWords: number): boolean {
  if (to - from > NEAR_REACH) return false;
  return wordCount(text.slice(from, to)) <= maxWords;
}

function decide(
  text: string,
  c: Candidate,
  family: CompiledFamily,
  cues: Cue[],
  found: Candidate[],
  from: number,
  to: number,
  lex: CompiledLexicon,
): void {
  const reject = (cue: number) => {
    c.decision = Decision.Reject;
    c.rejectedAs = cue >= 0 ? lex.cueSense[cue]! : '';
    c.local = true;
  };
  const accept = () => {
    c.decision = Decision.Accept;
    c.local = true;
  };

  let hit = near(text, c, family.vetoAfter, cues, found, lex, true);
  if (hit === -2) hit = near(text, c, family.vetoBefore, cues, found, lex, false);
  if (hit !== -2) return reject(hit);
  if (near(text, c, family.confirmAfter, cues, found, lex, true) !== -2) return accept();
  if (near(text, c, family.confirmBefore, cues, found, lex, false) !== -2) return accept();

  const inSentence = (cue: number) => cues.some((x) => x.cue === cue && (x.end <= c.start || x.start >= c.end));
  const anchored = found.some((o) => isKarabakhAnchor(o, c, lex));
  if (anchored || family.strongSentence.some(inSentence)) return accept();

  const veto = family.vetoSentence.find(inSentence);
  if (veto !== undefined) return reject(veto);

  if (family.check === 'local') return reject(-1);
  if (lex.topicCue >= 0 && inSentence(lex.topicCue)) return accept();
  c.decision = family.check === 'sense' ? Decision.PageSense : Decision.PageTopic;
  c.local = false;
}
