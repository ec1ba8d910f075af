/**
 * Compiles a lexicon once into the two regular expressions the scanner uses: one that
 * finds every candidate form (all families, one capture group each), and one that finds
 * context cues inside a sentence. Compiled lexicons are cached per lexicon object, so
 * per-chunk calls never compile anything.
 */
import type { EntityId } from './entities';
import type { Check, Lexicon } from './lexicon';
import { parseCueRef } from './lexicon';
import { createFormCompiler, END_BOUNDARY, literalPrefixes } from './normalize';

/**
 * A fast prefilter plus a precise matcher. One regex holding every form with its
 * character classes is slow to scan with (irregexp cannot skip ahead through it), so a
 * case-insensitive alternation of literal prefixes finds the few places worth trying,
 * and the precise regex runs there, anchored (sticky).
 */
export interface Scanner {
  trigger: RegExp;
  /** Lower-cased trigger text → the groups worth trying there, in priority order. */
  groupsByTrigger: Map<string, number[]>;
  /** One small sticky regex per group: small regexes get compiled to native code. */
  precise: RegExp[];
}

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
  /** Page-judgement bits of the senses above (see page-state.ts). */
  senseMask: number;
}

export interface CompiledLexicon {
  families: CompiledFamily[];
  /** Finds any family form; capture group i + 1 is family i. */
  candidates: Scanner;
  /** Finds any cue; capture group i + 1 is cue class i. */
  cues: Scanner;
  cueNames: string[];
  /** Sense key of each cue class ("horse-context" → "horse"). */
  cueSense: string[];
  /** Every sense key used by a family, and its index (page-state bit i + 1). */
  senseKeys: string[];
  senseIndex: Map<string, number>;
  /** Index of the weak topic cue class, or -1. */
  topicCue: number;
  nearWords: number;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export const KARABAKH_REF = -1;

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function scanner(groups: string[], forms: Array<{ group: number; form: string; triggers: string[] | undefined }>, lexicon: Lexicon): Scanner {
  const byTrigger = new Map<string, Set<number>>();
  for (const { group, form, triggers: declared } of forms) {
    const prefixes = form.startsWith('re:') ? (declared ?? []) : literalPrefixes(form, lexicon.fold);
    if (prefixes.length === 0) throw new Error(`lexicon: form ${JSON.stringify(form)} has no literal trigger`);
    for (const p of prefixes) {
      const key = p.toLowerCase();
      if (!byTrigger.has(key)) byTrigger.set(key, new Set());
      byTrigger.get(key)!.add(group);
    }
  }
  // The prefilter reports the longest trigger at a position; every shorter trigger that
  // is its prefix matches there too, so its groups are tried as well.
  const groupsByTrigger = new Map<string, number[]>();
  for (const t of byTrigger.keys()) {
    const set = new Set<number>();
    for (const [u, groupsOfU] of byTrigger) if (t.startsWith(u)) for (const g of groupsOfU) set.add(g);
    groupsByTrigger.set(t, [...set].sort((a, b) => a - b));
  }
  const sorted = [...byTrigger.keys()].sort((a, b) => b.length - a.length).map(escapeLiteral);
  return {
    trigger: new RegExp(sorted.join('|'), 'gi'),
    groupsByTrigger,
    precise: groups.map((g) => new RegExp(`${g}${END_BOUNDARY}`, 'yu')),
  };
}

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
      senseMask: 0,
    };
    compiled.needsContext = f.check !== 'always' && f.check !== 'cue';
    return compiled;
  });

  const senseKeys = [...new Set(families.flatMap((f) => f.senses))];
  if (senseKeys.length > 30) throw new Error('lexicon: at most 30 senses');
  const senseIndex = new Map(senseKeys.map((key, i) => [key, i]));
  for (const f of families) for (const s of f.senses) f.senseMask |= 2 << senseIndex.get(s)!;

  const familySource = lexicon.families.map(
    (f) => `(?:${f.forms.map((form) => compiler.compile(form, f.caseSensitive === true)).join('|')})`,
  );
  const candidates = scanner(
    familySource,
    lexicon.families.flatMap((f, group) => f.forms.map((form) => ({ group, form, triggers: undefined }))),
    lexicon,
  );

  const cueSource = cueNames.map((name) => `(?:${lexicon.cues[name]!.forms.map((form) => compiler.compile(form)).join('|')})`);
  const cues = scanner(
    cueSource,
    cueNames.flatMap((name, group) => lexicon.cues[name]!.forms.map((form) => ({ group, form, triggers: lexicon.cues[name]!.triggers }))),
    lexicon,
  );

  const result: CompiledLexicon = {
    families,
    candidates,
    cues,
    cueNames,
    senseKeys,
    senseIndex,
    cueSense: cueNames.map((name) => name.replace(/-context$/, '')),
    topicCue: cueIndex.get('topic') ?? -1,
    nearWords: lexicon.nearWords,
  };
  cache.set(lexicon, result);
  return result;
}
