/**
 * Local decisions: for each candidate in one chunk, decide from the words around it
 * whether it is a mention, not a mention, or undecided until the page is known.
 *
 * Order of evidence (first that applies wins), as declared per family in the lexicon:
 *  1–2. the nearest adjacent word that names another sense ("Karabakh horse", "RMC Sport",
 *     "1994 ceasefire agreement") or confirms ours ("Karabakh region", "statement of
 *     10 November 2020", "Karabagh, Azerbaijan"); at equal distance the other sense wins;
 *     a preposition of place right before a name ("woven in Karabakh") counts as a
 *     confirmation unless the sentence is about the club (the family's placeBefore); a
 *     place word right after the name is its head and beats another sense's word right
 *     before it ("Qarabağ atı Qarabağ dağlarında": only the second is the region);
 *     then a bare name directly in quotation marks with no such confirmation is a title
 *     (the club, the order: «Карабах», "Qarabağ"), unless cited as a word ("the word
 *     «Karabakh» means…"): the family's quotedTitle, quoted-name.ts;
 *  3. strong cues in the same sentence (the November 2020 date), then a Karabakh name or
 *     town of the conflict in it, or inside the candidate itself (its anchorInside: "Russia's
 *     Karabakh peacekeepers"), unless the sentence also holds words the family lets
 *     outweigh that name (its vetoSentenceOverAnchor: "humanitarian truce", Sochi, the
 *     Minsk Group, a year before the deployment); a name shared with another sense (the
 *     club, the rug) that only such a name settles is left to the page (step 6);
 *  4. words of another sense in the sentence (football, horses, Transnistria, Ukraine 1994);
 *  5. weak topic words in the sentence (Armenia, Azerbaijan, Baku…), except for names the
 *     other senses share (the club, rug, horse and order are Azerbaijani too) and for the
 *     commonest names ("joint statement");
 *  6. otherwise the page decides (see page-state.ts).
 * This file scans a chunk for candidates and their sentences' cues; the rules themselves
 * are in context-rules.ts.
 */
import type { Candidate, Cue } from './candidate';
import { Decision, Written } from './candidate';
import type { CompiledLexicon, Scanner } from './compiled-lexicon';
import { decide, firstAtOrAfter, sentence } from './context-rules';
import { NEAR_REACH } from './cue-distance';
import { findCues } from './find-cues';
import { decideByParagraph, type ScannedSpans } from './paragraph-sense';
import { insideUrl, SentenceCursor } from './sentence-bounds';
import type { TriggerHit } from './word-triggers';
import { nextTrigger } from './word-triggers';
import { isBorrowedSpelling } from './borrowed-spelling';
import { writtenAs } from './quoted-name';

const candidateHit: TriggerHit = { wordEnd: 0, groups: [] };

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
      placeOnly: false,
      written: Written.Plain,
    });
  }
  if (found.length === 0) return found;
  decideAll(text, found, lex);
  return found;
}

/** The stretches decideAll scanned for cues, in order, with the cues they held: the paragraph rule scans only the rest. */
const scanned: ScannedSpans = { from: [], to: [], count: 0, cues: [] };

function scanSpan(text: string, from: number, to: number, lex: CompiledLexicon, out: Cue[]): void {
  scanned.from[scanned.count] = from;
  scanned.to[scanned.count] = to;
  scanned.count++;
  findCues(text, from, to, lex, out);
}

/** Each candidate's sentence, by its index in the chunk (reused from chunk to chunk). */
let sentenceFrom = new Int32Array(64);
let sentenceTo = new Int32Array(64);
const bounds = new SentenceCursor();

/** Characters on each side of a place of the conflict in which its sentence's words count: a cue's reach. */
const PLACE_WINDOW = NEAR_REACH;

function decideAll(text: string, found: Candidate[], lex: CompiledLexicon): void {
  if (sentenceFrom.length < found.length) {
    sentenceFrom = new Int32Array(found.length * 2);
    sentenceTo = new Int32Array(found.length * 2);
  }
  // Cues are looked for only in the sentences of candidates that need context, each
  // stretch of text once (sentences of neighbouring candidates are merged); each
  // candidate then looks only at the cues inside its own sentence.
  const all: Cue[] = [];
  scanned.count = 0;
  let spanFrom = -1;
  let spanTo = -1;
  bounds.reset(text);
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    const family = lex.families[c.family]!;
    if (!family.needsContext && !family.regionEvidence) continue;
    sentenceFrom[k] = bounds.start(c.start);
    sentenceTo[k] = bounds.end(c.end);
    // A name weighed as the region (Family.regionEvidenceUnlessSentence) looks only at the
    // words near it (context-rules.ts): the whole sentence of every town named on a page about
    // the region would cost a cue scan each.
    if (family.regionEvidence) {
      sentenceFrom[k] = Math.max(sentenceFrom[k]!, c.start - PLACE_WINDOW);
      sentenceTo[k] = Math.min(sentenceTo[k]!, c.end + PLACE_WINDOW);
    }
    // A certain name scans nothing of its own: markCertainNames reads what its neighbours'
    // windows found.
    if (!family.needsContext) continue;
    const to = sentenceTo[k]!;
    const from = c.start >= spanFrom && c.start < spanTo ? spanFrom : sentenceFrom[k]!;
    if (spanFrom >= 0 && from <= spanTo) {
      spanTo = Math.max(spanTo, to);
      continue;
    }
    if (spanFrom >= 0) scanSpan(text, spanFrom, spanTo, lex, all);
    spanFrom = from;
    spanTo = to;
  }
  if (spanFrom < 0) return;
  scanSpan(text, spanFrom, spanTo, lex, all);
  scanned.cues = all;
  // Families whose decision others lean on ("sense" names) are decided first.
  sentence.cues = all;
  sentence.found = found;
  for (const pass of ['sense', 'topic'] as const) {
    let from = -1;
    let to = -1;
    // Sentences only move forward: the first cue and candidate at or after each bound too.
    sentence.cueLo = sentence.cueHi = sentence.foundLo = sentence.foundHi = 0;
    for (let k = 0; k < found.length; k++) {
      const c = found[k]!;
      const family = lex.families[c.family]!;
      if (!family.needsContext) continue;
      if ((family.check === 'sense') !== (pass === 'sense')) continue;
      // Candidates in the same sentence share its window (and keep a run-on text linear); a
      // place has a narrower window of its own (PLACE_WINDOW), which no neighbour shares.
      const place = family.regionEvidence;
      if (place || !(c.start >= from && c.end <= to)) {
        from = sentenceFrom[k]!;
        to = sentenceTo[k]!;
        narrowTo(from, to, found);
      }
      decide(text, c, family, sentence, lex);
      if (pass === 'sense') c.written = writtenAs(text, c);
      // Left to the page, a borrowed spelling in another language's text is the club's name.
      if (c.decision === Decision.PageSense && isBorrowedSpelling(text, c, family, sentence)) {
        c.decision = Decision.Reject;
        c.rejectedAs = '';
        c.local = true;
      }
      if (place) from = to = -1;
      // An acronym its sentence accepts still waits for the page to name its entity in words
      // (Family.needsNameOnPage); it stays local evidence of the topic (page-state.ts).
      if (c.decision === Decision.Accept && family.nameOnPageBit) c.decision = Decision.PageTopic;
    }
  }
  markCertainNames(text, found, lex);
  decideByParagraph(text, found, lex, sentenceFrom, sentenceTo, scanned);
  sentence.cues = [];
  sentence.found = [];
}

/**
 * Whether each certain name weighed as the region sits in a sentence of another sense
 * (context-rules.ts), from the cues already found near it: a town's or a shared name's window
 * in its sentence brings them in ("Le club d'Agdam, ville fantôme du Haut-Karabakh"), so a
 * certain name costs no scan of its own.
 */
function markCertainNames(text: string, found: Candidate[], lex: CompiledLexicon): void {
  sentence.cueLo = sentence.cueHi = sentence.foundLo = sentence.foundHi = 0;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    const family = lex.families[c.family]!;
    if (family.needsContext || !family.regionEvidence) continue;
    narrowTo(sentenceFrom[k]!, sentenceTo[k]!, found);
    decide(text, c, family, sentence, lex);
  }
}

/** Points `sentence` at the cues and candidates in [from, to) (its cues and candidates are sorted by start). */
function narrowTo(from: number, to: number, found: Candidate[]): void {
  sentence.cueLo = firstAtOrAfter(sentence.cues, from, sentence.cueLo);
  sentence.cueHi = firstAtOrAfter(sentence.cues, to, sentence.cueHi);
  sentence.foundLo = firstAtOrAfter(found, from, sentence.foundLo);
  sentence.foundHi = firstAtOrAfter(found, to, sentence.foundHi);
}
