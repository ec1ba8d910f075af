/**
 * Page-level context as a handful of counters that chunks add and subtract, so adding a
 * chunk never rescans the page. From the counters come two judgements:
 * - the page is about our topic when it holds locally certain evidence (Karabakh names,
 *   places of the conflict, confirmed mentions) and more of it than matches rejected as
 *   another conflict or document;
 * - a sense (horse, rug, football…) dominates when at least two matches were rejected
 *   as that sense and they outnumber the page's certain Karabakh names.
 */
import type { Candidate } from './disambiguate';
import { Decision } from './disambiguate';
import type { CompiledLexicon } from './compiled-lexicon';

export interface PageCounts {
  /** Karabakh names accepted from local evidence. */
  karabakh: number;
  /** All local evidence that the page is about our topic. */
  topic: number;
  /** Karabakh names left to the page: evidence of topic unless another sense dominates. */
  pendingNames: number;
  /** Topic-family matches rejected as another conflict or document. */
  otherTopic: number;
  /** Sense-family matches rejected, per sense key. */
  senses: Map<string, number>;
}

export function emptyCounts(): PageCounts {
  return { karabakh: 0, topic: 0, pendingNames: 0, otherTopic: 0, senses: new Map() };
}

/** Adds (sign 1) or removes (sign -1) one chunk's contribution. */
export function applyChunk(counts: PageCounts, candidates: readonly Candidate[], lex: CompiledLexicon, sign: 1 | -1): void {
  for (const c of candidates) {
    const family = lex.families[c.family]!;
    if (c.local && c.decision === Decision.Accept) {
      counts.topic += sign;
      if (family.entity === 'karabakh') counts.karabakh += sign;
    } else if (c.decision === Decision.PageSense && family.entity === 'karabakh') {
      counts.pendingNames += sign;
    } else if (c.decision === Decision.Reject && c.rejectedAs) {
      if (family.check === 'sense') counts.senses.set(c.rejectedAs, (counts.senses.get(c.rejectedAs) ?? 0) + sign);
      else counts.otherTopic += sign;
    }
  }
}

export interface PageJudgement {
  topic: boolean;
  dominant: ReadonlySet<string>;
  /** Changes whenever any judgement changes; cheap to compare. */
  signature: string;
}

export function judgePage(counts: PageCounts): PageJudgement {
  const dominant = new Set<string>();
  for (const [sense, n] of counts.senses) if (n >= 2 && n > counts.karabakh) dominant.add(sense);
  const evidence = counts.topic + (dominant.size === 0 ? counts.pendingNames : 0);
  const topic = evidence >= 1 && evidence > counts.otherTopic;
  return { topic, dominant, signature: `${topic ? 1 : 0}|${[...dominant].sort().join(',')}` };
}

/** Whether a candidate is a mention, given the page judgement. */
export function accepted(c: Candidate, lex: CompiledLexicon, page: PageJudgement): boolean {
  switch (c.decision) {
    case Decision.Accept:
      return lex.families[c.family]!.entity !== null;
    case Decision.Reject:
      return false;
    case Decision.PageTopic:
      return page.topic;
    case Decision.PageSense:
      return !lex.families[c.family]!.senses.some((s) => page.dominant.has(s));
  }
}
