/**
 * The straightforward way to match a lexicon form, which faster matchers (PreciseForms'
 * gates and stems, the JavaScript form matchers) must agree with everywhere: the form's
 * regex (source + END_BOUNDARY, `u` flag, sticky) followed by endsWord(). Family forms
 * come first, then cue forms, in the order the compiled lexicon numbers them.
 */
import { defaultLexicon } from '../../core/detect/lexicon';
import { createFormCompiler, END_BOUNDARY, endsWord } from '../../core/detect/normalize';
import { sourceLexicon } from '../../scripts/lexicon/lexicon-source';

export const compiler = createFormCompiler(defaultLexicon);

export const forms = [
  ...defaultLexicon.families.flatMap((f) => f.forms.map((form) => ({ form, caseSensitive: f.caseSensitive === true }))),
  ...Object.values(defaultLexicon.cues).flatMap((c) => c.forms.map((form) => ({ form, caseSensitive: c.caseSensitive === true }))),
];

/** How many of `forms` are family forms (the rest are cue forms). */
export const familyForms = defaultLexicon.families.reduce((n, f) => n + f.forms.length, 0);

const reference = forms.map(({ form, caseSensitive }) => new RegExp(`${compiler.compile(form, caseSensitive)}${END_BOUNDARY}`, 'yu'));

/** Where form `index`'s match starting at `at` ends, or -1: the reference answer. */
export function expected(index: number, text: string, at: number): number {
  const re = reference[index]!;
  re.lastIndex = at;
  return re.test(text) && endsWord(text, re.lastIndex) ? re.lastIndex : -1;
}

/** Every family's examples and counter-examples. */
export const examples = sourceLexicon.families.flatMap((f) => [...f.examples, ...(f.counterExamples ?? [])]);

/** A form's own words as written (syntax dropped: "(at|ат)*" → "at ат"), for the cue forms no example shows. */
export const ownWords = (form: string) =>
  form.startsWith('re:')
    ? ''
    : form
        .replace(/\{[^}]*\}/g, '')
        .replace(/[*~#"()?]/g, '')
        .replace(/\|/g, ' ');
