/**
 * The precise, anchored matcher of each lexicon form, built on first use.
 *
 * Why lazy and why two regexes: a page that mentions nothing tries no form at all, so it
 * should compile none. And a Unicode property class such as the word-end lookahead
 * (END_BOUNDARY) costs ~0.5 ms to parse and compile in V8 — per regex, hundreds of forms —
 * so the regex tried first has no lookahead: where its match ends a word (almost always),
 * it is also the match the lookahead version would have found (the first in backtracking
 * order that ends a word). Only when it runs on into a longer word ("Karabakh" in
 * "Karabakhs", a chain of endings split the wrong way) is the version with the lookahead
 * built, to backtrack to a shorter match that ends a word, if there is one.
 */
import { END_BOUNDARY, endsWord, WORD_CHAR } from './normalize';

const UPPER = /\p{Lu}/u;

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
}

/**
 * A sticky regex over `source`, with the `v` flag where the source allows it: V8 builds the
 * same pattern with `v` far faster (a chain of endings: ~2 ms instead of ~200 ms). For
 * sources without set operations or strings in classes, `v` and `u` match identically;
 * `v` is only stricter about syntax (e.g. an unescaped '-' or '(' in a class), so a
 * source it rejects — or an engine without `v` — gets `u`.
 */
function stickyRegex(source: string): RegExp {
  try {
    return new RegExp(source, 'yv');
  } catch {
    return new RegExp(source, 'yu');
  }
}

export class PreciseForms {
  private readonly gates: Array<RegExp | undefined>;
  private readonly plain: Array<RegExp | undefined>;
  private readonly bounded: Array<RegExp | undefined>;
  private readonly sources: Array<string | undefined>;

  constructor(private readonly compile: readonly FormRegexSource[]) {
    this.gates = new Array<RegExp | undefined>(compile.length);
    this.plain = new Array<RegExp | undefined>(compile.length);
    this.bounded = new Array<RegExp | undefined>(compile.length);
    this.sources = new Array<string | undefined>(compile.length);
  }

  /** The end of form `form`'s match starting at `at` that ends a word (see endsWord), or -1. */
  matchAt(form: number, text: string, at: number): number {
    const gateSource = this.compile[form]!.gate;
    if (gateSource) {
      const gate = this.gates[form] ?? (this.gates[form] = stickyRegex(gateSource()));
      gate.lastIndex = at;
      if (!gate.test(text)) return -1;
    }
    const plain = this.plain[form] ?? (this.plain[form] = stickyRegex(this.source(form)));
    plain.lastIndex = at;
    if (!plain.test(text)) return -1;
    let end = plain.lastIndex;
    if (!boundaryAt(text, end)) {
      const bounded = this.bounded[form] ?? (this.bounded[form] = stickyRegex(`${this.source(form)}${END_BOUNDARY}`));
      bounded.lastIndex = at;
      if (!bounded.test(text)) return -1;
      end = bounded.lastIndex;
    }
    return endsWord(text, end) ? end : -1;
  }

  /** Builds every regex now (lexicon tests: a malformed form should fail there, not on some page). */
  compileAll(): void {
    for (let i = 0; i < this.compile.length; i++) {
      const gate = this.compile[i]!.gate;
      if (gate) this.gates[i] ??= stickyRegex(gate());
      this.plain[i] ??= stickyRegex(this.source(i));
      this.bounded[i] ??= stickyRegex(`${this.source(i)}${END_BOUNDARY}`);
    }
  }

  private source(form: number): string {
    return this.sources[form] ?? (this.sources[form] = this.compile[form]!.source());
  }
}
