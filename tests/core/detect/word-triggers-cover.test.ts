import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileLexicon, type Scanner } from '../../../core/detect/compiled-lexicon';
import { defaultLexicon } from '../../../core/detect/lexicon';
import { sourceLexicon } from '../../../scripts/lexicon/lexicon-source';
import { startsWord, WORD_CHAR } from '../../../core/detect/normalize';
import { nextTrigger, type TriggerHit } from '../../../core/detect/word-triggers';

/**
 * The trigger scan decides where the precise forms are tried at all: wherever a form
 * matches at the start of a word, the scan must stop at that word and list the form.
 * (Otherwise the detector would miss a name that its own patterns know.) Checked against
 * trying every form at every word start, for both scanners of the default lexicon.
 */
const lexicon = compileLexicon(defaultLexicon);
const scanners: Array<[string, Scanner, number]> = [
  ['names', lexicon.candidates, defaultLexicon.families.reduce((n, f) => n + f.forms.length, 0)],
  ['cues', lexicon.cues, Object.values(defaultLexicon.cues).reduce((n, c) => n + c.forms.length, 0)],
];
const examples = sourceLexicon.families.flatMap((f) => [...f.examples, ...(f.counterExamples ?? [])]);
const cueWords = Object.values(sourceLexicon.cues).flatMap((cue) =>
  cue.forms.filter((form) => !form.startsWith('re:')).map((form) => form.replace(/[(|)?{}*~]/g, ' ').trim()),
);
const glue = ['', ' ', '-', 's', "'s", 'da', 'ի', 'ов', ' of ', ' 2020', ' November ', '10 ', '\u00a0', '\n'];

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (WORD_CHAR.test(text[i]!) && startsWord(text, i)) starts.push(i);
  return starts;
}

/** Forms the scan lists for the word starting at `at`, or undefined when it passes the word by. */
function triggered(scanner: Scanner, text: string, at: number): readonly number[] | undefined {
  const hit: TriggerHit = { wordEnd: 0, groups: [] };
  return nextTrigger(scanner.triggers, text, at, at + 1, hit) === at ? hit.groups : undefined;
}

function missedForms(scanner: Scanner, forms: number, text: string): string[] {
  const missed: string[] = [];
  for (const at of wordStarts(text)) {
    const listed = triggered(scanner, text, at) ?? [];
    for (let form = 0; form < forms; form++) {
      if (scanner.precise.matchAt(form, text, at) >= 0 && !listed.includes(form))
        missed.push(`form ${form} at ${at} of ${JSON.stringify(text)}`);
    }
  }
  return missed;
}

describe.each(scanners)('the %s trigger scan', (_name, scanner, forms) => {
  test('stops wherever a form matches, on every example glued to every ending', () => {
    const missed: string[] = [];
    for (const example of [...examples, ...cueWords]) {
      for (const after of glue) missed.push(...missedForms(scanner, forms, `See ${example}${after}now, the 9 November 2020 statement.`));
    }
    expect(missed).toEqual([]);
  }, 120_000);

  test('stops wherever a form matches, on random glued-together text', () => {
    const piece = fc.constantFrom(...examples, ...cueWords, ...glue, 'a', 'ğ', 'Я', 'the', 'of');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        expect(missedForms(scanner, forms, pieces.join(' '))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
