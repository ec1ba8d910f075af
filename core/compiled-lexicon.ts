/**
 * Compiles a lexicon once into the two regular expressions the scanner uses: one that
 * finds every candidate form (all families, one capture group each), and one that finds
 * context cues inside a sentence. Compiled lexicons are cached per lexicon object, so
 * per-chunk calls never compile anything.
 */
import type { EntityId } from './entities';
import type { Check, Lexicon } from './lexicon';
import { parseCueRef } from './lexicon';
import { createFormCompiler, END_BOUNDARY } from './normalize';

/** A reference from a family to a cue class; `cue === -1` means "a Karabakh mention". */
export interface CueRef {
  cue: number;
  maxWords: number;
}

export interface CompiledFamily {
  id: string;
  entity: EntityId | null;
  check: Check;
  vetoAfter: CueRef[];
  vetoBefore: CueRef[];
  confirmAfter: CueRef[];
  confirmBefore: CueRef[];
  strongSentence: number[];
  vetoSentence: number[];
  /** Sense keys whose page-level dominance rejects undecided matches. */
  senses: string[];
  /** Whether any rule looks at words around the match. */
  needsContext: boolean;
}

export interface CompiledLexicon {
  families: CompiledFamily[];
  /** Matches any family form; capture group i + 1 is family i. */
  candidates: RegExp;
  /** Matches any cue; capture group i + 1 is cue class i. */
  cues: RegExp;
  cueNames: string[];
  /** Sense key of each cue class ("horse-context" → "horse"). */
  cueSense: string[];
  /** Index of the weak topic cue class, or -1. */
  topicCue: number;
  nearWords: number;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export const KARABAKH_REF = -1;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const compiler = createFormCompiler(lexicon);
  const cueNames = Object.keys(lexicon.cues);
  const cueIndex = new Map(cueNames.map((name, i) => [name, i]));

  const refs = (list: string[] | undefined): CueRef[] =>
    (list ?? []).map((ref) => {
      const { cue, maxWords } = parseCueRef(ref, lexicon.nearWords);
      return { cue: cue === '@karabakh' ? KARABAKH_REF : cueIndex.get(cue)!, maxWords };
    });
  const classes = (list: string[] | undefined): number[] => (list ?? []).map((name) => cueIndex.get(name)!);

  const families: CompiledFamily[] = lexicon.families.map((f) => {
    const compiled: CompiledFamily = {
      id: f.id,
      entity: f.entity,
      check: f.check,
      vetoAfter: refs(f.vetoAfter),
      vetoBefore: refs(f.vetoBefore),
      confirmAfter: refs(f.confirmAfter),
      confirmBefore: refs(f.confirmBefore),
      strongSentence: classes(f.strongSentence),
      vetoSentence: classes(f.vetoSentence),
      senses: f.senses ?? [],
      needsContext: false,
    };
    compiled.needsContext = f.check !== 'always' && f.check !== 'cue';
    return compiled;
  });

  const familySource = lexicon.families.map(
    (f) => `(${f.forms.map((form) => compiler.compile(form, f.caseSensitive === true)).join('|')})`,
  );
  const candidates = new RegExp(`(?:${familySource.join('|')})${END_BOUNDARY}`, 'gu');

  const cueSource = cueNames.map((name) => `(${lexicon.cues[name]!.forms.map((form) => compiler.compile(form)).join('|')})`);
  const cues = new RegExp(`(?:${cueSource.join('|')})${END_BOUNDARY}`, 'gu');

  const result: CompiledLexicon = {
    families,
    candidates,
    cues,
    cueNames,
    cueSense: cueNames.map((name) => name.replace(/-context$/, '')),
    topicCue: cueIndex.get('topic') ?? -1,
    nearWords: lexicon.nearWords,
  };
  cache.set(lexicon, result);
  return result;
}
