/**
 * The engine's shortcuts give the plain answers: the trie lookup of trigger heads finds
 * every trigger a word starts with, the sentence cursor (which skips text it has already
 * scanned) agrees with sentenceStart() and sentenceEnd() everywhere, and the form
 * compiler's cache of letters changes no source.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstAtOrAfter } from '../../../core/detect/context-rules';
import { defaultLexicon } from '../../../core/detect/lexicon';
import { createFormCompiler } from '../../../core/detect/normalize';
import { SentenceCursor, sentenceEnd, sentenceStart } from '../../../core/detect/sentence-bounds';
import { buildTriggerIndex, nextTrigger, type TriggerHit } from '../../../core/detect/word-triggers';

describe('trigger heads in a trie', () => {
  // Few letters, so triggers share prefixes and words often start with several of them.
  const word = fc.stringMatching(/^[abcд]{1,8}$/);

  test('a word is tried for exactly the triggers it starts with', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), fc.array(word, { maxLength: 30 }), (triggers, words) => {
        const index = buildTriggerIndex(triggers.map((t, i) => [t, [i]] as const));
        const text = words.join(' ');
        const hit: TriggerHit = { wordEnd: 0, groups: [] };
        let at = 0;
        for (const w of words) {
          const expected = triggers.flatMap((t, i) => (w.startsWith(t) ? [i] : []));
          const found = nextTrigger(index, text, at, at + 1, hit);
          if (expected.length === 0) expect(found).toBe(-1);
          else {
            expect(found).toBe(at);
            expect([...hit.groups]).toEqual(expected);
          }
          at += w.length + 1;
        }
      }),
    );
  });

  test('upper-case and long words are looked up lower-cased, by their first letters', () => {
    const index = buildTriggerIndex([
      ['ka', [0]],
      ['karabakh', [1]],
      ['карабах', [2]],
    ]);
    const hit: TriggerHit = { wordEnd: 0, groups: [] };
    expect(nextTrigger(index, 'the KARABAKHSKIY region', 0, 23, hit)).toBe(4);
    expect([...hit.groups]).toEqual([0, 1]);
    expect(nextTrigger(index, 'в Карабахе', 0, 10, hit)).toBe(2);
    expect([...hit.groups]).toEqual([2]);
    expect(nextTrigger(index, 'kite kyiv', 0, 9, hit)).toBe(-1);
  });
});

describe('sentence cursor', () => {
  // Letters, spaces and every character that may end a sentence, with long runs of letters
  // so that some sentences are cut at their reach.
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', ' ', 'word ') },
    { weight: 2, arbitrary: fc.constantFrom('.', '!', '?', '. ', '\n', '\r', '\u0589', '\u3002', '\u00a0', '.\u00a0') },
    // Item marks part sentences only after a space (' · ', ' | ', ' • '); 'l·l' parts nothing.
    { weight: 1, arbitrary: fc.constantFrom(' · ', '·', ' | ', '|', ' • ', '•') },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(120), 'y '.repeat(90)) },
  );
  const text = fc.array(piece, { maxLength: 200 }).map((pieces) => pieces.join(''));

  test('an item mark parts sentences only after a space', () => {
    const text = 'News · Transnistria | Sport • la col·lecció. End';
    // Each item ends before its mark and starts after it.
    expect(sentenceEnd(text, 0)).toBe(text.indexOf('·'));
    expect(sentenceStart(text, 8)).toBe(text.indexOf('·') + 1);
    expect(sentenceEnd(text, 8)).toBe(text.indexOf('|'));
    expect(sentenceEnd(text, 22)).toBe(text.indexOf('•'));
    // The middle dot inside col·lecció parts nothing: the item runs to the full stop.
    expect(sentenceEnd(text, 30)).toBe(text.indexOf('.') + 1);
  });

  test('gives sentenceStart() and sentenceEnd() for positions in order', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 40 }), (t, starts, ends) => {
        const cursor = new SentenceCursor();
        cursor.reset(t);
        const inOrder = (raw: number[]) => raw.map((n) => n % (t.length + 1)).sort((a, b) => a - b);
        for (const i of inOrder(starts)) expect(cursor.start(i), `start ${i}`).toBe(sentenceStart(t, i));
        for (const i of inOrder(ends)) expect(cursor.end(i), `end ${i}`).toBe(sentenceEnd(t, i));
      }),
      { numRuns: 300 },
    );
  });

  test('interleaved with the candidates of a chunk, and after a reset to a new text', () => {
    const cursor = new SentenceCursor();
    const first = 'One. Two and three!\nFour ։ five';
    cursor.reset(first);
    for (const [s, e] of [
      [0, 3],
      [5, 8],
      [13, 18],
      [20, 24],
      [27, 31],
    ] as const) {
      expect(cursor.start(s)).toBe(sentenceStart(first, s));
      expect(cursor.end(e)).toBe(sentenceEnd(first, e));
    }
    // A sentence cut at its reach, and the break just past the cut.
    const second = `${'x'.repeat(350)}\n${'x'.repeat(349)}`;
    cursor.reset(second);
    for (const i of [10, 50, 60, 320, 650]) {
      expect(cursor.start(i)).toBe(sentenceStart(second, i));
      expect(cursor.end(i)).toBe(sentenceEnd(second, i));
    }
  });
});

describe('form compiler', () => {
  test("a form's source does not depend on the forms compiled before it (letters are cached per compiler)", () => {
    const all = [
      ...defaultLexicon.families.flatMap((f) => f.forms.map((form) => [form, f.caseSensitive === true] as const)),
      ...Object.values(defaultLexicon.cues).flatMap((c) => c.forms.map((form) => [form, c.caseSensitive === true] as const)),
    ];
    // Both case sensitivities through one compiler, in turn, against a fresh compiler per form.
    const shared = createFormCompiler(defaultLexicon);
    for (const [form, caseSensitive] of all) {
      for (const sensitive of [caseSensitive, !caseSensitive]) {
        const fresh = createFormCompiler(defaultLexicon);
        expect(shared.compile(form, sensitive), form).toBe(fresh.compile(form, sensitive));
        if (form.includes('{')) expect(shared.loose(form, sensitive), form).toBe(fresh.loose(form, sensitive));
      }
    }
  });
});

describe('firstAtOrAfter', () => {
  test('from any earlier answer, forward or back, gives the first item at or after the bound', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50)), fc.array(fc.nat(60), { maxLength: 20 }), (raw, bounds) => {
        const items = raw.sort((a, b) => a - b).map((start) => ({ start }));
        const plain = (from: number) => {
          const i = items.findIndex((item) => item.start >= from);
          return i < 0 ? items.length : i;
        };
        let lo = 0;
        for (const from of bounds) {
          lo = firstAtOrAfter(items, from, lo);
          expect(lo).toBe(plain(from));
        }
      }),
    );
  });
});
