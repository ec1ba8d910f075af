/**
 * The trigger heads of a lexicon's two scanners (word-triggers.ts), and their compact
 * encoding for the generated lexicon file.
 *
 * Why precompute: deriving ~430 forms' literal prefixes and grouping them into heads is
 * most of what the content script would otherwise compute on every page before it can
 * scan anything (510 ms → 8 ms in Chromium). So `npm run gen:lexicon` works out the
 * default lexicon's heads at build time and stores them in data/lexicon-runtime.json;
 * at run time they are only decoded (lexicon.ts), and any other lexicon gets its heads
 * computed live.
 */
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
export const SCANNER_NAMES: readonly ScannerName[] = ['candidates', 'cues'];

/**
 * Forms in scanner order: family forms family by family (their priority order), cue forms
 * cue class by cue class. compileLexicon() numbers forms the same way.
 */
export function scannerInputs(lexicon: Lexicon, name: ScannerName): ScannerInput[] {
  if (name === 'candidates') return lexicon.families.flatMap((f) => f.forms.map((form) => ({ form, triggers: undefined })));
  return Object.values(lexicon.cues).flatMap((cue) => cue.forms.map((form) => ({ form, triggers: cue.triggers })));
}

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

/**
 * A scanner's heads, compact and cheap to decode: the head texts, space-separated, and
 * in the same order each head's groups, space-separated, each one of
 *   `1,4`      exact and longer are both [1, 4] (most heads),
 *   `1,4:`     exact is [1, 4], longer is empty (a head that must be a whole word),
 *   `1,4:4`    exact is [1, 4], longer is [4].
 * A head's text is letters, marks and digits (word-triggers.ts), so it never holds a
 * space. Under a third of the size of the same heads as JSON objects (7.5 kB, not 26).
 */
export interface EncodedHeads {
  texts: string;
  groups: string;
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function encodeHeads(heads: readonly Head[]): EncodedHeads {
  for (const { text } of heads) if (!text || /\s/.test(text)) throw new Error(`trigger head ${JSON.stringify(text)} is empty or holds a space`);
  return {
    texts: heads.map((h) => h.text).join(' '),
    groups: heads.map(({ exact, longer }) => (sameList(exact, longer) ? exact.join(',') : `${exact.join(',')}:${longer.join(',')}`)).join(' '),
  };
}

const numbers = (list: string): number[] => (list === '' ? [] : list.split(',').map(Number));

/**
 * A decoded head whose groups are parsed when the scanner first needs them: at start-up
 * only the texts are (indexFromHeads() reads nothing else), and a page hits few heads.
 */
class EncodedHead implements Head {
  private decoded: { exact: readonly number[]; longer: readonly number[] } | undefined;

  constructor(
    readonly text: string,
    private readonly groups: string,
  ) {}

  get exact(): readonly number[] {
    return (this.decoded ??= EncodedHead.parse(this.groups)).exact;
  }

  get longer(): readonly number[] {
    return (this.decoded ??= EncodedHead.parse(this.groups)).longer;
  }

  private static parse(groups: string): { exact: readonly number[]; longer: readonly number[] } {
    const colon = groups.indexOf(':');
    if (colon < 0) {
      const both = numbers(groups);
      return { exact: both, longer: both };
    }
    return { exact: numbers(groups.slice(0, colon)), longer: numbers(groups.slice(colon + 1)) };
  }
}

/**
 * The inverse of encodeHeads(). Runs at content-script start: two split() calls and one
 * small object per head; a head's groups are parsed only if a page hits it.
 */
export function decodeHeads({ texts, groups }: EncodedHeads): Head[] {
  if (texts === '') return [];
  const textList = texts.split(' ');
  const groupList = groups.split(' ');
  if (groupList.length !== textList.length) throw new Error('trigger heads: texts and groups differ in number');
  const heads: Head[] = new Array(textList.length);
  for (let i = 0; i < textList.length; i++) heads[i] = new EncodedHead(textList[i]!, groupList[i]!);
  return heads;
}
