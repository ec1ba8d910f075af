/**
 * Turns lexicon forms into regular-expression source.
 *
 * Form syntax (one small language for names, endings and cues):
 *   letters   match case- and diacritics-insensitively (fold groups in the lexicon), or
 *             only diacritics-insensitively when the family is case-sensitive (acronyms);
 *   ' ' '-'   one or more separators: spaces, NBSP, soft/non-breaking hyphens, dashes,
 *             line breaks — so "Nagorno-Karabakh" also matches "Nagorno Karabakh";
 *   '~'       an optional separator ("peace~keepers": peacekeepers, peace-keepers);
 *   '"'       an optional quotation mark (scare quotes: Russian "peacekeepers");
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
const QUOTE = `["“”„«»‘’'‹›]?`;
const APOSTROPHE = `['’ʼ]`;

/** Characters that continue a word; a match must not be glued to them. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** After a match: end of text, a non-word character, or a lower→upper case step ("ԱրցախՌուսական"). */
export const END_BOUNDARY = '(?=$|[^\\p{L}\\p{M}\\p{N}]|(?<=\\p{Ll})\\p{Lu})';

/** True when a match may start at `index`: not inside a word, except at a lower→upper step. */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  let prev = text.charCodeAt(index - 1);
  let prevChar = text[index - 1]!;
  if (prev >= 0xdc00 && prev <= 0xdfff && index >= 2) {
    const hi = text.charCodeAt(index - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) prevChar = text.slice(index - 2, index);
    prev = 0;
  }
  if (!WORD_CHAR.test(prevChar)) return true;
  return LOWER.test(prevChar) && UPPER.test(text[index]!);
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** Letter → its equivalence class (fold group plus single-character case variants). */
export function buildFoldMap(fold: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of fold) {
    const chars = [...group];
    for (const ch of chars) map.set(ch, chars);
  }
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
}

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

  const compile = (form: string, caseSensitive = false): string => {
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
          out += ending(name, caseSensitive);
          i += [...name].length + 1;
          break;
        }
        default:
          out += /\p{L}/u.test(ch) ? letterClass(ch, foldMap, caseSensitive) : escapeChar(ch);
      }
    }
    return out;
  };

  return { compile };
}
