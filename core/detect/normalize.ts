/**
 * Turns lexicon forms into regular-expression source.
 *
 * Form syntax (one small language for names, endings and cues):
 *   letters   match case- and diacritics-insensitively (fold groups in the lexicon), or
 *             only diacritics-insensitively when the family is case-sensitive (acronyms);
 *   ' ' '-'   one or more separators: spaces, NBSP, soft/non-breaking hyphens, dashes,
 *             line breaks — so "Nagorno-Karabakh" also matches "Nagorno Karabakh";
 *   '~'       an optional separator ("peace~keepers": peacekeepers, peace-keepers);
 *   '"'       a quotation mark (write '"?' for an optional one: scare quotes);
 *   "'"       any apostrophe (' ’ ʼ);
 *   ( | ) ?   grouping, alternatives, optional;
 *   {name}    one of the lexicon's ending sets;
 *   '*'       any further letters (cue prefixes like "horse*");
 *   '#'       a number, with thousands separators ("Russia's # peacekeepers");
 *   're:...'  raw regular-expression source (cues only: dates and years).
 * We build character classes instead of using the `i` flag: case-sensitive acronyms,
 * diacritics folding and lower→upper word boundaries then share one regex.
 */
import type { Lexicon } from './lexicon';

const SEPARATOR_CHARS = '\\s\\u00A0\\u00AD\\u2010-\\u2015\\u2212\\-';
export const SEPARATOR = `[${SEPARATOR_CHARS}]+`;
const OPTIONAL_SEPARATOR = `[${SEPARATOR_CHARS}]?`;
const QUOTE = `["“”„«»‘’'‹›]`;
const APOSTROPHE = `['’ʼ]`;
/** A number, digits with thousands separators ("2,000", "1 960"): a count inside a name ("Russia's 2,000 peacekeepers"). */
const NUMBER = '(?:\\d(?:[\\d,.\\u00A0\\u202F]{0,6}\\d)?)';

/** Characters that continue a word; a match must not be glued to them. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * After a match: end of text, a non-word character, or an upper-case letter; endsWord()
 * then checks that an upper-case letter follows a lower-case one ("ԱրցախՌուսական").
 * (A lookbehind here would make every match ten times slower.)
 */
export const END_BOUNDARY = '(?=$|[^\\p{L}\\p{M}\\p{N}]|\\p{Lu})';

/** True when a match may end at `end` (see END_BOUNDARY). */
export function endsWord(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (next < 128 && !((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57))) return true;
  if (!WORD_CHAR.test(text[end]!)) return true;
  return LOWER.test(text[end - 1]!);
}

/** True when a match may start at `index`: not inside a word, except at a lower→upper step. */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  // ASCII fast path: most text around candidates is spaces and Latin letters.
  if (prev < 128) {
    const isLower = prev >= 97 && prev <= 122;
    if (!(isLower || (prev >= 65 && prev <= 90) || (prev >= 48 && prev <= 57))) return true;
    return isLower && UPPER.test(text[index]!);
  }
  let prevChar = text[index - 1]!;
  if (prev >= 0xdc00 && prev <= 0xdfff && index >= 2) {
    const hi = text.charCodeAt(index - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) prevChar = text.slice(index - 2, index);
  }
  if (!WORD_CHAR.test(prevChar)) return true;
  return LOWER.test(prevChar) && UPPER.test(text[index]!);
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Letters that texts write in place of another, by the letter they stand for: Azerbaijani
 * ə is often typed as the turned e ǝ (U+01DD) or the Cyrillic schwa ә (U+04D9), which fonts
 * and keyboard layouts without ə have long used. Forms match them wherever they have ə
 * (letterClass), and the trigger scan reads them as ə (char-classes.ts), so this costs no
 * trigger variants.
 */
export const LOOKALIKES: Readonly<Record<string, string>> = { ə: 'ǝә' };

/** Fold maps per lexicon fold list: literalPrefixes() asks for one per form. */
const foldMaps = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * Letter → the letters it matches: a letter with a diacritic also matches the plain
 * letter that heads its fold group (ğ → g, ə → e, ü → u); a plain letter matches itself.
 * So "Qarabağ" in the lexicon matches "Qarabag", and the compiled regex stays small.
 */
export function buildFoldMap(fold: readonly string[]): Map<string, string[]> {
  const cached = foldMaps.get(fold);
  if (cached) return cached;
  const map = new Map<string, string[]>();
  for (const group of fold) {
    const [base, ...marked] = [...group];
    if (!base) continue;
    for (const ch of marked) map.set(ch, [ch, base]);
  }
  foldMaps.set(fold, map);
  return map;
}

function caseVariants(ch: string): string[] {
  const out = new Set<string>([ch]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if ([...v].length === 1) out.add(v);
  // Azerbaijani and Turkish capitalise i as İ, whose lower case is two units (i + a combining
  // dot), so the loop above misses it: "RUSİYA" is "Rusiya" (the trigger scan already folds it).
  if (ch === 'i') out.add('İ');
  return [...out];
}

/** The characters a form's letter `ch` matches (see letterClass), in the class's order. */
export function letterChars(ch: string, foldMap: Map<string, string[]>, caseSensitive: boolean): string[] {
  const lower = ch.toLowerCase();
  const base = foldMap.get(lower) ?? foldMap.get(ch) ?? [lower];
  const set = new Set<string>();
  const wantUpper = UPPER.test(ch);
  for (const b of [...base, ...(LOOKALIKES[lower] ?? '')]) {
    for (const v of caseVariants(b)) {
      if (caseSensitive && (wantUpper ? !UPPER.test(v) : !LOWER.test(v)) && LETTER.test(v)) continue;
      set.add(v);
    }
  }
  if (caseSensitive) set.add(ch);
  return [...set];
}

function letterClass(ch: string, foldMap: Map<string, string[]>, caseSensitive: boolean): string {
  const chars = letterChars(ch, foldMap, caseSensitive);
  if (chars.length === 1) return escapeChar(chars[0]!);
  return `[${chars.map(escapeChar).join('')}]`;
}

/**
 * The form without its closing `*` ("horse*" → "horse"), when the form is a run of
 * anything followed by `*` alone: then its regex is the stem's followed by `\p{L}*`, and the
 * first match of the whole is the stem's first match carried on over every letter after
 * it (nothing follows the letters, so they never give any back). PreciseForms matches the
 * stem and walks the letters itself: a Unicode property class costs V8 about as much to
 * compile as the rest of a form, and 292 of the lexicon's forms end that way. Undefined for
 * raw `re:` forms and where an alternative outside any group would take the stem apart
 * ("a|b*": the letters belong to "b" alone).
 */
export function letterRunStem(form: string): string | undefined {
  if (form.startsWith('re:') || !form.endsWith('*') || form.length < 2) return undefined;
  const stem = form.slice(0, -1);
  if (stem.includes('*')) return undefined;
  let depth = 0;
  for (const ch of stem) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return undefined;
  }
  return stem;
}

export interface FormCompiler {
  compile(form: string, caseSensitive?: boolean): string;
  /**
   * A cheap superset of compile(form): every ending set becomes any run of letters and
   * apostrophes. Chains of endings ({az}: 55 suffixes, up to 4) compile to regexes that
   * take V8 100+ ms to build; the loose regex takes ~1 ms and rules out almost every place
   * a trigger fires ("Russia" for an Azerbaijani "Rusiya sülhməramlıları" form).
   */
  loose(form: string, caseSensitive?: boolean): string;
}

/** Any run of characters that can appear in an ending (letters, marks, apostrophes): everything but separators, quotes and punctuation. No property classes, which are slow to compile. */
const LOOSE_ENDING = `[^${SEPARATOR_CHARS}"“”„«»‹›.,;:!?\\(\\)\\[\\]\\/]*`;

export function createFormCompiler(lexicon: Lexicon): FormCompiler {
  const foldMap = buildFoldMap(lexicon.fold);
  const endingCache = new Map<string, string>();

  const ending = (name: string, caseSensitive: boolean): string => {
    const key = `${name}|${caseSensitive}`;
    const cached = endingCache.get(key);
    if (cached !== undefined) return cached;
    const set = lexicon.endings[name];
    if (!set) throw new Error(`unknown ending set ${name}`);
    // Longest first, so alternation prefers the fullest ending before the boundary check.
    const pieces = ('any' in set ? set.any : set.chain)
      .slice()
      .sort((a, b) => b.length - a.length)
      .map((p) => compile(p, caseSensitive));
    const source = 'any' in set ? `(?:${pieces.join('|')})` : `(?:(?:${pieces.join('|')}){1,${set.max}})`;
    endingCache.set(key, source);
    return source;
  };

  // The same few letters make up every form: each one's source is worked out once per
  // compiler (per case sensitivity), not once per letter of every form tried.
  const literals = [new Map<string, string>(), new Map<string, string>()];
  const literal = (ch: string, caseSensitive: boolean): string => {
    const known = literals[caseSensitive ? 1 : 0]!;
    let source = known.get(ch);
    if (source === undefined) {
      source = LETTER.test(ch) ? letterClass(ch, foldMap, caseSensitive) : escapeChar(ch);
      known.set(ch, source);
    }
    return source;
  };

  const compile = (form: string, caseSensitive = false, loose = false): string => {
    if (form.startsWith('re:')) return `(?:${form.slice(3)})`;
    let out = '';
    const chars = [...form];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      switch (ch) {
        case ' ':
        case '-':
          out += SEPARATOR;
          break;
        case '~':
          out += OPTIONAL_SEPARATOR;
          break;
        case '"':
          out += QUOTE;
          break;
        case "'":
        case '’':
          out += APOSTROPHE;
          break;
        case '(':
          out += '(?:';
          break;
        case ')':
        case '|':
        case '?':
          out += ch;
          break;
        case '*':
          out += '\\p{L}*';
          break;
        case '#':
          out += NUMBER;
          break;
        case '{': {
          const close = form.indexOf('}', chars.slice(0, i).join('').length);
          const name = form.slice(chars.slice(0, i).join('').length + 1, close);
          out += loose ? LOOSE_ENDING : ending(name, caseSensitive);
          i += [...name].length + 1;
          break;
        }
        default:
          out += literal(ch, caseSensitive);
      }
    }
    return out;
  };

  return {
    compile: (form, caseSensitive) => compile(form, caseSensitive),
    loose: (form, caseSensitive) => compile(form, caseSensitive, true),
  };
}
