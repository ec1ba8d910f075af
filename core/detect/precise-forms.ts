/**
 * The precise, anchored matcher of each lexicon form, built on first use.
 *
 * Most forms are matched in JavaScript (form-matcher.ts), which compiles no regex: what
 * follows is the regex path, kept for the raw `re:` forms (and any form the JavaScript
 * matcher cannot follow exactly), and the reference both must agree with.
 *
 * Why lazy and why two regexes: a page that mentions nothing tries no form at all, so it
 * should compile none. And a Unicode property class such as the word-end lookahead
 * (END_BOUNDARY) costs ~0.5 ms to parse and compile in V8 — per regex, hundreds of forms —
 * so the regex tried first has no lookahead: where its match ends a word (almost always),
 * it is also the match the lookahead version would have found (the first in backtracking
 * order that ends a word). Only when it runs on into a longer word ("Karabakh" in
 * "Karabakhs", a chain of endings split the wrong way) is the version with the lookahead
 * built, to backtrack to a shorter match that ends a word, if there is one.
 *
 * Property classes are what V8 takes longest to compile (on a 1 MB page, the regexes
 * holding one cost about two thirds of all compiling), so two more shortcuts keep them out
 * of the regexes a page usually needs, each giving exactly the straightforward answer:
 * - a form ending in "any letters" (`*`) is matched by its stem's regex, and the letters
 *   after it are walked here (see letterRunStem in normalize.ts);
 * - the lookahead version is first tried with a cheap lookahead that holds wherever the
 *   real one does (it only rules out lower-case letters and digits of the scripts we read,
 *   LIKELY_WORD_END): its first match is the answer whenever boundaryAt() holds there, since
 *   every match tried before it failed the cheap lookahead and so the real one. Only
 *   otherwise is the property-class version built.
 * Where a property class remains (the raw `re:` forms are full of them), the regex is
 * built without the `u` flag for text free of surrogates, its classes written out as
 * their BMP ranges (StickyRegex, bmp-regex.ts): the same matches, several times cheaper
 * to build.
 */
import type { Step } from './form-matcher';
import { StickyRegex } from './bmp-regex';
import { END_BOUNDARY, endsWord, WORD_CHAR } from './normalize';

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Characters after which no match may end because they go on a word (lower-case letters,
 * digits and combining marks: all word characters, none upper case). Not all of them:
 * wherever END_BOUNDARY holds, this lookahead holds too (a unit test checks every one).
 */
export const NOT_WORD_END_CHARS =
  'a-z0-9\\u00DF-\\u00F6\\u00F8-\\u00FF\\u011F\\u0131\\u015F\\u0259\\u0300-\\u036F\\u0430-\\u045F\\u0561-\\u0586';
const LIKELY_WORD_END = `(?![${NOT_WORD_END_CHARS}])`;

/** The end of the run of letters (code points of \p{L}, as the `u` regexes see them) starting at `from`. */
function lettersEnd(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
        i++;
        continue;
      }
      return i;
    }
    const point = text.codePointAt(i)!;
    if (!LETTER.test(String.fromCodePoint(point))) return i;
    i += point > 0xffff ? 2 : 1;
  }
  return i;
}

/** Whether END_BOUNDARY's lookahead holds at `end` (end of text, a non-word character, or an upper-case letter). */
function boundaryAt(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  if (code < 128) {
    const upper = code >= 65 && code <= 90;
    return upper || !((code >= 97 && code <= 122) || (code >= 48 && code <= 57));
  }
  // The regexes use the `u` flag: they see the code point, not a lone surrogate.
  const ch = String.fromCodePoint(text.codePointAt(end)!);
  return !WORD_CHAR.test(ch) || UPPER.test(ch);
}

/** How to build one form's regexes (called at most once each, when the form is first tried). */
export interface FormRegexSource {
  source: () => string;
  /** A cheap superset of `source`, tried first: if it fails, so would the form. */
  gate: (() => string) | undefined;
  /** For a form ending in any letters (`*`), the source of what comes before them: `source` is it followed by `\p{L}*`. */
  stem?: () => string;
  /**
   * The form matched in JavaScript (form-matcher.ts), its continuation `accept` ending the
   * match; undefined (or a function returning it) where only the regex can follow the form.
   */
  matcher?: (accept: Step) => Step | undefined;
}

/** The matchers' last step: a match may end where END_BOUNDARY holds. */
const atBoundary: Step = (text, end) => (boundaryAt(text, end) ? end : -1);

export class PreciseForms {
  private readonly gates: Array<StickyRegex | undefined>;
  private readonly stems: Array<StickyRegex | undefined>;
  private readonly plain: Array<StickyRegex | undefined>;
  private readonly likelyBounded: Array<StickyRegex | undefined>;
  private readonly bounded: Array<StickyRegex | undefined>;
  private readonly sources: Array<string | undefined>;
  /** Each form's JavaScript matcher once looked for: null where the form has none. */
  private readonly matchers: Array<Step | null | undefined>;

  constructor(private readonly compile: readonly FormRegexSource[]) {
    this.gates = new Array<StickyRegex | undefined>(compile.length);
    this.stems = new Array<StickyRegex | undefined>(compile.length);
    this.plain = new Array<StickyRegex | undefined>(compile.length);
    this.likelyBounded = new Array<StickyRegex | undefined>(compile.length);
    this.bounded = new Array<StickyRegex | undefined>(compile.length);
    this.sources = new Array<string | undefined>(compile.length);
    this.matchers = new Array<Step | null | undefined>(compile.length);
  }

  /** The end of form `form`'s match starting at `at` that ends a word (see endsWord), or -1. */
  matchAt(form: number, text: string, at: number): number {
    let matcher = this.matchers[form];
    if (matcher === undefined) matcher = this.matchers[form] = this.compile[form]!.matcher?.(atBoundary) ?? null;
    if (matcher !== null) {
      // The first match that END_BOUNDARY allows, as boundedAt() finds it, without compiling a regex.
      const end = matcher(text, at);
      return end >= 0 && endsWord(text, end) ? end : -1;
    }
    return this.regexMatchAt(form, text, at);
  }

  /** matchAt() by the form's regexes. */
  regexMatchAt(form: number, text: string, at: number): number {
    const gateSource = this.compile[form]!.gate;
    if (gateSource) {
      const gate = this.gates[form] ?? (this.gates[form] = new StickyRegex(gateSource()));
      if (gate.endAt(text, at) < 0) return -1;
    }
    const stemSource = this.compile[form]!.stem;
    let end: number;
    if (stemSource) {
      const stem = this.stems[form] ?? (this.stems[form] = new StickyRegex(stemSource()));
      const stemEnd = stem.endAt(text, at);
      if (stemEnd < 0) return -1;
      // The whole form's first match: the stem's, carried on over the letters after it.
      end = lettersEnd(text, stemEnd);
    } else {
      const plain = this.plain[form] ?? (this.plain[form] = new StickyRegex(this.source(form)));
      end = plain.endAt(text, at);
      if (end < 0) return -1;
    }
    if (!boundaryAt(text, end)) end = this.boundedAt(form, text, at);
    return end >= 0 && endsWord(text, end) ? end : -1;
  }

  /** The end of the first match (in backtracking order) that END_BOUNDARY allows, or -1. */
  private boundedAt(form: number, text: string, at: number): number {
    const likely = this.likelyBounded[form] ?? (this.likelyBounded[form] = new StickyRegex(`${this.source(form)}${LIKELY_WORD_END}`));
    const likelyEnd = likely.endAt(text, at);
    // No match passes the cheap lookahead: none passes the real one.
    if (likelyEnd < 0) return -1;
    if (boundaryAt(text, likelyEnd)) return likelyEnd;
    const bounded = this.bounded[form] ?? (this.bounded[form] = new StickyRegex(`${this.source(form)}${END_BOUNDARY}`));
    return bounded.endAt(text, at);
  }

  /** Builds every regex now (lexicon tests: a malformed form should fail there, not on some page). */
  compileAll(): void {
    for (let i = 0; i < this.compile.length; i++) {
      const gate = this.compile[i]!.gate;
      if (gate) (this.gates[i] ??= new StickyRegex(gate())).compileAll();
      const stem = this.compile[i]!.stem;
      if (stem) (this.stems[i] ??= new StickyRegex(stem())).compileAll();
      (this.plain[i] ??= new StickyRegex(this.source(i))).compileAll();
      (this.likelyBounded[i] ??= new StickyRegex(`${this.source(i)}${LIKELY_WORD_END}`)).compileAll();
      (this.bounded[i] ??= new StickyRegex(`${this.source(i)}${END_BOUNDARY}`)).compileAll();
    }
  }

  private source(form: number): string {
    return this.sources[form] ?? (this.sources[form] = this.compile[form]!.source());
  }
}
