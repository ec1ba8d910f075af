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
import { Decision } from './candidate';
import type { CompiledLexicon, Scanner } from './compiled-lexicon';
import { decide, firstAtOrAfter, sentence } from './context-rules';
import { NEAR_REACH } from './cue-distance';
import { insideUrl, SentenceCursor } from './sentence-bounds';
import type { TriggerHit } from './word-triggers';
import { nextTrigger } from './word-triggers';

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
    });
  }
  if (found.length === 0) return found;
  decideAll(text, found, lex);
  return found;
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
      if (place) from = to = -1;
      // An acronym its sentence accepts still waits for the page to name its entity in words
      // (Family.needsNameOnPage); it stays local evidence of the topic (page-state.ts).
      if (c.decision === Decision.Accept && family.nameOnPageBit) c.decision = Decision.PageTopic;
    }
  }
  markCertainNames(text, found, lex);
  decideByParagraph(text, found, lex);
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

/** A paragraph longer than this (a long block without line breaks) is read in windows of it, neighbouring names sharing one. */
const PARAGRAPH_WINDOW = 1000;
const paragraphCues: Cue[] = [];

/**
 * A shared name its sentence left to the page ("Es wird Karabach!", a rug's bare name in a
 * heading's sentence) is not ours when its paragraph's other sentences speak of another
 * sense ("Das Hinspiel in Baku wird eklig", a score, knots and wool), unless the paragraph
 * names the region for certain: a forum post or a listing's paragraph keeps to one subject,
 * while a page mixes them (a thread about the match with one post about the war).
 * Paragraphs end at line breaks; a block's text is one. Linear in the chunk: lines and
 * windows only move forward, and each window's cues are found once.
 */
function decideByParagraph(text: string, found: Candidate[], lex: CompiledLexicon): void {
  let lineStart = 0;
  let lineEnd = -1;
  let from = -1;
  let certain = false;
  const hint = { sentence: 0, window: 0 };
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (c.decision !== Decision.PageSense) continue;
    // A place of the conflict in its own sentence ("in Aghdam, where… the Karabakh economic
    // region") speaks for the region even where a shared name beside it made it only a place.
    hint.sentence = firstAtOrAfter(found, sentenceFrom[k]!, hint.sentence);
    if (placeWithin(hint.sentence, sentenceTo[k]!, found, lex, false)) continue;
    if (c.start >= lineEnd) {
      lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      const next = text.indexOf('\n', c.start);
      lineEnd = next < 0 ? text.length : next;
    }
    const windowFrom = lineStart + Math.floor((c.start - lineStart) / PARAGRAPH_WINDOW) * PARAGRAPH_WINDOW;
    if (windowFrom !== from) {
      from = windowFrom;
      const to = Math.min(lineEnd, from + PARAGRAPH_WINDOW);
      hint.window = firstAtOrAfter(found, from, hint.window);
      certain = placeWithin(hint.window, to, found, lex, true);
      paragraphCues.length = 0;
      if (!certain) findCues(text, from, to, lex, paragraphCues);
    }
    if (certain) continue;
    const family = lex.families[c.family]!;
    if (!paragraphCues.some((x) => family.vetoSentence.includes(x.cue))) continue;
    // Its paragraph's words decide this name only: they are no evidence of what the page's
    // other bare names are (a listing's region note keeps its own).
    c.decision = Decision.Reject;
    c.rejectedAs = '';
    c.local = true;
  }
}

/** Whether a Karabakh name or a place of the conflict was accepted among found[first…] before `to` (`certainOnly`: not merely as a place). */
function placeWithin(first: number, to: number, found: Candidate[], lex: CompiledLexicon, certainOnly: boolean): boolean {
  for (let i = first; i < found.length && found[i]!.start < to; i++) {
    const o = found[i]!;
    if (o.end > to || o.decision !== Decision.Accept || (certainOnly && o.placeOnly)) continue;
    const family = lex.families[o.family]!;
    if (family.entity === 'karabakh' || family.regionEvidence) return true;
  }
  return false;
}

/** Points `sentence` at the cues and candidates in [from, to) (its cues and candidates are sorted by start). */
function narrowTo(from: number, to: number, found: Candidate[]): void {
  sentence.cueLo = firstAtOrAfter(sentence.cues, from, sentence.cueLo);
  sentence.cueHi = firstAtOrAfter(sentence.cues, to, sentence.cueHi);
  sentence.foundLo = firstAtOrAfter(found, from, sentence.foundLo);
  sentence.foundHi = firstAtOrAfter(found, to, sentence.foundHi);
}
