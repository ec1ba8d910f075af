/**
 * A lexicon form matched by plain JavaScript instead of a regular expression.
 *
 * Why: a page tries a few hundred forms a few times each, and V8 compiles every regex it
 * runs twice (to bytecode on the first run, to machine code on the second): on the 1 MB
 * benchmark page that compiling was most of the detector's time. Here a form is parsed
 * once into a chain of small closures, the same few functions serve every form, and
 * they are warm after the first paragraph.
 *
 * What it matches: exactly what the form's regex (normalize.ts's compile(), followed by
 * END_BOUNDARY) matches, in the same backtracking order — each element is compiled with
 * the rest of the form as its continuation, alternatives are tried in order, quantifiers
 * greedily, longest first — so the first end it returns is the regex's. Forms it cannot
 * follow exactly (raw `re:` sources, lazy quantifiers such as `~?`, a group that may match
 * nothing under `?`, letters outside the Basic Multilingual Plane, malformed syntax) get
 * `undefined`, and PreciseForms keeps their regex.
 */
import type { Lexicon } from './lexicon';
import type { Node } from './form-syntax';
import { createFormReader, isSeparator } from './form-syntax';

/** The end of the first match from `pos` that the form's continuation accepts, or -1. */
export type Step = (text: string, pos: number) => number;

const isDigit = (code: number) => code >= 48 && code <= 57;
/** NUMBER's middle class: digits and thousands separators. */
const isNumberInside = (code: number) => isDigit(code) || code === 44 || code === 46 || code === 0xa0 || code === 0x202f;

const LETTER = /\p{L}/u;
/** Whether each UTF-16 unit is a letter (\p{L}): 0 unknown, 1 no, 2 yes; learnt on first sight. */
let letterOf: Uint8Array | undefined;

/** The end of the letter (`\p{L}`, by code point) starting at `pos`, or -1 when there is none. */
function letterEnd(text: string, pos: number): number {
  if (pos >= text.length) return -1;
  const code = text.charCodeAt(pos);
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(pos)!;
    if (point <= 0xffff) return -1;
    return LETTER.test(String.fromCodePoint(point)) ? pos + 2 : -1;
  }
  letterOf ??= new Uint8Array(65536);
  let known = letterOf[code]!;
  if (known === 0) known = letterOf[code] = LETTER.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2 ? pos + 1 : -1;
}

function compileSequence(nodes: readonly Node[], next: Step): Step {
  let step = next;
  for (let i = nodes.length - 1; i >= 0; ) {
    // A run of single characters (most of a form: its letters) is one step, checked in one loop.
    let first = i;
    while (first > 0 && nodes[first - 1]!.kind === 'set') first--;
    if (nodes[i]!.kind === 'set' && first < i) {
      step = compileRun(
        nodes.slice(first, i + 1).map((node) => (node as { codes: readonly number[] }).codes),
        step,
      );
      i = first - 1;
    } else step = compileNode(nodes[i--]!, step);
  }
  return step;
}

/** Characters one after the other, each from its set. */
function compileRun(sets: ReadonlyArray<readonly number[]>, next: Step): Step {
  const n = sets.length;
  return (text, pos) => (piecesAt(text, pos, sets) ? next(text, pos + n) : -1);
}

function compileAlternatives(alternatives: readonly Node[][], next: Step): Step {
  const steps = alternatives.map((seq) => compileSequence(seq, next));
  if (steps.length === 1) return steps[0]!;
  if (steps.length < MANY) {
    return (text, pos) => {
      for (const step of steps) {
        const end = step(text, pos);
        if (end >= 0) return end;
      }
      return -1;
    };
  }
  const worthTrying = firstUnitIndex(alternatives, () => alternatives.map((seq) => (seq[0]?.kind === 'set' ? seq[0].codes : null)));
  return (text, pos) => {
    for (const k of worthTrying(text.charCodeAt(pos))) {
      const end = steps[k]!(text, pos);
      if (end >= 0) return end;
    }
    return -1;
  };
}

/** byFirstUnit() over item indices, one per list of alternatives or pieces (an ending's are shared by every form using it). */
const firstUnitIndexes = new WeakMap<object, (code: number) => readonly number[]>();
function firstUnitIndex(
  items: readonly unknown[],
  firsts: () => ReadonlyArray<readonly number[] | null>,
): (code: number) => readonly number[] {
  let index = firstUnitIndexes.get(items);
  if (!index) {
    index = byFirstUnit(
      items.map((_, k) => k),
      firsts(),
    );
    firstUnitIndexes.set(items, index);
  }
  return index;
}

/** From this many alternatives on, only those that can start with the text's next unit are tried. */
const MANY = 4;

/**
 * The items worth trying where the text's next unit is `code`, in their order: an item
 * whose first unit must be another (`firsts[i]`, null when it may be any) would fail at
 * once, so leaving it out changes no answer. (An ending set of 55 pieces: a handful tried.)
 */
export function byFirstUnit<T>(items: readonly T[], firsts: ReadonlyArray<readonly number[] | null>): (code: number) => readonly T[] {
  // Worked out for each unit when first met: a page meets few.
  const table = new Map<number, readonly T[]>();
  return (code) => {
    let list = table.get(code);
    if (list === undefined) {
      list = items.filter((_, i) => firsts[i] === null || firsts[i]!.includes(code));
      table.set(code, list);
    }
    return list;
  };
}

function compileNode(node: Node, next: Step): Step {
  switch (node.kind) {
    case 'set': {
      const codes = node.codes;
      if (codes.length === 1) {
        const only = codes[0]!;
        return (text, pos) => (text.charCodeAt(pos) === only ? next(text, pos + 1) : -1);
      }
      return (text, pos) => (codes.includes(text.charCodeAt(pos)) ? next(text, pos + 1) : -1);
    }
    case 'separators':
      return (text, pos) => {
        let end = pos;
        while (end < text.length && isSeparator(text.charCodeAt(end))) end++;
        for (; end > pos; end--) {
          const found = next(text, end);
          if (found >= 0) return found;
        }
        return -1;
      };
    case 'optionalSeparator':
      return (text, pos) => {
        if (pos < text.length && isSeparator(text.charCodeAt(pos))) {
          const found = next(text, pos + 1);
          if (found >= 0) return found;
        }
        return next(text, pos);
      };
    case 'letters':
      return (text, pos) => {
        let end = pos;
        // ASCII letters first, without a call per letter.
        for (let code = text.charCodeAt(end); (code | 32) >= 97 && (code | 32) <= 122; code = text.charCodeAt(end)) end++;
        for (let after = letterEnd(text, end); after >= 0; after = letterEnd(text, end)) end = after;
        // Give letters back one code point at a time (the run holds whole code points only).
        for (;;) {
          const found = next(text, end);
          if (found >= 0 || end === pos) return found;
          const low = text.charCodeAt(end - 1);
          end -= low >= 0xdc00 && low <= 0xdfff && end - 2 >= pos && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;
        }
      };
    case 'number':
      // \d(?:[\d,.\u00A0\u202F]{0,6}\d)?
      return (text, pos) => {
        if (!isDigit(text.charCodeAt(pos))) return -1;
        const first = pos + 1;
        let inside = first;
        while (inside < text.length && inside - first < 6 && isNumberInside(text.charCodeAt(inside))) inside++;
        for (; inside >= first; inside--) {
          if (!isDigit(text.charCodeAt(inside))) continue;
          const found = next(text, inside + 1);
          if (found >= 0) return found;
        }
        return next(text, first);
      };
    case 'group':
      return compileAlternatives(node.alternatives, next);
    case 'optional': {
      const step = compileNode(node.node, next);
      return (text, pos) => {
        const found = step(text, pos);
        return found >= 0 ? found : next(text, pos);
      };
    }
    case 'repeat': {
      // (?:(?:piece|piece…){1,max}), greedy: one more piece (in order) before stopping.
      const { pieces, max } = node;
      const worthTrying = firstUnitIndex(pieces, () => pieces.map((piece) => piece[0]!));
      const repeat = (text: string, pos: number, count: number): number => {
        if (count < max) {
          for (const k of worthTrying(text.charCodeAt(pos))) {
            const piece = pieces[k]!;
            if (!piecesAt(text, pos, piece)) continue;
            const found = repeat(text, pos + piece.length, count + 1);
            if (found >= 0) return found;
          }
        }
        return count >= 1 ? next(text, pos) : -1;
      };
      return (text, pos) => repeat(text, pos, 0);
    }
  }
}

/** Whether each unit from `pos` is in its set. */
function piecesAt(text: string, pos: number, piece: readonly (readonly number[])[]): boolean {
  if (pos + piece.length > text.length) return false;
  for (let k = 0; k < piece.length; k++) {
    const code = text.charCodeAt(pos + k);
    const set = piece[k]!;
    if (set[0] === code) continue;
    let i = 1;
    while (i < set.length && set[i] !== code) i++;
    if (i === set.length) return false;
  }
  return true;
}

/** Builds the matchers of one lexicon's forms. */
export function createFormMatchers(lexicon: Lexicon): (form: string, caseSensitive: boolean, accept: Step) => Step | undefined {
  const read = createFormReader(lexicon);
  return (form, caseSensitive, accept) => {
    const parsed = read(form, caseSensitive);
    // Alternatives outside any group would put the regex's word-end lookahead on the last one only.
    return parsed?.length === 1 ? compileSequence(parsed[0]!, accept) : undefined;
  };
}
