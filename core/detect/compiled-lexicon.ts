/**
 * Compiles a lexicon once into the two regular expressions the scanner uses: one that
 * finds every candidate form (all families, one capture group each), and one that finds
 * context cues inside a sentence. Compiled lexicons are cached per lexicon object, so
 * per-chunk calls never compile anything.
 */
import type { EntityId } from '../entities';
import { ENTITY_IDS } from '../entities';
import { parseCueRef } from './cue-refs';
import type { Check, Lexicon } from './lexicon';
import { precomputedHeads } from './precomputed-heads';
import type { FormCompiler } from './normalize';
import { createFormCompiler, letterRunStem } from './normalize';
import type { ScannerName } from './scanner-tables';
import { computeHeads } from './scanner-tables';
import type { Step } from './form-matcher';
import { createFormMatchers } from './form-matcher';
import { PreciseForms } from './precise-forms';
import type { TriggerIndex } from './word-triggers';
import { indexFromHeads } from './word-triggers';

/**
 * A page judgement (page-state.ts) is one 32-bit number: bit 0 says the page is about our
 * topic, the next bits which senses dominate, and the top bits which entities the page
 * names in words (for acronym families, Family.needsNameOnPage); bit 27 between them is
 * QUOTES_OTHER_SENSES (page-state.ts).
 */
const MAX_SENSES = 26;
export const nameOnPageBit = (entity: EntityId): number => 1 << (28 + ENTITY_IDS.indexOf(entity));

/**
 * A fast prefilter plus a precise matcher. One regex holding every form with its
 * character classes is slow to scan with, so a word-by-word lookup of literal prefixes
 * (word-triggers.ts) finds the few places worth trying, and the precise regex runs
 * there, anchored (sticky).
 */
export interface Scanner {
  /** Trigger → the forms worth trying there, in priority order. */
  triggers: TriggerIndex;
  /** One small sticky regex per form, built on first use (one regex per family runs ~100× slower). */
  precise: PreciseForms;
  /** Form → its family or cue class. */
  groupOf: number[];
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
  /** Whether an accepted match counts as the region against another sense (Family.regionEvidenceUnlessSentence). */
  regionEvidence: boolean;
  regionEvidenceUnlessSentence: number[];
  /** Whether its matches never weigh for the region against another sense (Family.placeOnly). */
  placeOnly: boolean;
  /** Family.borrowedSpelling's words (lower case; empty: none), native letters and the cue classes that cite it as that language's word. */
  borrowedWords: ReadonlySet<string>;
  nativeLetters: string;
  borrowedUnlessSentence: number[];
  /** Cue classes that all inside the match settle it (see Family.strongInside). */
  strongInside: number[];
  vetoSentence: number[];
  placeBefore: CueRef[];
  placeUnlessSentence: number[];
  /** Sense keys whose page-level dominance rejects undecided matches. */
  senses: string[];
  /** Whether any rule looks at words around the match. */
  needsContext: boolean;
  /** Whether the sentence's weak topic words may settle it (see Family.ignoresWeakTopic). */
  weakTopicSettles: boolean;
  /** Cue classes that reject it even in a sentence a Karabakh name anchors (see Family.vetoSentenceOverAnchor). */
  vetoSentenceOverAnchor: number[];
  /** Cue classes that anchor the sentence as a Karabakh name does (see Family.anchorSentence). */
  anchorSentence: number[];
  /** Whether a Karabakh name inside its own span anchors it (see Family.anchorInside). */
  anchorInside: boolean;
  /** Page-judgement bits of the senses above (see page-state.ts). */
  senseMask: number;
  /** Set for a family with Family.needsNameOnPage: the judgement bit saying its entity is named in words on the page (0 otherwise). */
  nameOnPageBit: number;
  /** Whether it spells out its entity's acronym (Family.spellsOutAcronym). */
  spellsOutAcronym: boolean;
  /** See Family.quotedTitle. */
  quotedTitle: boolean;
  quotedTitleExcept: string[];
  quotedCitedBefore: CueRef[];
  quotedCitedAfter: CueRef[];
}

export interface CompiledLexicon {
  families: CompiledFamily[];
  /** Finds any family form (groupOf: the family). */
  candidates: Scanner;
  /** Finds any cue (groupOf: the cue class). */
  cues: Scanner;
  cueNames: string[];
  /** Sense key of each cue class ("horse-context" → "horse"). */
  cueSense: string[];
  /** Per cue class: whether it confirms a shared name only right next to it (CueClass.nearOnly). */
  cueNearOnly: boolean[];
  /** Per cue class: whether it confirms a name only as the place something comes from (CueClass.placeOnly). */
  cuePlaceOnly: boolean[];
  /** Per cue class: whether it speaks only for its own sentence, not for the paragraph (CueClass.sentenceOnly). */
  cueSentenceOnly: boolean[];
  /** Every sense key used by a family, and its index (page-state bit i + 1). */
  senseKeys: string[];
  senseIndex: Map<string, number>;
  /** Per sense index: whether writers quote its names by habit (Lexicon.sensesQuotedByHabit). */
  senseQuotedByHabit: boolean[];
  /** Index of the weak topic cue class, or -1. */
  topicCue: number;
  nearWords: number;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export const KARABAKH_REF = -1;

/** One form of a family or cue class, compiled on its own. */
interface FormSource {
  group: number;
  form: string;
  /** Regex source, compiled only when the form is first tried. */
  source: () => string;
  /** A cheap superset regex to try first, for forms with ending sets (see FormCompiler.loose). */
  gate: (() => string) | undefined;
  /** For forms ending in any letters (`*`): the source of the rest (see letterRunStem). */
  stem: (() => string) | undefined;
  /** The form matched in JavaScript, where it can be (form-matcher.ts). */
  matcher: (accept: Step) => Step | undefined;
  triggers: string[] | undefined;
}

function scanner(name: ScannerName, forms: FormSource[], lexicon: Lexicon): Scanner {
  return {
    // Heads are the slow part of building the index: the default lexicon's were worked out at build time.
    triggers: indexFromHeads(precomputedHeads(lexicon, name) ?? computeHeads(forms, lexicon.fold)),
    precise: new PreciseForms(forms.map((f) => ({ source: f.source, gate: f.gate, stem: f.stem, matcher: f.matcher }))),
    groupOf: forms.map((f) => f.group),
  };
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  // Built when a form is first tried: a page that mentions nothing needs no regex source.
  let formCompiler: FormCompiler | undefined;
  const compiler = (): FormCompiler => (formCompiler ??= createFormCompiler(lexicon));
  let formMatchers: ReturnType<typeof createFormMatchers> | undefined;
  const matcherOf = (form: string, caseSensitive: boolean) => (accept: Step) =>
    (formMatchers ??= createFormMatchers(lexicon))(form, caseSensitive, accept);
  // A stem's loose regex is a superset of the whole form's too (the letters may be none),
  // and leaves out the costly letter class.
  const gateOf = (form: string, caseSensitive: boolean) =>
    !form.startsWith('re:') && form.includes('{') ? () => compiler().loose(letterRunStem(form) ?? form, caseSensitive) : undefined;
  const stemOf = (form: string, caseSensitive: boolean) => {
    const stem = letterRunStem(form);
    return stem === undefined ? undefined : () => compiler().compile(stem, caseSensitive);
  };
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
      strongInside: classes(f.strongInside),
      regionEvidence: f.regionEvidenceUnlessSentence !== undefined,
      regionEvidenceUnlessSentence: classes(f.regionEvidenceUnlessSentence),
      placeOnly: f.placeOnly === true,
      borrowedWords: new Set(f.borrowedSpelling?.words ?? []),
      nativeLetters: f.borrowedSpelling?.nativeLetters ?? '',
      borrowedUnlessSentence: classes(f.borrowedSpelling?.unlessSentence),
      vetoSentence: classes(f.vetoSentence),
      placeBefore: refs(f.placeBefore),
      placeUnlessSentence: classes(f.placeUnlessSentence),
      senses: f.senses ?? [],
      needsContext: false,
      // A sense family's name is shared with the club, the rug, the horse and the order, all Azerbaijani too.
      weakTopicSettles: f.check !== 'sense' && f.ignoresWeakTopic !== true,
      vetoSentenceOverAnchor: classes(f.vetoSentenceOverAnchor),
      anchorSentence: classes(f.anchorSentence),
      anchorInside: f.anchorInside === true,
      senseMask: 0,
      nameOnPageBit: f.needsNameOnPage === true && f.entity ? nameOnPageBit(f.entity) : 0,
      spellsOutAcronym: f.spellsOutAcronym === true,
      quotedTitle: f.quotedTitle === true,
      quotedTitleExcept: f.quotedTitleExcept ?? [],
      quotedCitedBefore: refs(f.quotedCitedBefore),
      quotedCitedAfter: refs(f.quotedCitedAfter),
    };
    // A place of the conflict has its window scanned; a certain name (always) only reads the
    // cues its neighbours' windows brought in (disambiguate.ts).
    compiled.needsContext = (f.check !== 'always' && f.check !== 'cue') || (compiled.regionEvidence && f.check === 'cue');
    return compiled;
  });

  const senseKeys = [...new Set(families.flatMap((f) => f.senses))];
  if (senseKeys.length > MAX_SENSES) throw new Error(`lexicon: at most ${MAX_SENSES} senses`);
  const senseIndex = new Map(senseKeys.map((key, i) => [key, i]));
  for (const f of families) for (const s of f.senses) f.senseMask |= 2 << senseIndex.get(s)!;
  const quotedByHabit = new Set(lexicon.sensesQuotedByHabit ?? []);
  const senseQuotedByHabit = senseKeys.map((key) => quotedByHabit.has(key));

  // Forms are numbered family by family, in lexicon order: ascending form numbers are
  // the families' priority order.
  const candidates = scanner(
    'candidates',
    lexicon.families.flatMap((f, group) =>
      f.forms.map((form) => ({
        group,
        form,
        source: () => compiler().compile(form, f.caseSensitive === true),
        gate: gateOf(form, f.caseSensitive === true),
        stem: stemOf(form, f.caseSensitive === true),
        matcher: matcherOf(form, f.caseSensitive === true),
        triggers: undefined,
      })),
    ),
    lexicon,
  );
  const cues = scanner(
    'cues',
    cueNames.flatMap((name, group) => {
      const cue = lexicon.cues[name]!;
      const caseSensitive = cue.caseSensitive === true;
      return cue.forms.map((form) => ({
        group,
        form,
        source: () => compiler().compile(form, caseSensitive),
        gate: gateOf(form, caseSensitive),
        stem: stemOf(form, caseSensitive),
        matcher: matcherOf(form, caseSensitive),
        triggers: cue.triggers,
      }));
    }),
    lexicon,
  );

  const result: CompiledLexicon = {
    families,
    candidates,
    cues,
    cueNames,
    senseKeys,
    senseIndex,
    senseQuotedByHabit,
    cueSense: cueNames.map((name) => lexicon.cues[name]!.sense ?? name.replace(/-context$/, '')),
    cueNearOnly: cueNames.map((name) => lexicon.cues[name]!.nearOnly === true),
    cuePlaceOnly: cueNames.map((name) => lexicon.cues[name]!.placeOnly === true),
    cueSentenceOnly: cueNames.map((name) => lexicon.cues[name]!.sentenceOnly === true),
    topicCue: cueIndex.get('topic') ?? -1,
    nearWords: lexicon.nearWords,
  };
  cache.set(lexicon, result);
  return result;
}
