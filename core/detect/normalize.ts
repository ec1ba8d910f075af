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

/** Characters that continue a word; a match must not be glued to them. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

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
  return [...out];
}

function letterClass(ch: string, foldMap: Map<string, string[]>, caseSensitive: boolean): string {
  const lower = ch.toLowerCase();
  const base = foldMap.get(lower) ?? foldMap.get(ch) ?? [lower];
  const set = new Set<string>();
  const wantUpper = UPPER.test(ch);
  for (const b of base) {
    for (const v of caseVariants(b)) {
      if (caseSensitive && (wantUpper ? !UPPER.test(v) : !LOWER.test(v)) && /\p{L}/u.test(v)) continue;
      set.add(v);
    }
  }
  if (caseSensitive) set.add(ch);
  const chars = [...set];
  if (chars.length === 1) return escapeChar(chars[0]!);
  return `[${chars.map(escapeChar).join('')}]`;
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
        case '{': {
          const close = form.indexOf('}', chars.slice(0, i).join('').length);
          const name = form.slice(chars.slice(0, i).join('').length + 1, close);
          out += loose ? LOOSE_ENDING : ending(name, caseSensitive);
          i += [...name].length + 1;
          break;
        }
        default:
          out += /\p{L}/u.test(ch) ? letterClass(ch, foldMap, caseSensitive) : escapeChar(ch);
      }
    }
    return out;
  };

  return {
    compile: (form, caseSensitive) => compile(form, caseSensitive),
    loose: (form, caseSensitive) => compile(form, caseSensitive, true),
  };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** At most this many literal prefixes per form; beyond it the prefixes stop growing. */
const MAX_PREFIXES = 64;
/** A prefix stops after this many separators: three words tell "10 November" from "10 items". */
const MAX_SEPARATORS = 3;

/** A prefix being built: `open` while the form may still add to it. */
interface Prefix {
  text: string;
  open: boolean;
}

const closeAll = (prefixes: Prefix[]): Prefix[] => prefixes.map(({ text }) => ({ text, open: false }));

/** Appends each option to each open prefix (a separator is one ' ', and runs collapse). */
function extend(prefixes: Prefix[], options: readonly Prefix[]): Prefix[] {
  const out: Prefix[] = [];
  for (const prefix of prefixes) {
    if (!prefix.open) {
      out.push(prefix);
      continue;
    }
    for (const option of options) {
      // A separator run is one space.
      const joined = prefix.text.endsWith(' ') && option.text.startsWith(' ');
      const text = joined ? prefix.text + option.text.slice(1) : prefix.text + option.text;
      const separators = text.split(' ').length - 1;
      out.push({ text, open: option.open && separators < MAX_SEPARATORS });
    }
  }
  // Too many variants: keep what there is, as it is.
  return out.length > MAX_PREFIXES ? closeAll(prefixes) : out;
}

/**
 * Literal prefixes (lower case) that every match of `form` starts with, each separator
 * run written as one space: the triggers of a fast case-insensitive prefilter
 * (word-triggers.ts). A prefix ending in a space means its last word is complete. They
 * grow through letters, separators (quotes and apostrophes count as such: none is a word
 * character), alternations and optional parts (both ways), up to a few words, and stop at
 * anything else (an ending set, a raw pattern).
 */
export function literalPrefixes(form: string, fold: readonly string[]): string[] {
  if (form.startsWith('re:')) return [];
  const foldMap = buildFoldMap(fold);
  const chars = [...form];

  /** Parses a sequence up to `)`, `|` or the end; returns the prefixes after it and where it stopped. */
  const seq = (start: number, prefixes: Prefix[]): [Prefix[], number] => {
    let current = prefixes;
    let pos = start;
    while (pos < chars.length && chars[pos] !== ')' && chars[pos] !== '|') {
      const [options, next] = element(pos);
      // A '?' after a letter, a group or a non-literal part makes it optional (after a
      // separator it only makes the regex's repetition lazy: still one or more).
      const optional = chars[next] === '?' && chars[pos] !== ' ' && chars[pos] !== '-';
      pos = optional ? next + 1 : next;
      if (options === undefined) {
        // Not literal: where it is present, the prefixes end here.
        if (!optional) return [closeAll(current), skipToEnd(pos)];
        current = [...closeAll(current), ...current];
        continue;
      }
      current = extend(current, optional ? [{ text: '', open: true }, ...options] : options);
      if (!current.some((prefix) => prefix.open)) return [current, skipToEnd(pos)];
    }
    return [dedupe(current), pos];
  };

  /** The options one element adds (undefined when it is not literal) and where it ends. */
  const element = (pos: number): [Prefix[] | undefined, number] => {
    const ch = chars[pos]!;
    // Quotes and apostrophes are not word characters either: in a prefix they are a separator.
    if (ch === ' ' || ch === '-' || ch === '"' || ch === "'" || ch === '’') return [[{ text: ' ', open: true }], pos + 1];
    if (ch === '~') return [[{ text: '', open: true }, { text: ' ', open: true }], pos + 1];
    if (ch === '(') {
      const options: Prefix[] = [];
      let p = pos + 1;
      for (;;) {
        const [alternative, end] = seq(p, [{ text: '', open: true }]);
        options.push(...alternative);
        p = end;
        if (chars[p] === '|') {
          p++;
          continue;
        }
        return [options, p + 1];
      }
    }
    if (ch === '{') {
      const close = chars.indexOf('}', pos);
      return [undefined, close < 0 ? chars.length : close + 1];
    }
    if (!LETTER_OR_DIGIT.test(ch)) return [undefined, pos + 1];
    const lower = ch.toLowerCase();
    return [(foldMap.get(lower) ?? [lower]).map((variant) => ({ text: variant, open: true })), pos + 1];
  };

  /** Where the sequence that `pos` is in ends (its closing `)` or `|`, or the end). */
  const skipToEnd = (pos: number): number => {
    let depth = 0;
    let p = pos;
    while (p < chars.length && !(depth === 0 && (chars[p] === ')' || chars[p] === '|'))) {
      if (chars[p] === '(') depth++;
      if (chars[p] === ')') depth--;
      p++;
    }
    return p;
  };

  const dedupe = (prefixes: Prefix[]): Prefix[] => {
    const seen = new Map<string, Prefix>();
    for (const prefix of prefixes) if (!seen.has(prefix.text) || prefix.open) seen.set(prefix.text, prefix);
    return [...seen.values()];
  };

  // A separator before the first word (an opening quote) is not part of it: the word starts after it.
  return [...new Set(seq(0, [{ text: '', open: true }])[0].map((prefix) => prefix.text.trimStart()))];
}
