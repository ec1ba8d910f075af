/**
 * The literal prefixes of a lexicon form: the words every match starts with, which the
 * word scanner (word-triggers.ts) looks up instead of running the form's regex
 * everywhere. Works on the form language of normalize.ts.
 */
import { buildFoldMap } from './normalize';

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
    if (ch === '~')
      return [
        [
          { text: '', open: true },
          { text: ' ', open: true },
        ],
        pos + 1,
      ];
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
    // A number ('#') starts with a digit: the prefix ends on it, so "Russia's # peacekeepers"
    // triggers on "russia's 2", not on every "Russia's".
    if (ch === '#') return [[...'0123456789'].map((d) => ({ text: d, open: false })), pos + 1];
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

  // A closed and an open prefix of the same text are both kept: in "((rusiya|rus){az}?|rf)
  // sülhməramlı" the closed "rusiya" (an ending may follow, so the word may be longer) is the
  // only trigger for "Rusiyanın sülhməramlı"; merging it into the open one lost that match.
  const dedupe = (prefixes: Prefix[]): Prefix[] => {
    const seen = new Map<string, Prefix>();
    for (const prefix of prefixes) seen.set(`${prefix.open ? 1 : 0}${prefix.text}`, prefix);
    return [...seen.values()];
  };

  // A separator before the first word (an opening quote) is not part of it: the word starts after it.
  return [...new Set(seq(0, [{ text: '', open: true }])[0].map((prefix) => prefix.text.trimStart()))];
}
