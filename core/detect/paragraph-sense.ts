/**
 * The paragraph around a name its sentence left to the page (disambiguate.ts calls this once
 * its sentences are decided): see decideByParagraph.
 */
import type { Candidate, Cue } from './candidate';
import { Decision } from './candidate';
import type { CompiledLexicon } from './compiled-lexicon';
import { firstAtOrAfter } from './context-rules';
import { findCues } from './find-cues';

/** Stretches of the chunk already scanned for cues (sorted, apart), and the cues found there (sorted by start). */
export interface ScannedSpans {
  from: number[];
  to: number[];
  count: number;
  cues: Cue[];
}

/** A paragraph longer than this (a long block without line breaks) is read in windows of it, neighbouring names sharing one. */
const PARAGRAPH_WINDOW = 1000;
const paragraphCues: Cue[] = [];

/** Where the last window's look into `done` stopped: windows only move forward, so the next one starts there. */
const look = { span: 0, cue: 0 };

/** The cues of text[from, to) into `out`: those of stretches already scanned are copied, the rest found. */
function cuesOf(text: string, from: number, to: number, lex: CompiledLexicon, done: ScannedSpans, out: Cue[]): void {
  let at = from;
  while (look.span < done.count && done.to[look.span]! <= from) look.span++;
  look.cue = firstAtOrAfter(done.cues, from, look.cue);
  let c = look.cue;
  for (let i = look.span; i < done.count && at < to; i++) {
    const spanFrom = Math.max(done.from[i]!, from);
    const spanTo = Math.min(done.to[i]!, to);
    if (spanFrom >= to) break;
    if (spanTo <= at) continue;
    if (spanFrom > at) findCues(text, at, spanFrom, lex, out);
    while (c < done.cues.length && done.cues[c]!.start < Math.max(spanFrom, at)) c++;
    for (; c < done.cues.length && done.cues[c]!.start < spanTo; c++) out.push(done.cues[c]!);
    at = Math.max(at, spanTo);
  }
  if (at < to) findCues(text, at, to, lex, out);
}

/**
 * A name its sentence left to the page is not ours when the rest of its paragraph speaks of
 * another sense or another conflict, and nothing there speaks for ours. A paragraph keeps to
 * one subject, while a page mixes them: a forum thread about the match with one post about the
 * war, a rug listing with a note on the region, a page on Transnistria's peacekeepers with one
 * paragraph comparing them with Karabakh's.
 * - A shared name ("Es wird Karabach!", a rug's bare name in a heading) gives way to words of
 *   another sense (the return leg, a score, knots and wool), unless the paragraph names the
 *   region for certain or its own sentence holds a place of the conflict.
 * - A name of the force gives way to another conflict's places ("Российский миротворческий
 *   контингент сегодня насчитывает около 400 военнослужащих" in a paragraph on Transnistria),
 *   unless the paragraph names Karabakh, a place of the conflict, or one of our mentions its
 *   own words accepted. Ukraine is not among those places here, nor is a year before the
 *   deployment (their cue classes are `sentenceOnly`): news of the contingent in 2022–2024
 *   names the war beside it.
 * Paragraphs end at line breaks; a block's text is one. Linear in the chunk: lines and
 * windows only move forward, and each window's cues are found once.
 */
export function decideByParagraph(
  text: string,
  found: Candidate[],
  lex: CompiledLexicon,
  sentenceFrom: Int32Array,
  sentenceTo: Int32Array,
  done: ScannedSpans,
): void {
  let lineStart = 0;
  let lineEnd = -1;
  let from = -1;
  let windowTo = -1;
  let certain = false;
  let ours = false;
  let scanned = false;
  const hint = { sentence: 0, window: 0 };
  look.span = look.cue = 0;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    const shared = c.decision === Decision.PageSense;
    const family = lex.families[c.family]!;
    // Of the names a page decides, only the force is somewhere: a statement is compared with
    // other agreements in the same paragraph ("based on the joint statement, unlike the UN
    // forces in Lebanon"), a force on another conflict's ground is that conflict's.
    if (!shared && !(c.decision === Decision.PageTopic && family.entity === 'rmc')) continue;
    if (family.vetoSentence.length === 0) continue;
    // A place of the conflict in its own sentence ("in Aghdam, where… the Karabakh economic
    // region") speaks for the region even where a shared name beside it made it only a place.
    if (shared) {
      hint.sentence = firstAtOrAfter(found, sentenceFrom[k]!, hint.sentence);
      if (evidenceWithin(hint.sentence, sentenceTo[k]!, found, lex) & PLACE) continue;
    }
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
      windowTo = to;
      const evidence = evidenceWithin(hint.window, to, found, lex);
      certain = (evidence & CERTAIN_PLACE) !== 0;
      ours = evidence !== 0;
      scanned = false;
    }
    if (shared ? certain : ours) continue;
    // The window's cues are found only once a name there needs them.
    if (!scanned) {
      paragraphCues.length = 0;
      cuesOf(text, from, windowTo, lex, done, paragraphCues);
      scanned = true;
    }
    if (!shared && paragraphCues.some((x) => family.anchorSentence.includes(x.cue))) continue;
    if (!paragraphCues.some((x) => !lex.cueSentenceOnly[x.cue] && family.vetoSentence.includes(x.cue))) continue;
    // Its paragraph's words decide this name only: they are no evidence of what the page's
    // other names are (a listing's region note keeps its own).
    c.decision = Decision.Reject;
    c.rejectedAs = '';
    c.local = true;
  }
}

/** What evidenceWithin() finds: a Karabakh name or a place of the conflict accepted, one accepted not merely as a place, one of our mentions accepted from its own sentence's words. */
const PLACE = 1;
const CERTAIN_PLACE = 2;
const OURS = 4;

/** What the candidates found[first…] starting before `to` tell of the region (PLACE, CERTAIN_PLACE and OURS bits). */
function evidenceWithin(first: number, to: number, found: Candidate[], lex: CompiledLexicon): number {
  let bits = 0;
  for (let i = first; i < found.length && found[i]!.start < to; i++) {
    const o = found[i]!;
    if (o.decision !== Decision.Accept) continue;
    const family = lex.families[o.family]!;
    if (o.end <= to && (family.entity === 'karabakh' || family.regionEvidence)) bits |= o.placeOnly ? PLACE : PLACE | CERTAIN_PLACE;
    if (o.local && family.entity !== null) bits |= OURS;
  }
  return bits;
}
