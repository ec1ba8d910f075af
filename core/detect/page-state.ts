/**
 * Page-level context as a handful of counters that chunks add and subtract, so adding a
 * chunk never rescans the page. From the counters come two judgements:
 * - the page is about our topic when it holds evidence (Karabakh names, places of the
 *   conflict, confirmed mentions) and more of it than matches rejected as another
 *   conflict or document;
 * - a sense (horse, rug, football…) dominates when matches rejected as that sense
 *   outnumber the page's locally certain Karabakh names: on a page where the only word
 *   around a bare "Qarabağ" said "club", an undecided one is the club too. Names certain
 *   only as a place ("bred in Karabakh") do not count: a horse page names the breed's home.
 *   The conflict's towns and leaders count with the certain names, except near another
 *   sense's words or beside a shared name their sentence left undecided (context-rules.ts).
 * - an acronym (Family.needsNameOnPage: RMC, РМК, RSK) counts only once the page also names
 *   its entity in words: a mention accepted anywhere, or an undecided one of a family
 *   that is not an acronym, on a page about the topic; and not on a page where it is
 *   rejected as something else (the Royal Military College, RMC Sport) more often than
 *   its sentences accepted it or the page spelled it out ("Russian Military Contingent").
 *   Those rejections say what the acronym is, not what the page is about: they do not
 *   count against the topic.
 * The judgement is a small bit set, so "did anything change?" is one comparison.
 */
import type { EntityId } from '../entities';
import { ENTITY_IDS } from '../entities';
import type { Candidate } from './candidate';
import { Decision, Written } from './candidate';
import type { CompiledLexicon } from './compiled-lexicon';
import { nameOnPageBit } from './compiled-lexicon';

export interface PageCounts {
  /** Karabakh names accepted from local evidence, and the conflict's places outside a sentence of another sense. */
  karabakh: number;
  /** All local evidence that the page is about our topic. */
  topic: number;
  /** Karabakh names left to the page: evidence of topic unless another sense dominates. */
  pendingNames: number;
  /** Topic-family matches rejected as another conflict or document. */
  otherTopic: number;
  /** Sense-family matches rejected, per sense index. */
  senses: number[];
  /** Mentions accepted whatever the page judgement, per entity. */
  certain: Record<EntityId, number>;
  /** Undecided matches per family (their fate follows the page judgement). */
  pending: number[];
  /** Undecided matches per entity of families that name it in words (not acronyms): with the topic, they name it on the page. */
  pendingInWords: Record<EntityId, number>;
  /** Acronyms (Family.needsNameOnPage) their sentence accepted or names spelling one out, and acronyms rejected as something else. */
  acronymsOurs: number;
  acronymsOther: number;
  /** Sense-family matches rejected, per sense index, written in quotation marks and written plain (Candidate.written); only for senses quoted by habit (Lexicon.sensesQuotedByHabit). */
  quotedSenses: number[];
  plainSenses: number[];
  /** Undecided matches of sense families written plain, per family. */
  pendingPlain: number[];
}

export function emptyCounts(lex: CompiledLexicon): PageCounts {
  return {
    karabakh: 0,
    topic: 0,
    pendingNames: 0,
    otherTopic: 0,
    senses: lex.senseKeys.map(() => 0),
    certain: Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>,
    pending: lex.families.map(() => 0),
    pendingInWords: Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>,
    acronymsOurs: 0,
    acronymsOther: 0,
    quotedSenses: lex.senseKeys.map(() => 0),
    plainSenses: lex.senseKeys.map(() => 0),
    pendingPlain: lex.families.map(() => 0),
  };
}

/** Adds (sign 1) or removes (sign -1) one chunk's contribution. */
export function applyChunk(counts: PageCounts, candidates: readonly Candidate[], lex: CompiledLexicon, sign: 1 | -1): void {
  for (const c of candidates) {
    const family = lex.families[c.family]!;
    switch (c.decision) {
      case Decision.Accept:
        counts.topic += sign;
        if ((family.entity === 'karabakh' || family.regionEvidence) && !c.placeOnly) counts.karabakh += sign;
        if (family.entity) counts.certain[family.entity] += sign;
        if (family.spellsOutAcronym) counts.acronymsOurs += sign;
        break;
      case Decision.Reject:
        if (!c.rejectedAs) break;
        if (family.check === 'sense') {
          const i = lex.senseIndex.get(c.rejectedAs);
          if (i === undefined) break;
          counts.senses[i]! += sign;
          if (!lex.senseQuotedByHabit[i]) break;
          if (c.written === Written.Quoted) counts.quotedSenses[i]! += sign;
          else if (c.written === Written.Plain) counts.plainSenses[i]! += sign;
        } else if (family.nameOnPageBit) counts.acronymsOther += sign;
        else counts.otherTopic += sign;
        break;
      case Decision.PageSense:
        if (family.entity === 'karabakh') counts.pendingNames += sign;
        counts.pending[c.family]! += sign;
        if (c.written === Written.Plain) counts.pendingPlain[c.family]! += sign;
        break;
      case Decision.PageTopic:
        counts.pending[c.family]! += sign;
        // An acronym its sentence accepted (disambiguate.ts) is evidence of the topic still.
        if (family.nameOnPageBit) {
          counts.topic += c.local ? sign : 0;
          counts.acronymsOurs += c.local ? sign : 0;
        } else if (family.entity) counts.pendingInWords[family.entity] += sign;
        break;
    }
  }
}

/** Bit 0: the page is about our topic; bit i + 1: sense i dominates; QUOTES_OTHER_SENSES; the entities' nameOnPageBit. */
export type PageJudgement = number;

/**
 * The page writes the dominant senses' names in quotation marks, always: *"Qarabağ" ordeni*,
 * «Qarabağ» restoranı. Azerbaijani, Turkish, Russian and Armenian writing puts the name of a
 * thing in quotes and leaves the place bare, so on such a page a bare name left to the page
 * is the region (*Qarabağda bərpa işləri gedir* on an award page). Only for senses quoted by
 * habit (Lexicon.sensesQuotedByHabit): every dominant sense must be one. One plain name
 * rejected as that sense (*Qarabağ ordenli*, a headline without quotes) shows the page does
 * not keep the habit, and the rule is off.
 */
export const QUOTES_OTHER_SENSES = 1 << 27;
/** Quoted rejections needed before a page's habit counts: one quote is no habit. */
const MIN_QUOTED = 2;

export function judgePage(counts: PageCounts): PageJudgement {
  let bits = 0;
  let quotes = true;
  for (let i = 0; i < counts.senses.length; i++) {
    const n = counts.senses[i]!;
    if (n < 1 || n <= counts.karabakh) continue;
    bits |= 2 << i;
    quotes &&= counts.quotedSenses[i]! >= MIN_QUOTED && counts.plainSenses[i] === 0;
  }
  if (bits !== 0 && quotes) bits |= QUOTES_OTHER_SENSES;
  const evidence = counts.topic + (bits === 0 ? counts.pendingNames : 0);
  if (evidence >= 1 && evidence > counts.otherTopic) bits |= 1;
  // The page calls the acronym something else more often than ours: none of them is ours.
  if (counts.acronymsOther > counts.acronymsOurs) return bits;
  for (const entity of ENTITY_IDS) {
    if (counts.certain[entity] > 0 || (bits & 1 && counts.pendingInWords[entity] > 0)) bits |= nameOnPageBit(entity);
  }
  return bits;
}

/** Whether an undecided family's matches count under this judgement. */
export function familyAccepted(familyIndex: number, lex: CompiledLexicon, page: PageJudgement): boolean {
  const family = lex.families[familyIndex]!;
  if (family.check === 'sense') return (family.senseMask & page) === 0;
  const needed = 1 | family.nameOnPageBit;
  return (page & needed) === needed;
}

/** Whether a candidate is a mention, given the page judgement. */
export function accepted(c: Candidate, lex: CompiledLexicon, page: PageJudgement): boolean {
  switch (c.decision) {
    case Decision.Accept:
      return lex.families[c.family]!.entity !== null;
    case Decision.Reject:
      return false;
    case Decision.PageSense:
      return familyAccepted(c.family, lex, page) || ((page & QUOTES_OTHER_SENSES) !== 0 && c.written === Written.Plain);
    default:
      return familyAccepted(c.family, lex, page);
  }
}

/** Accepted mentions per entity for the whole page. */
export function totals(counts: PageCounts, lex: CompiledLexicon, page: PageJudgement): Record<EntityId, number> {
  const out = { ...counts.certain };
  for (let f = 0; f < counts.pending.length; f++) {
    const n = counts.pending[f]!;
    const entity = lex.families[f]!.entity;
    if (!n || !entity) continue;
    if (familyAccepted(f, lex, page)) out[entity] += n;
    else if (page & QUOTES_OTHER_SENSES) out[entity] += counts.pendingPlain[f]!;
  }
  return out;
}
