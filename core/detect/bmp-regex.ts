/**
 * A form's sticky regex compiled without the `u` flag where the text allows it.
 *
 * Why: a Unicode property class (`\p{L}`) costs V8 far more to compile under `u` or `v`
 * than anything else in a form: each one becomes code for hundreds of ranges and for
 * surrogate pairs, and a raw cue form can hold thirty (`(?![\p{L}])` after each word).
 * Compiling them was about a third of a page detector's first 16K-character slice (the
 * 2,218-character "before-deployment" cue alone ~10 ms, the month and year cues a few ms
 * each). The same source with each property class written out as its ranges in the Basic
 * Multilingual Plane, compiled without `u`, builds several times faster.
 *
 * Why it is exact: on a text with no surrogate code units, every character is one code
 * unit and one code point, and the two regexes see the same characters in the same
 * classes (the ranges are the property's own: data/bmp-properties.json, written by
 * `npm run gen:lexicon` from the engine's tables and checked against them by a unit test).
 * A source valid with `u` means the same without it but for code points, `\u{…}` and
 * property escapes; a source holding anything this rewrite does not follow (a `\u{…}`, a
 * `\P{…}` inside a class, `v`'s nested classes and set operations, a property the file
 * leaves out, a surrogate) gets no twin. A text holding a surrogate (an emoji, a letter
 * beyond the BMP) is matched by the `u` regex, as before.
 */
import { classes } from '../../data/bmp-properties.json';

/** The BMP part of a property class, as a class body; undefined for a property the generated file does not hold. */
const classBody = (property: string): string | undefined => (classes as Record<string, string | undefined>)[property];

/**
 * What bmpSource() looks at in a source: a property escape, an escape it must refuse (`\u{…}`,
 * `v`'s `\q{…}`), any other escape (passed over whole), a class's start or end, `v`'s set
 * operations, a surrogate. Found by one regex rather than walked character by character:
 * on a detector's first use this code is not yet compiled, and a walk over a 2,000-character
 * source was milliseconds.
 */
const TOKEN = /\\([pP])\{([^}]*)\}|\\u\{|\\q|\\[\s\S]|\[\^?\]?|\]|&&|--|[\ud800-\udfff]/g;

/**
 * `source` (valid with `u`) rewritten to match the same without `u` on text free of
 * surrogates: property escapes written out as their BMP ranges. Undefined where the
 * rewrite cannot be sure (see the file's comment).
 */
export function bmpSource(source: string): string | undefined {
  let out = '';
  let copied = 0;
  let inClass = false;
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(source); token; token = TOKEN.exec(source)) {
    const [text, sign, name] = token;
    const first = text.charCodeAt(0);
    if (sign !== undefined) {
      const body = classBody(name!);
      if (body === undefined || (inClass && sign === 'P')) return undefined;
      out += source.slice(copied, token.index) + (inClass ? body : `[${sign === 'P' ? '^' : ''}${body}]`);
      copied = TOKEN.lastIndex;
    } else if (text === '\\u{' || text === '\\q' || (first >= 0xd800 && first <= 0xdfff)) return undefined;
    else if (first === 91 /* [ */) {
      // Nested classes are `v`'s; `[]` and `[^]` are left alone.
      if (inClass || text.endsWith(']')) return undefined;
      inClass = true;
    } else if (text === ']') inClass = false;
    // `v`'s set operations mean something else without it.
    else if (inClass && (text === '&&' || text === '--')) return undefined;
  }
  return out + source.slice(copied);
}

let lastText: string | undefined;
let lastHasSurrogates = false;
const SURROGATE = /[\ud800-\udfff]/;

/** Whether `text` holds a surrogate code unit (remembered for the last text asked about: a chunk asks many times). */
export function hasSurrogates(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasSurrogates = SURROGATE.test(text);
  }
  return lastHasSurrogates;
}

/**
 * A sticky regex over `source`, with the `v` flag where the source allows it: V8 builds the
 * same pattern with `v` far faster (a chain of endings: ~2 ms instead of ~200 ms). For
 * sources without set operations or strings in classes, `v` and `u` match identically;
 * `v` is only stricter about syntax (e.g. an unescaped '-' or '(' in a class), so a
 * source it rejects — or an engine without `v` — gets `u`.
 */
export function unicodeStickyRegex(source: string): RegExp {
  try {
    return new RegExp(source, 'yv');
  } catch {
    return new RegExp(source, 'yu');
  }
}

const PROPERTY = /\\[pP]\{/;

/**
 * One source's sticky regex, built on first use: for a source holding a property class,
 * without `u` (bmpSource) on texts free of surrogates; otherwise with `v` or `u`.
 */
export class StickyRegex {
  private unicode: RegExp | undefined;
  /** null: the source has no twin. */
  private bmp: RegExp | null | undefined;

  constructor(private readonly source: string) {}

  /** The end of the match at `at`, or -1. */
  endAt(text: string, at: number): number {
    const regex = this.regexFor(text);
    regex.lastIndex = at;
    return regex.test(text) ? regex.lastIndex : -1;
  }

  /** Builds both regexes now (lexicon tests: a malformed form should fail there, not on some page). */
  compileAll(): void {
    this.unicode ??= unicodeStickyRegex(this.source);
    this.bmp ??= this.twin();
  }

  private regexFor(text: string): RegExp {
    if (!hasSurrogates(text)) {
      if (this.bmp === undefined) this.bmp = this.twin();
      if (this.bmp) return this.bmp;
    }
    return (this.unicode ??= unicodeStickyRegex(this.source));
  }

  private twin(): RegExp | null {
    // Without a property class, the `v` regex is the one quicker to build: a chain of
    // endings ({az}) compiles 10–50 times slower without a flag (measured: ~4 ms, ~0.3 ms with `v`).
    if (!PROPERTY.test(this.source)) return null;
    const source = bmpSource(this.source);
    if (source === undefined) return null;
    try {
      return new RegExp(source, 'y');
    } catch {
      return null;
    }
  }
}
