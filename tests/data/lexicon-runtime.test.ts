import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileLexicon } from '../../core/detect/compiled-lexicon';
import type { Lexicon } from '../../core/detect/lexicon';
import { defaultLexicon } from '../../core/detect/lexicon';
import { precomputedHeads } from '../../core/detect/precomputed-heads';
import { generatedFileTexts, sourceLexicon, withoutDocumentation } from '../../scripts/lexicon/lexicon-source';
import { findMentions } from '../../core/detect/matcher';
import { computeHeads, decodeHeads, encodeHeads, scannerInputs, yesNoHeads } from '../../core/detect/scanner-tables';
import type { Head } from '../../core/detect/word-triggers';

const readGenerated = (name: string) => {
  try {
    return readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
  } catch {
    return '(missing)';
  }
};

describe('data/lexicon-runtime.json and data/name-triggers.json', () => {
  test.each(Object.entries(generatedFileTexts(sourceLexicon)))('%s is what `npm run gen:lexicon` makes of data/lexicon.json now', (name, text) => {
    const current = readGenerated(name) === text;
    expect(current, `data/${name} is out of date with data/lexicon.json: run \`npm run gen:lexicon\` and commit the result`).toBe(true);
  });

  test('is the source without its documentation, and nothing else is left out', () => {
    const DOCUMENTATION = ['$comment', 'why', 'examples', 'counterExamples'];
    // Independent of withoutDocumentation(): drop the documentation keys wherever they are.
    const expected = JSON.parse(JSON.stringify(sourceLexicon, (key, value) => (DOCUMENTATION.includes(key) ? undefined : value)));
    expect(withoutDocumentation(sourceLexicon)).toEqual(expected);
    expect(JSON.stringify(defaultLexicon)).toBe(JSON.stringify(expected));
  });
});

// Decoded heads parse their groups on first use (getters): compare them as plain objects.
const plain = (heads: readonly Head[]) => heads.map(({ text, exact, longer, followed }) => ({ text, exact, longer, followed }));

describe('precomputed trigger heads', () => {
  const copy = (): Lexicon => structuredClone(defaultLexicon) as Lexicon;

  test('are the heads the default lexicon would get if they were computed live', () => {
    // A copy is not the default lexicon: compileLexicon() computes its heads from its own form order.
    const precomputed = compileLexicon(defaultLexicon);
    const live = compileLexicon(copy());
    expect(plain(precomputed.candidates.triggers.heads)).toEqual(live.candidates.triggers.heads);
    expect(plain(precomputed.cues.triggers.heads)).toEqual(live.cues.triggers.heads);
  });

  test('serve the default lexicon only: any other lexicon gets its heads computed', () => {
    expect(precomputedHeads(defaultLexicon, 'candidates')?.length).toBeGreaterThan(100);
    expect(precomputedHeads(defaultLexicon, 'cues')?.length).toBeGreaterThan(100);
    expect(precomputedHeads(copy(), 'candidates')).toBeUndefined();
    expect(precomputedHeads(sourceLexicon, 'cues')).toBeUndefined();
  });

  test('a lexicon with a form the generated file does not know still finds it', () => {
    const lexicon = copy();
    lexicon.families[0]!.forms = [...lexicon.families[0]!.forms, 'xyzzyland'];
    expect(findMentions('A trip to Xyzzyland.', lexicon).map((m) => m.text)).toEqual(['Xyzzyland']);
    expect(findMentions('A trip to Xyzzyland.')).toEqual([]);
  });
});

describe('encodeHeads / decodeHeads', () => {
  const sortedSet = fc.uniqueArray(fc.nat(999), { maxLength: 6 }).map((a) => a.sort((x, y) => x - y));
  const follower = fc.record({ rest: fc.stringMatching(/^[a-zа-я0-9ə]{1,8}( [a-z0-9]{1,6}){0,2}$/), groups: sortedSet.filter((g) => g.length > 0) });
  const head: fc.Arbitrary<Head> = fc
    .record({
      text: fc.stringMatching(/^[a-zа-яա-ֆ0-9əüı]{1,12}$/),
      exact: sortedSet,
      keep: fc.array(fc.boolean(), { maxLength: 6 }),
      followed: fc.array(follower, { maxLength: 3 }),
    })
    .map(({ text, exact, keep, followed }) => ({ text, exact, longer: exact.filter((_, i) => keep[i] ?? true), followed }));

  test('spellings side by side with the same groups are written once, then ~ or ~n, and decoded back', () => {
    const same = { exact: [3], longer: [3], followed: [{ rest: 'karab', groups: [0] }] };
    const heads: Head[] = [
      { text: 'dağlıq', ...same },
      { text: 'dagliq', ...same },
      { text: 'daglıq', ...same },
      { text: 'dağliq', ...same },
      { text: 'upper', exact: [1], longer: [1], followed: [{ rest: 'qarab', groups: [2, 5] }] },
      { text: 'haut', exact: [1], longer: [1], followed: [{ rest: 'qarab', groups: [2, 5] }] },
      { text: 'berg', exact: [4], longer: [], followed: [] },
    ];
    const encoded = encodeHeads(heads);
    // A rest for group 0 alone (every rest of the yes-or-no heads) is written without "=0".
    expect(encoded.groups).toBe('3:3/karab ~3 1:1/qarab=2,5 ~ 4:');
    // A text that begins with two or more letters of the one before is written as a capital
    // for how many (B = 2, D = 4) and the rest.
    expect(encoded.texts).toBe('dağlıq Bgliq Dıq Bğliq upper haut berg');
    expect(plain(decodeHeads(encoded))).toEqual(heads);
  });

  test('a head text with a capital is refused: capitals write shared beginnings', () => {
    expect(() => encodeHeads([{ text: 'Karabakh', exact: [1], longer: [1], followed: [] }])).toThrow(/capital/);
  });

  test('groups that do not match the texts in number are refused, not decoded wrong', () => {
    expect(() => decodeHeads({ texts: 'a b c', groups: '1 ~' })).toThrow(/differ in number/);
    expect(() => decodeHeads({ texts: 'a b', groups: '1 ~2' })).toThrow(/differ in number/);
    expect(() => decodeHeads({ texts: 'a', groups: '1 2' })).toThrow(/differ in number/);
  });

  test('yesNoHeads keeps each head and what must follow it, and writes every group 0', () => {
    const heads: Head[] = [
      { text: 'upper', exact: [], longer: [], followed: [{ rest: 'karab', groups: [3, 9] }] },
      { text: 'karab', exact: [2], longer: [2, 5], followed: [] },
      { text: 'rus', exact: [], longer: [], followed: [{ rest: 'peace', groups: [8] }, { rest: 'milit', groups: [1] }] },
      // A trigger on its own says yes whatever follows: its rests are dropped.
      { text: 'russian', exact: [7], longer: [], followed: [{ rest: 'peace', groups: [8] }, { rest: 'milit', groups: [1] }] },
    ];
    expect(yesNoHeads(heads)).toEqual([
      { text: 'upper', exact: [], longer: [], followed: [{ rest: 'karab', groups: [0] }] },
      { text: 'karab', exact: [0], longer: [0], followed: [] },
      { text: 'rus', exact: [], longer: [], followed: [{ rest: 'peace', groups: [0] }, { rest: 'milit', groups: [0] }] },
      { text: 'russian', exact: [0], longer: [], followed: [] },
    ]);
  });

  test('yesNoHeads drops a head that begins with a shorter head taking longer words (it could only say yes again)', () => {
    const heads: Head[] = [
      { text: 'russ', exact: [], longer: [4], followed: [] },
      { text: 'russian', exact: [4, 7], longer: [4], followed: [{ rest: 'peace', groups: [8] }] },
      { text: 'karab', exact: [2], longer: [], followed: [] },
      { text: 'karabakh', exact: [2], longer: [2], followed: [] },
    ];
    expect(yesNoHeads(heads).map((head) => head.text)).toEqual(['russ', 'karab', 'karabakh']);
  });

  test('decoding gives back the heads encoded', () => {
    fc.assert(
      fc.property(fc.array(head, { maxLength: 20 }), (heads) => {
        expect(plain(decodeHeads(encodeHeads(heads)))).toEqual(heads);
      }),
    );
  });

  test('the default lexicon’s heads survive the round trip', () => {
    const heads = computeHeads(scannerInputs(defaultLexicon, 'cues'), defaultLexicon.fold);
    expect(plain(decodeHeads(encodeHeads(heads)))).toEqual(heads);
  });

  test('a head holding a space is refused, not encoded wrong', () => {
    expect(() => encodeHeads([{ text: 'a b', exact: [1], longer: [], followed: [] }])).toThrow(/space/);
    expect(() => encodeHeads([{ text: 'a', exact: [1], longer: [], followed: [{ rest: 'b=c', groups: [2] }] }])).toThrow(/rest/);
  });
});
