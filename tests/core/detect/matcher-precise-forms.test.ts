import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { defaultLexicon } from '../../../core/detect/lexicon';
import { sourceLexicon } from '../../../scripts/lexicon/lexicon-source';
import { createFormCompiler, END_BOUNDARY, endsWord } from '../../../core/detect/normalize';
import { PreciseForms } from '../../../core/detect/precise-forms';

// PreciseForms tries a gate, then a regex without the word-end lookahead, and only falls
// back to the lookahead version when the match runs into a longer word. Whatever path it
// takes, it must give what the straightforward regex (source + END_BOUNDARY, `u` flag)
// followed by endsWord() gives.
const compiler = createFormCompiler(defaultLexicon);
const forms = defaultLexicon.families.flatMap((f) => f.forms.map((form) => ({ form, caseSensitive: f.caseSensitive === true })));
const reference = forms.map(({ form, caseSensitive }) => new RegExp(`${compiler.compile(form, caseSensitive)}${END_BOUNDARY}`, 'yu'));
const precise = new PreciseForms(
  forms.map(({ form, caseSensitive }) => ({
    source: () => compiler.compile(form, caseSensitive),
    gate: form.includes('{') ? () => compiler.loose(form, caseSensitive) : undefined,
  })),
);

function expected(index: number, text: string, at: number): number {
  const re = reference[index]!;
  re.lastIndex = at;
  return re.test(text) && endsWord(text, re.lastIndex) ? re.lastIndex : -1;
}

const examples = sourceLexicon.families.flatMap((f) => [...f.examples, ...(f.counterExamples ?? [])]);
const suffixes = ['', 's', "'s", 'ian', 'lar', 'ları', 'da', 'dakılarımızdan', 'ի', 'ов', 'X', '-x', ' region', '. ', 'Ռ', '𝐀', '\u0301'];

describe('PreciseForms (lazy, two-step precise matching)', () => {
  // Exhaustive: about 1 s on an idle machine, several seconds on a loaded 2-core one.
  test('agrees with the lookahead regex on every example with every suffix, for every family form', () => {
    for (const example of examples) {
      for (const suffix of suffixes) {
        const text = `See ${example}${suffix} now`;
        for (let i = 0; i < forms.length; i++)
          expect(precise.matchAt(i, text, 4), `${forms[i]!.form} on ${text}`).toBe(expected(i, text, 4));
      }
    }
  }, 60_000);

  test('agrees on random glued-together text', () => {
    const piece = fc.constantFrom(...examples, ...suffixes, ' ', 'a', 'ğ', 'Я');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.nat(forms.length - 1), (pieces, i) => {
        const text = pieces.join('');
        expect(precise.matchAt(i, text, 0)).toBe(expected(i, text, 0));
      }),
      { numRuns: 3000 },
    );
  });

  test('builds nothing until a form is tried', () => {
    let built = 0;
    const lazy = new PreciseForms([
      {
        source: () => {
          built++;
          return 'karabakh';
        },
        gate: undefined,
      },
    ]);
    expect(built).toBe(0);
    expect(lazy.matchAt(0, 'karabakh', 0)).toBe(8);
    expect(lazy.matchAt(0, 'karabakhs', 0)).toBe(-1);
    expect(built).toBe(1);
  });
});
