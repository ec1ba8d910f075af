import { describe, expect, test } from 'vitest';
import { classes } from '../../../data/bmp-properties.json';
import { bmpSource, hasSurrogates, StickyRegex } from '../../../core/detect/bmp-regex';
import { END_BOUNDARY } from '../../../core/detect/normalize';
import { compiler, examples, forms } from '../../helpers/form-reference';

// A regex without `u` (bmpSource) stands in for the `u` one on text free of surrogates:
// it must match exactly what the `u` one matches there, wherever it is tried.

describe('data/bmp-properties.json', () => {
  test.each(Object.entries(classes))('\\p{%s} over the BMP is exactly its class body', (name, body) => {
    const property = new RegExp(`^\\p{${name}}$`, 'u');
    const written = new RegExp(`^[${body}]$`);
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (written.test(ch) !== property.test(ch)) expect.fail(`U+${code.toString(16)} in \\p{${name}}: ${property.test(ch)}`);
    }
  });
});

describe('bmpSource', () => {
  test('writes property classes out, inside a class and outside one, negated too', () => {
    const L = classes.L;
    expect(bmpSource('a\\p{L}*')).toBe(`a[${L}]*`);
    expect(bmpSource('(?![\\p{L}\\p{N}])')).toBe(`(?![${L}${classes.N}])`);
    expect(bmpSource('[^\\p{L}]\\P{L}')).toBe(`[^${L}][^${L}]`);
    expect(bmpSource('\\[\\p{N}\\]')).toBe(`\\[[${classes.N}]\\]`);
    expect(bmpSource('[\\]\\p{N}]')).toBe(`[\\]${classes.N}]`);
    expect(bmpSource('(?:a|b)\\s+\\d{1,2}[^\\S\\n]')).toBe('(?:a|b)\\s+\\d{1,2}[^\\S\\n]');
  });

  test('refuses what it cannot be sure means the same without `u`', () => {
    for (const source of ['[\\P{L}]', 'x\\u{41}', '\\p{Sc}', '\\p{Lu}', '[a[b]]', '[a--b]', '[a&&b]', '\\q{ab}', '😀', '[]', '[^]a'])
      expect(bmpSource(source), source).toBeUndefined();
  });

  test('every form of the lexicon gets one, but where it asks for upper-case letters or marks', () => {
    const refused = forms.filter(({ form, caseSensitive }) => bmpSource(compiler.compile(form, caseSensitive)) === undefined);
    expect(refused.map(({ form }) => /\\p\{(Lu|M)\}/.test(form))).toEqual([true]);
    expect(bmpSource(END_BOUNDARY)).toBeUndefined();
  });
});

describe('StickyRegex', () => {
  test('texts with a surrogate get the `u` regex, the others the one without', () => {
    const letters = new StickyRegex('\\p{L}+');
    expect(letters.endAt('ab 𝐀', 0)).toBe(2);
    expect(letters.endAt('a𝐀b', 0)).toBe(4);
    expect(letters.endAt('aé\ud835', 0)).toBe(2);
    expect(hasSurrogates('a𝐀b')).toBe(true);
    expect(hasSurrogates('aé')).toBe(false);
  });

  // Every raw form (the hand-written regexes, with lookarounds over the whole sentence),
  // at every position of every example: a few seconds on a loaded 2-core machine.
  test('agrees with the `u` regex for every raw form, anywhere in every example', () => {
    let matched = 0;
    for (const { form } of forms.filter(({ form }) => form.startsWith('re:'))) {
      const source = compiler.compile(form, false);
      if (bmpSource(source) === undefined) continue;
      const unicode = new RegExp(source, 'yu');
      const bmp = new RegExp(bmpSource(source)!, 'y');
      for (const example of examples) {
        const text = `In 1994, ${example}, said on 9 November 2020.`;
        for (let at = 0; at < text.length; at++) {
          unicode.lastIndex = at;
          bmp.lastIndex = at;
          const end = unicode.test(text) ? unicode.lastIndex : -1;
          if ((bmp.test(text) ? bmp.lastIndex : -1) !== end) expect.fail(`${form} at ${at} in ${text}`);
          if (end >= 0) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  }, 60_000);
});
