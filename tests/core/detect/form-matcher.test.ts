import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { byFirstUnit, createFormMatchers, type Step } from '../../../core/detect/form-matcher';
import { isSeparator } from '../../../core/detect/form-syntax';
import { defaultLexicon } from '../../../core/detect/lexicon';
import { END_BOUNDARY } from '../../../core/detect/normalize';
import { PreciseForms } from '../../../core/detect/precise-forms';
import { compiler, examples, expected, familyForms, forms, ownWords } from '../../helpers/form-reference';

// The JavaScript matcher of a form must give what the form's regex (source + END_BOUNDARY,
// `u` flag, then endsWord) gives, everywhere: it replaced the regex in PreciseForms.matchAt.
const matchers = createFormMatchers(defaultLexicon);
const precise = new PreciseForms(
  forms.map(({ form, caseSensitive }) => ({
    source: () => compiler.compile(form, caseSensitive),
    gate: undefined,
    matcher: (accept: Step) => matchers(form, caseSensitive, accept),
  })),
);

/** Endings of every kind the forms allow or refuse, separators, digits, marks, letters beyond the BMP. */
const suffixes = [
  '',
  's',
  "'s",
  '’s',
  'ian',
  'lar',
  'ları',
  'larımızdan',
  'da',
  'dakılarımızdan',
  'ի',
  'ներից',
  'ов',
  'ами',
  'X',
  '-x',
  ' region',
  '\u00a0 \u2011 force',
  '. ',
  'Ռ',
  '𝐀',
  '\u0301',
  '2',
  ' 2,000 ',
  ' 1 960\u202f000 ',
  'ab2',
  'é\u0301',
  'ß',
  'ıq',
  'Ab',
  '𝐚',
  '\ud835',
];

describe('form matchers (forms followed in JavaScript)', () => {
  test('nearly every form gets one; raw sources keep their regex', () => {
    const accept: Step = (_text, end) => end;
    const without = forms.filter(({ form, caseSensitive }) => matchers(form, caseSensitive, accept) === undefined);
    expect(without.every(({ form }) => form.startsWith('re:'))).toBe(true);
    expect(forms.length - without.length).toBeGreaterThan(900);
  });

  test('forms whose regex the matcher cannot follow exactly get none', () => {
    const accept: Step = (_text, end) => end;
    for (const form of ['re:abc', 'a~?b', 'a ?b', 'ab*?', '(a?)?b', '(a|)?b', 'a??', 'a|b', '(ab', 'ab)', '{nope}', '?a'])
      expect(matchers(form, false, accept), form).toBeUndefined();
    expect(matchers('(a|b)?c', false, accept)).toBeDefined();
  });

  test('a separator is exactly a character of the forms’ separator class', () => {
    const separator = /^[\s\u00A0\u00AD\u2010-\u2015\u2212-]$/;
    for (let code = 0; code < 0x10000; code++)
      expect(isSeparator(code), `U+${code.toString(16)}`).toBe(separator.test(String.fromCharCode(code)));
  });

  // Exhaustive over the lexicon: a few seconds on a loaded 2-core machine.
  test('agrees with the regex on every example with every suffix, for every family form', () => {
    let matched = 0;
    for (const example of examples) {
      for (const suffix of suffixes) {
        const text = `See ${example}${suffix} now`;
        for (let i = 0; i < familyForms; i++) {
          const end = precise.matchAt(i, text, 4);
          expect(end, `${forms[i]!.form} on ${text}`).toBe(expected(i, text, 4));
          if (end >= 0) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  }, 120_000);

  test("agrees on every form's own words with every suffix, cue forms included", () => {
    let matched = 0;
    for (let i = 0; i < forms.length; i++) {
      for (const word of ownWords(forms[i]!.form).split(' ')) {
        for (const suffix of suffixes) {
          const text = `See ${word}${suffix} now`;
          const end = precise.matchAt(i, text, 4);
          expect(end, `${forms[i]!.form} on ${text}`).toBe(expected(i, text, 4));
          if (end >= 0) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  }, 120_000);

  test('agrees on random glued-together text', () => {
    const words = forms.flatMap(({ form }) => ownWords(form).split(' ')).filter((w) => w.length > 0);
    const piece = fc.constantFrom(...examples, ...words, ...suffixes, ' ', '-', 'a', 'ğ', 'Я', '9', '.');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.nat(forms.length - 1), (pieces, i) => {
        const text = pieces.join('');
        expect(precise.matchAt(i, text, 0)).toBe(expected(i, text, 0));
      }),
      { numRuns: 5000 },
    );
  });

  test('only the alternatives that can start with the next unit are tried, in their order', () => {
    const code = (ch: string) => ch.charCodeAt(0);
    const pick = byFirstUnit(['da', 'ya', 'any', 'dan', 'a'], [[code('d')], [code('y'), code('Y')], null, [code('d')], [code('a')]]);
    expect(pick(code('d'))).toEqual(['da', 'any', 'dan']);
    expect(pick(code('Y'))).toEqual(['ya', 'any']);
    expect(pick(code('z'))).toEqual(['any']);
    // Past the end of the text (charCodeAt gives NaN): only what may start with anything.
    expect(pick(Number.NaN)).toEqual(['any']);
  });

  test('numbers, letter runs and optional groups backtrack as the regex does', () => {
    const cases: Array<[string, string]> = [
      ["russia's # peace~keepers", "Russia's 1,960 peacekeepers"],
      ["russia's # peace~keepers", "Russia's 2.000.000.000 peacekeepers"],
      ['(a|b)? x', 'b x'],
      ['horse*', 'horsemen'],
      ['horse*', 'horse𝐀b'],
      ['(ab|a)b', 'ab'],
    ];
    const accept: Step = (text, end) => (/^$|^[^\p{L}\p{M}\p{N}]|^\p{Lu}/u.test(text.slice(end, end + 2)) ? end : -1);
    for (const [form, text] of cases) {
      const matcher = matchers(form, false, accept)!;
      const re = new RegExp(`${compiler.compile(form)}${END_BOUNDARY}`, 'yu');
      re.lastIndex = 0;
      expect(matcher(text, 0), `${form} on ${text}`).toBe(re.test(text) ? re.lastIndex : -1);
    }
  });
});
