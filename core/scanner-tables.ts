/**
 * The trigger heads of the default lexicon's two scanners, worked out at build time.
 *
 * Why: deriving ~430 forms' literal prefixes and grouping them into heads is most of what
 * the content script would otherwise compute on every page before it can scan anything.
 * The result lives in data/lexicon-triggers.json, generated from data/lexicon.json by
 * `npx tsx scripts/build-lexicon-triggers.ts`; tests/data/lexicon-triggers.test.ts fails
 * when it is out of date. At run time it is used only if it was made from exactly the
 * scanner's forms and fold list: another lexicon, or a stale file, gets its heads computed
 * live — slower, never wrong.
 */
import triggersJson from '../data/lexicon-triggers.json';
import type { Lexicon } from './lexicon';
import { literalPrefixes } from './normalize';
import type { Head } from './word-triggers';
import { triggerHeads } from './word-triggers';

/** What decides a scanner's triggers: its forms in order, and the declared triggers of raw forms. */
export interface ScannerInput {
  form: string;
  triggers: string[] | undefined;
}

export type ScannerName = 'candidates' | 'cues';

interface ScannerTable {
  /** One key per form, in scanner order (see keyOf). */
  forms: string[];
  heads: Head[];
}

export interface ScannerTables {
  $comment: string;
  fold: string[];
  candidates: ScannerTable;
  cues: ScannerTable;
}

const generated = triggersJson as ScannerTables;

/** Forms in scanner order: family forms family by family (their priority order), cue forms cue class by cue class. */
export function scannerInputs(lexicon: Lexicon, name: ScannerName): ScannerInput[] {
  if (name === 'candidates') return lexicon.families.flatMap((f) => f.forms.map((form) => ({ form, triggers: undefined })));
  return Object.values(lexicon.cues).flatMap((cue) => cue.forms.map((form) => ({ form, triggers: cue.triggers })));
}

const keyOf = ({ form, triggers }: ScannerInput) => (form.startsWith('re:') ? `${form}\n${(triggers ?? []).join('\n')}` : form);

/** Computes the heads: every form's literal prefixes (or declared triggers), grouped by first word. */
export function computeHeads(inputs: readonly ScannerInput[], fold: readonly string[]): Head[] {
  const byTrigger = new Map<string, Set<number>>();
  inputs.forEach(({ form, triggers: declared }, index) => {
    const prefixes = form.startsWith('re:') ? (declared ?? []) : literalPrefixes(form, fold);
    if (prefixes.length === 0) throw new Error(`lexicon: form ${JSON.stringify(form)} has no literal trigger`);
    for (const p of prefixes) {
      const key = p.toLowerCase();
      if (!byTrigger.has(key)) byTrigger.set(key, new Set());
      byTrigger.get(key)!.add(index);
    }
  });
  return triggerHeads([...byTrigger].map(([t, indexes]) => [t, [...indexes]] as const));
}

/** The generated file's content for a lexicon. */
export function buildScannerTables(lexicon: Lexicon): ScannerTables {
  const table = (name: ScannerName): ScannerTable => {
    const inputs = scannerInputs(lexicon, name);
    return { forms: inputs.map(keyOf), heads: computeHeads(inputs, lexicon.fold) };
  };
  return {
    $comment: 'Generated from data/lexicon.json by `npx tsx scripts/build-lexicon-triggers.ts`; do not edit. See core/scanner-tables.ts.',
    fold: [...lexicon.fold],
    candidates: table('candidates'),
    cues: table('cues'),
  };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A scanner's heads: from the generated file when it was made from these very inputs, else computed. */
export function headsFor(name: ScannerName, inputs: readonly ScannerInput[], fold: readonly string[]): Head[] {
  const table = generated[name];
  if (sameStrings(fold, generated.fold) && table.forms.length === inputs.length && inputs.every((input, i) => keyOf(input) === table.forms[i])) {
    return table.heads;
  }
  return computeHeads(inputs, fold);
}
