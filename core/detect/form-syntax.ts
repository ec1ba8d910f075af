/**
 * A lexicon form (normalize.ts's syntax) read into nodes for form-matcher.ts: letters as the
 * sets of characters their regex class holds, separators, endings, groups and optionals.
 * Anything whose regex the matcher could not follow exactly reads as undefined.
 */
import type { Lexicon } from './lexicon';
import { isSpace } from './char-classes';
import { buildFoldMap, letterChars } from './normalize';

export type Node =
  | { kind: 'set'; codes: readonly number[] }
  | { kind: 'separators' | 'optionalSeparator' | 'letters' | 'number' }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'optional'; node: Node }
  | { kind: 'repeat'; pieces: Array<readonly (readonly number[])[]>; max: number };

/** Characters of normalize.ts's SEPARATOR (`\s`, NBSP, soft hyphen, dashes, minus, hyphen-minus). */
export function isSeparator(code: number): boolean {
  return isSpace(code) || code === 0xad || code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/** normalize.ts's QUOTE and APOSTROPHE classes. */
export const QUOTE_CODES = [...'"“”„«»‘’\'‹›'].map((c) => c.charCodeAt(0));
export const APOSTROPHE_CODES = [..."'’ʼ"].map((c) => c.charCodeAt(0));
/** Reads a form (normalize.ts's syntax) into nodes; undefined where it cannot be followed exactly. */
export class FormParser {
  private i = 0;
  private readonly chars: string[];

  constructor(
    form: string,
    private readonly letter: (ch: string) => readonly number[] | undefined,
    private readonly ending: (name: string) => Node | undefined,
  ) {
    this.chars = [...form];
  }

  parse(): Node[][] | undefined {
    const alternatives = this.alternatives();
    return alternatives && this.i === this.chars.length ? alternatives : undefined;
  }

  /** Alternatives up to a closing ')' or the end. */
  private alternatives(): Node[][] | undefined {
    const out: Node[][] = [];
    let seq: Node[] = [];
    while (this.i < this.chars.length) {
      const ch = this.chars[this.i]!;
      if (ch === ')') break;
      this.i++;
      let node: Node | undefined;
      switch (ch) {
        case '|':
          out.push(seq);
          seq = [];
          continue;
        case '?': {
          const last = seq.pop();
          // A lazy quantifier (`~?`, `-?`, `*?`, `??`), a `?` with nothing before it, or an optional
          // group that may match nothing (the regex's empty-iteration rule): leave it to the regex.
          if (!last || last.kind === 'separators' || last.kind === 'optionalSeparator' || last.kind === 'letters') return undefined;
          if (last.kind === 'optional' || nullable(last)) return undefined;
          seq.push({ kind: 'optional', node: last });
          continue;
        }
        case ' ':
        case '-':
          node = { kind: 'separators' };
          break;
        case '~':
          node = { kind: 'optionalSeparator' };
          break;
        case '"':
          node = { kind: 'set', codes: QUOTE_CODES };
          break;
        case "'":
        case '’':
          node = { kind: 'set', codes: APOSTROPHE_CODES };
          break;
        case '*':
          node = { kind: 'letters' };
          break;
        case '#':
          node = { kind: 'number' };
          break;
        case '(': {
          const inner = this.alternatives();
          if (!inner || this.chars[this.i] !== ')') return undefined;
          this.i++;
          node = { kind: 'group', alternatives: inner };
          break;
        }
        case '{': {
          const close = this.chars.indexOf('}', this.i);
          if (close < 0) return undefined;
          node = this.ending(this.chars.slice(this.i, close).join(''));
          this.i = close + 1;
          break;
        }
        default: {
          const codes = this.letter(ch);
          node = codes && { kind: 'set', codes };
        }
      }
      if (!node) return undefined;
      seq.push(node);
    }
    out.push(seq);
    return out;
  }
}

/** Whether a node may match the empty string. */
function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'optional':
    case 'optionalSeparator':
    case 'letters':
      return true;
    case 'group':
      return node.alternatives.some((seq) => seq.every(nullable));
    default:
      return false;
  }
}

const LETTER = /\p{L}/u;

/** Reads one lexicon's forms (each letter's set and each ending worked out once per reader). */
export function createFormReader(lexicon: Lexicon): (form: string, caseSensitive: boolean) => Node[][] | undefined {
  const foldMap = buildFoldMap(lexicon.fold);
  const letters = [new Map<string, readonly number[] | undefined>(), new Map<string, readonly number[] | undefined>()];
  const letterOfCase = (caseSensitive: boolean) => (ch: string) => {
    const known = letters[caseSensitive ? 1 : 0]!;
    if (known.has(ch)) return known.get(ch);
    const chars = LETTER.test(ch) ? letterChars(ch, foldMap, caseSensitive) : [ch];
    // Outside the Basic Multilingual Plane a character is two units: left to the regex.
    const codes = chars.every((c) => c.length === 1) ? chars.map((c) => c.charCodeAt(0)) : undefined;
    known.set(ch, codes);
    return codes;
  };

  const endingOfCase = (caseSensitive: boolean) => {
    const letter = letterOfCase(caseSensitive);
    const known = new Map<string, Node | undefined>();
    return (name: string): Node | undefined => {
      if (!known.has(name)) known.set(name, ending(name));
      return known.get(name);
    };
    function ending(name: string): Node | undefined {
      const set = lexicon.endings[name];
      if (!set) return undefined;
      // As normalize.ts's ending(): longest first.
      const sorted = ('any' in set ? set.any : set.chain).slice().sort((a, b) => b.length - a.length);
      if ('any' in set) {
        const alternatives: Node[][] = [];
        for (const piece of sorted) {
          const parsed = new FormParser(piece, letter, () => undefined).parse();
          if (parsed?.length !== 1) return undefined;
          alternatives.push(parsed[0]!);
        }
        return { kind: 'group', alternatives };
      }
      // A chain's pieces must be plain runs of single characters, matched unit by unit.
      const pieces: Array<readonly (readonly number[])[]> = [];
      for (const piece of sorted) {
        const parsed = new FormParser(piece, letter, () => undefined).parse();
        if (parsed?.length !== 1 || parsed[0]!.length === 0) return undefined;
        const units: Array<readonly number[]> = [];
        for (const node of parsed[0]!) {
          if (node.kind !== 'set') return undefined;
          units.push(node.codes);
        }
        pieces.push(units);
      }
      return { kind: 'repeat', pieces, max: set.max };
    }
  };
  const endings = [endingOfCase(false), endingOfCase(true)];

  return (form, caseSensitive) => {
    if (form.startsWith('re:')) return undefined;
    return new FormParser(form, letterOfCase(caseSensitive), endings[caseSensitive ? 1 : 0]!).parse();
  };
}
