/**
 * The detection lexicon: which surface forms name which entity, and which words around
 * them decide an ambiguous form. All detection decisions live in data/lexicon.json;
 * this module only types and validates it.
 */
import type { EntityId } from './entities';
import { isEntityId } from './entities';
import { isCueRef, parseCueRef } from './cue-refs';
import lexiconJson from '../data/lexicon.json';

/**
 * How a family's matches are decided:
 * - `always`: unambiguous, always a mention;
 * - `sense`: a mention unless nearby words or the page show another sense (horse, rug, club…);
 * - `topic`: a mention only where the sentence or the page is about our topic;
 * - `local`: a mention only with strong evidence in the same sentence;
 * - `cue`: not a mention; counts as evidence that the page is about our topic.
 */
export type Check = 'always' | 'sense' | 'topic' | 'local' | 'cue';
export const CHECKS: readonly Check[] = ['always', 'sense', 'topic', 'local', 'cue'];

export type EndingSet =
  | { why: string; any: string[] }
  | { why: string; chain: string[]; max: number };

export interface CueClass {
  why: string;
  forms: string[];
  /** Literal words that start the raw ('re:') forms, for the prefilter. */
  triggers?: string[];
  /** The sense a match rejected by this cue counts for; by default the name without "-context". */
  sense?: string;
}

export interface Family {
  id: string;
  entity: EntityId | null;
  check: Check;
  why: string;
  forms: string[];
  /** Surface forms that must match (tests, and the benchmark's alias list). */
  examples: string[];
  /** Strings that must not match this family. */
  counterExamples?: string[];
  caseSensitive?: boolean;
  /** Cue references `class` or `class:N` (at most N words between), or `@karabakh` (see cue-refs.ts). */
  vetoAfter?: string[];
  vetoBefore?: string[];
  confirmAfter?: string[];
  confirmBefore?: string[];
  /** Cue classes that confirm even when a veto cue is in the same sentence. */
  strongSentence?: string[];
  vetoSentence?: string[];
  /** Other senses this family competes with, for page-level dominance. */
  senses?: string[];
}

export interface Lexicon {
  version: 1;
  /** Default number of words allowed between a form and an adjacent cue. */
  nearWords: number;
  /** Groups of letters treated as equal (diacritics folding). */
  fold: string[];
  endings: Record<string, EndingSet>;
  cues: Record<string, CueClass>;
  families: Family[];
}

/** Throws with every problem found, so a bad lexicon fails loudly at load and in tests. */
export function validateLexicon(value: unknown): Lexicon {
  const problems: string[] = [];
  const lex = value as Lexicon;
  if (!lex || typeof lex !== 'object') throw new Error('lexicon: not an object');
  if (lex.version !== 1) problems.push('version must be 1');
  if (!Number.isInteger(lex.nearWords) || lex.nearWords < 0) problems.push('nearWords must be a non-negative integer');
  if (!Array.isArray(lex.fold)) problems.push('fold must be an array');
  const endings = lex.endings ?? {};
  const cues = lex.cues ?? {};
  for (const [name, set] of Object.entries(endings)) {
    if (!set.why) problems.push(`ending set ${name}: missing why`);
    if (!('any' in set) && !('chain' in set)) problems.push(`ending set ${name}: needs any or chain`);
  }
  for (const [name, cue] of Object.entries(cues)) {
    if (!cue.why) problems.push(`cue ${name}: missing why`);
    if (!Array.isArray(cue.forms) || cue.forms.length === 0) problems.push(`cue ${name}: no forms`);
    if (cue.forms?.some((f) => f.startsWith('re:')) && !cue.triggers?.length) problems.push(`cue ${name}: raw forms need triggers`);
  }
  const ids = new Set<string>();
  for (const f of lex.families ?? []) {
    if (!f.id) problems.push('family without id');
    if (ids.has(f.id)) problems.push(`family ${f.id}: duplicate id`);
    ids.add(f.id);
    if (f.entity !== null && !isEntityId(f.entity)) problems.push(`family ${f.id}: unknown entity ${String(f.entity)}`);
    if (f.entity === null && f.check !== 'cue') problems.push(`family ${f.id}: only cue families may have no entity`);
    if (!CHECKS.includes(f.check)) problems.push(`family ${f.id}: unknown check ${String(f.check)}`);
    if (!f.why) problems.push(`family ${f.id}: missing why`);
    if (!Array.isArray(f.forms) || f.forms.length === 0) problems.push(`family ${f.id}: no forms`);
    if (!Array.isArray(f.examples) || f.examples.length === 0) problems.push(`family ${f.id}: no examples`);
    for (const form of f.forms ?? []) {
      for (const m of form.matchAll(/\{([^}]+)\}/g)) if (!endings[m[1]!]) problems.push(`family ${f.id}: unknown ending set ${m[1]}`);
    }
    const refs = [...(f.vetoAfter ?? []), ...(f.vetoBefore ?? []), ...(f.confirmAfter ?? []), ...(f.confirmBefore ?? []), ...(f.strongSentence ?? []), ...(f.vetoSentence ?? [])];
    for (const ref of refs) {
      if (!isCueRef(ref)) problems.push(`family ${f.id}: bad cue reference ${ref}`);
      else {
        const { cue } = parseCueRef(ref, lex.nearWords);
        if (cue !== '@karabakh' && !cues[cue]) problems.push(`family ${f.id}: unknown cue ${cue}`);
      }
    }
  }
  if (problems.length) throw new Error(`lexicon: ${problems.join('; ')}`);
  return lex;
}

export const defaultLexicon: Lexicon = validateLexicon(lexiconJson);
