/**
 * data/bmp-properties.json: the Basic Multilingual Plane part of the Unicode property
 * classes that the regexes a page needs use, as this engine's `\p{…}` holds them, written
 * as the body of a character class, for the regexes core/detect/bmp-regex.ts compiles
 * without the `u` flag.
 *
 * Letters and numbers only: the raw forms' and `*`'s classes. `\p{M}` and `\p{Lu}` are
 * in normalize.ts's END_BOUNDARY, which only the rare fallback regex holds (see
 * precise-forms.ts), and in one raw form: they would add 2.9 kB to page-detector.js, and a
 * source holding one keeps its `u` regex.
 */
const PROPERTIES = ['L', 'N'] as const;

/** The code units outside the surrogates that `\p{name}` holds, as inclusive ranges. */
export function bmpRanges(name: string): Array<[number, number]> {
  const property = new RegExp(`^\\p{${name}}$`, 'u');
  const ranges: Array<[number, number]> = [];
  for (let code = 0; code <= 0xffff; code++) {
    if ((code >= 0xd800 && code <= 0xdfff) || !property.test(String.fromCharCode(code))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/**
 * A character as a class member: itself where it stands for itself (ASCII letters and
 * digits, and everything from U+00A1 on, where these properties' members all are: the
 * runtime splices the body in as it is, and V8 parses a third of what escapes would take),
 * escaped otherwise.
 */
const member = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xa1
    ? String.fromCharCode(code)
    : `\\u${code.toString(16).padStart(4, '0')}`;

/** Ranges as the body of a character class (`A-Za-zªµº…`). */
export function classBody(ranges: ReadonlyArray<readonly [number, number]>): string {
  return ranges.map(([from, to]) => (from === to ? member(from) : `${member(from)}-${member(to)}`)).join('');
}

export function bmpProperties() {
  return {
    $comment:
      "The BMP part of the Unicode property classes in forms' regexes, as class bodies. Do not edit: `npm run gen:lexicon` (scripts/lexicon/bmp-properties.ts) writes it from the Unicode tables of the engine it runs on. See core/detect/bmp-regex.ts.",
    classes: Object.fromEntries(PROPERTIES.map((name) => [name, classBody(bmpRanges(name))])),
  };
}
