/**
 * data/lexicon.json, the human-edited source of the lexicon: the detection data plus the
 * documentation that explains it (every ending set, cue class and family says why;
 * families list examples and counter-examples that tests check). Read by tests, the
 * benchmark and `npm run gen:lexicon`, which turns it into data/lexicon-runtime.json and
 * data/name-triggers.json, the files the extension carries (see lexicon.ts). Nothing here runs in the extension.
 */
import sourceJson from '../../data/lexicon.json';
import { isCueRef, parseCueRef } from '../../core/detect/cue-refs';
import { isEntityId } from '../../core/entities';
import type { Check, CueClass, EndingSet, Family, Lexicon } from '../../core/detect/lexicon';
import type { GeneratedLexicon, GeneratedNameTriggers } from '../../core/detect/precomputed-heads';
import { computeHeads, encodeHeads, scannerInputs, yesNoHeads, type ScannerName } from '../../core/detect/scanner-tables';
import { bmpProperties } from './bmp-properties';

interface Why {
  why: string;
}

export interface DocumentedFamily extends Family, Why {
  /** Surface forms that must match (tests, and the benchmark's alias list). */
  examples: string[];
  /** Strings that must not match this family. */
  counterExamples?: string[];
}

/**
 * A list several families share, written once in data/lexicon.json's `lists`: a family
 * property written "list:NAME" stands for its items. Resolved here, so the runtime lexicon
 * (and everything downstream of sourceLexicon) sees plain arrays.
 */
export interface SharedList extends Why {
  items: string[];
}

export interface DocumentedLexicon extends Lexicon {
  /** The form syntax, for whoever edits the file. */
  $comment?: string;
  endings: Record<string, EndingSet & Why>;
  cues: Record<string, CueClass & Why>;
  families: DocumentedFamily[];
}

const CHECKS: readonly Check[] = ['always', 'sense', 'topic', 'local', 'cue'];

const LIST_REF = /^list:(.+)$/;

/**
 * The lexicon with every "list:NAME" family property replaced by a copy of that shared
 * list's items, and without `lists` itself; `value` is not changed. A list must have a why
 * and be used by two families at least (a list of one family belongs in that family).
 */
function resolveSharedLists(value: DocumentedLexicon & { lists?: Record<string, SharedList> }, problems: string[]): DocumentedLexicon {
  const { lists = {}, ...lex } = value;
  const uses = new Map<string, number>(Object.keys(lists).map((name) => [name, 0]));
  for (const [name, list] of Object.entries(lists)) {
    if (!list?.why) problems.push(`list ${name}: missing why`);
    if (!Array.isArray(list?.items) || list.items.length === 0) problems.push(`list ${name}: no items`);
  }
  const families = (lex.families ?? []).map((family) => {
    const resolved: Record<string, unknown> = { ...family };
    for (const [key, property] of Object.entries(family)) {
      const name = typeof property === 'string' ? LIST_REF.exec(property)?.[1] : undefined;
      if (name === undefined) continue;
      if (!lists[name]) problems.push(`family ${family.id}: unknown list ${name}`);
      uses.set(name, (uses.get(name) ?? 0) + 1);
      resolved[key] = [...(lists[name]?.items ?? [])];
    }
    return resolved as unknown as DocumentedFamily;
  });
  for (const [name, count] of uses)
    if (count < 2 && lists[name]) problems.push(`list ${name}: used by ${count} families (a list is for sharing)`);
  return { ...lex, families };
}

/** Throws with every problem found, so a bad lexicon fails loudly in tests and in `npm run gen:lexicon`. */
export function validateLexicon(value: unknown): DocumentedLexicon {
  const problems: string[] = [];
  if (!value || typeof value !== 'object') throw new Error('lexicon: not an object');
  const lex = resolveSharedLists(value as DocumentedLexicon, problems);
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
    const refs = [
      ...(f.vetoAfter ?? []),
      ...(f.vetoBefore ?? []),
      ...(f.confirmAfter ?? []),
      ...(f.confirmBefore ?? []),
      ...(f.strongSentence ?? []),
      ...(f.regionEvidenceUnlessSentence ?? []),
      ...(f.strongInside ?? []),
      ...(f.vetoSentence ?? []),
      ...(f.vetoSentenceOverAnchor ?? []),
      ...(f.anchorSentence ?? []),
      ...(f.placeBefore ?? []),
      ...(f.placeUnlessSentence ?? []),
      ...(f.quotedCitedBefore ?? []),
      ...(f.quotedCitedAfter ?? []),
      ...(f.borrowedSpelling?.unlessSentence ?? []),
    ];
    for (const ref of refs) {
      if (!isCueRef(ref)) problems.push(`family ${f.id}: bad cue reference ${ref}`);
      else {
        const { cue } = parseCueRef(ref, lex.nearWords);
        if (cue !== '@karabakh' && !cues[cue]) problems.push(`family ${f.id}: unknown cue ${cue}`);
      }
    }
  }
  const senses = new Set((lex.families ?? []).flatMap((f) => f.senses ?? []));
  for (const sense of lex.sensesQuotedByHabit ?? [])
    if (!senses.has(sense)) problems.push(`sensesQuotedByHabit: ${sense} is no family's sense`);
  if (problems.length) throw new Error(`lexicon: ${problems.join('; ')}`);
  return lex;
}

/** data/lexicon.json, validated. */
export const sourceLexicon: DocumentedLexicon = validateLexicon(sourceJson);

const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

/** The lexicon as detection sees it: the same data, in the same order, without the documentation. */
export function withoutDocumentation(source: DocumentedLexicon): Lexicon {
  const { $comment: _comment, ...rest } = source;
  return {
    ...rest,
    endings: mapValues(source.endings, ({ why: _why, ...set }) => set),
    cues: mapValues(source.cues, ({ why: _why, ...cue }) => cue),
    families: source.families.map(({ why: _why, examples: _examples, counterExamples: _counter, ...family }) => family),
  };
}

/**
 * The two generated files: data/lexicon-runtime.json (the lexicon and its scanners' heads,
 * for the page detector) and data/name-triggers.json (the name scanner's heads for a
 * yes-or-no answer, which the content script uses on its own to pass over text: see
 * name-prefilter.ts).
 */
export interface GeneratedFiles {
  lexicon: GeneratedLexicon;
  nameTriggers: GeneratedNameTriggers;
}

const DO_NOT_EDIT = 'Do not edit: `npm run gen:lexicon` (scripts/lexicon/build-lexicon-triggers.ts) writes it from data/lexicon.json.';

export function generateLexicon(source: DocumentedLexicon): GeneratedFiles {
  const lexicon = withoutDocumentation(source);
  const headsOf = (name: ScannerName) => computeHeads(scannerInputs(lexicon, name), lexicon.fold);
  const names = headsOf('candidates');
  return {
    lexicon: {
      $comment: `The lexicon without its documentation, and its scanners' trigger heads precomputed. ${DO_NOT_EDIT} See core/detect/lexicon.ts.`,
      lexicon,
      heads: { cues: encodeHeads(headsOf('cues')), candidates: encodeHeads(names) },
    },
    nameTriggers: {
      $comment: `The trigger heads of the lexicon's names, for a yes-or-no answer (every group 0), precomputed. ${DO_NOT_EDIT} See core/detect/name-prefilter.ts.`,
      heads: encodeHeads(yesNoHeads(names)),
    },
  };
}

/** JSON, indented, with lists of strings or numbers on one line: diffs show which list changed. */
function formatJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object' || (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))) {
    return JSON.stringify(value);
  }
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${formatJson(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return items.length === 0 ? `${open}${close}` : `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

/** The generated files' texts, by path under data/: what the generator writes and the staleness test compares. */
export function generatedFileTexts(
  source: DocumentedLexicon,
): Record<'lexicon-runtime.json' | 'name-triggers.json' | 'bmp-properties.json', string> {
  const files = generateLexicon(source);
  return {
    'lexicon-runtime.json': `${formatJson(files.lexicon)}\n`,
    'name-triggers.json': `${formatJson(files.nameTriggers)}\n`,
    'bmp-properties.json': `${formatJson(bmpProperties())}\n`,
  };
}
