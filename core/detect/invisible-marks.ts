/**
 * Characters a page puts inside words that a reader never sees: the soft hyphen (U+00AD,
 * `&shy;`, a place where the browser may break a long word — German and Russian news sites
 * put them in long words and names: "Berg&shy;karabach", "Кара&shy;бах"), the zero-width
 * space (U+200B, a break opportunity), the word joiner (U+2060) and the zero-width no-break
 * space (U+FEFF). On screen "Kara&shy;bakh" reads "Karabakh", so detection reads it so too:
 * it runs on the text without these marks, and maps what it found back to the page's own
 * offsets (a mention then spans the marks inside it, never one at either end).
 *
 * Zero-width joiners and non-joiners (U+200C, U+200D) are not among them: they change how
 * letters join, which matters in some scripts and in emoji.
 */
/** The marks, one class used three ways: `search` (which ignores the `g` state), `replace`, `matchAll`. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

export interface WithoutMarks {
  /** The text as a reader sees it. */
  text: string;
  /** For each UTF-16 offset of `text`, the offset of the same character in the original. */
  toSource: Int32Array;
}

/** The text without invisible marks, or undefined when it holds none (most text: one native scan). */
export function withoutInvisibleMarks(source: string): WithoutMarks | undefined {
  if (source.search(INVISIBLE) < 0) return undefined;
  const text = source.replace(INVISIBLE, '');
  const toSource = new Int32Array(text.length);
  let j = 0;
  let from = 0;
  for (const mark of source.matchAll(INVISIBLE)) {
    for (let i = from; i < mark.index; i++) toSource[j++] = i;
    from = mark.index + 1;
  }
  for (let i = from; i < source.length; i++) toSource[j++] = i;
  return { text, toSource };
}

/** The text as a reader sees it, for yes-or-no questions that need no offsets. */
export function visibleText(source: string): string {
  return source.search(INVISIBLE) < 0 ? source : source.replace(INVISIBLE, '');
}

/** A span [start, end) of the text without marks, as a span of the original text. */
export function spanInSource(marks: WithoutMarks, start: number, end: number): [number, number] {
  return [marks.toSource[start]!, end > start ? marks.toSource[end - 1]! + 1 : marks.toSource[start]!];
}
