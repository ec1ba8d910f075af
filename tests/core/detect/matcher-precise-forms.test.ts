import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { letterRunStem, WORD_CHAR } from '../../../core/detect/normalize';
import { NOT_WORD_END_CHARS, PreciseForms } from '../../../core/detect/precise-forms';
import { compiler, examples, expected, familyForms, forms, ownWords } from '../../helpers/form-reference';

// PreciseForms tries a gate, then a regex without the word-end lookahead (or, for a form
// ending in any letters, its stem's, walking the letters itself), and only falls back to
// the lookahead version — a cheap one first — when the match runs into a longer word.
// Whatever path it takes, it must give what the straightforward regex (source +
// END_BOUNDARY, `u` flag) followed by endsWord() gives. Family and cue forms both.
const precise = new PreciseForms(
  forms.map(({ form, caseSensitive }) => {
    const stem = letterRunStem(form);
    return {
      source: () => compiler.compile(form, caseSensitive),
      gate: !form.startsWith('re:') && form.includes('{') ? () => compiler.loose(stem ?? form, caseSensitive) : undefined,
      stem: stem === undefined ? undefined : () => compiler.compile(stem, caseSensitive),
    };
  }),
);

const suffixes = [
  '',
  's',
  "'s",
  'ian',
  'lar',
  'ları',
  'da',
  'dakılarımızdan',
  'ի',
  'ов',
  'X',
  '-x',
  ' region',
  '. ',
  'Ռ',
  '𝐀',
  '\u0301',
  '2',
  'ab2',
  'é\u0301',
  'ß',
  'ıq',
  'Ab',
  '𝐚',
];

describe('PreciseForms (lazy, two-step precise matching)', () => {
  // Exhaustive: about 1 s on an idle machine, several seconds on a loaded 2-core one.
  test('agrees with the lookahead regex on every example with every suffix, for every family form', () => {
    for (const example of examples) {
      for (const suffix of suffixes) {
        const text = `See ${example}${suffix} now`;
        for (let i = 0; i < familyForms; i++)
          expect(precise.matchAt(i, text, 4), `${forms[i]!.form} on ${text}`).toBe(expected(i, text, 4));
      }
    }
  }, 60_000);

  test("agrees on every form's own words with every suffix, cue forms included", () => {
    let stemMatches = 0;
    for (let i = 0; i < forms.length; i++) {
      for (const word of ownWords(forms[i]!.form).split(' ')) {
        for (const suffix of suffixes) {
          const text = `See ${word}${suffix} now`;
          const end = precise.matchAt(i, text, 4);
          expect(end, `${forms[i]!.form} on ${text}`).toBe(expected(i, text, 4));
          if (end >= 0 && letterRunStem(forms[i]!.form)) stemMatches++;
        }
      }
    }
    // The stems' own path was taken, not only passed over.
    expect(stemMatches).toBeGreaterThan(1000);
  }, 60_000);

  test('agrees on random glued-together text', () => {
    const words = forms.flatMap(({ form }) => ownWords(form).split(' ')).filter((w) => w.length > 0);
    const piece = fc.constantFrom(...examples, ...words, ...suffixes, ' ', 'a', 'ğ', 'Я');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.nat(forms.length - 1), (pieces, i) => {
        const text = pieces.join('');
        expect(precise.matchAt(i, text, 0)).toBe(expected(i, text, 0));
      }),
      { numRuns: 3000 },
    );
  });

  test('the cheap word-end lookahead rules out only characters that go on a word and are not upper case', () => {
    const ruledOut = new RegExp(`[${NOT_WORD_END_CHARS}]`, 'v');
    let checked = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (!ruledOut.test(ch)) continue;
      checked++;
      expect(WORD_CHAR.test(ch) && !/\p{Lu}/u.test(ch), `U+${code.toString(16)}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('a stem is split off only where the letters close the whole form', () => {
    expect(letterRunStem('horse*')).toBe('horse');
    expect(letterRunStem('(at|ат)*')).toBe('(at|ат)');
    expect(letterRunStem('a|b*')).toBeUndefined();
    expect(letterRunStem('южн* осети*')).toBeUndefined();
    expect(letterRunStem('re:abc*')).toBeUndefined();
    expect(letterRunStem('horse')).toBeUndefined();
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
