import { describe, expect, test } from 'vitest';
import { literalPrefixes } from '../../../core/detect/literal-prefixes';
import { buildTriggerIndex, nextTrigger, type TriggerHit } from '../../../core/detect/word-triggers';

const FOLD = ['gğ', 'iı'];

describe('literalPrefixes', () => {
  test.each([
    [
      '(9|10)(th)? november( 2020)? (agreement|deal)',
      ['9 november agreement', '9 november 2020 ', '9th november deal', '10 november deal', '10th november 2020 '],
    ],
    ['peace~keepers', ['peacekeepers', 'peace keepers']],
    ["russia's peacekeepers", ['russia s peacekeepers']],
    ['upper karabakh{en-name}?', ['upper karabakh']],
    ['(accord|cessez-le-feu) du (9|10) novembre', ['accord du 9 ', 'accord du 10 ', 'cessez le feu ']],
    ['"?qarabağ', ['qarabağ', 'qarabag']],
    ['joint statement', ['joint statement']],
    // An optional ending inside a nested group: the bare stem (a longer word may follow) stays a trigger.
    ['((rusiya|rus){az}?|rf) sülhməramlı', ['rusiya', 'rus', 'rusiya sülhməramlı', 'rf sülhməramlı']],
  ])('%s gives prefixes that include %j', (form, expected) => {
    const prefixes = literalPrefixes(form, FOLD);
    for (const prefix of expected) expect(prefixes).toContain(prefix);
  });

  test.each([
    // A word ending in an alternation stays whole: "accord " is not tried on "according".
    ['(accord|cessez-le-feu) du (9|10) novembre', 'accord'],
    ['(9|10)(th)? november', '9'],
    ['(9|10)(th)? november', '10'],
  ])('%s does not give the bare prefix %s', (form, bare) => {
    expect(literalPrefixes(form, FOLD)).not.toContain(bare);
  });

  test('stop at an ending set, and after three words', () => {
    expect(literalPrefixes('karabakh{en-name} war', FOLD)).toEqual(['karabakh']);
    expect(literalPrefixes('one two three four five', FOLD)).toEqual(['one two three ']);
    expect(literalPrefixes('re:\\d+', FOLD)).toEqual([]);
  });
});

describe('nextTrigger with triggers that go on past their first word', () => {
  const index = buildTriggerIndex([
    ['10 november ', [1]],
    ['10th november ', [1]],
    ['accord du 9 ', [2]],
    ['rus', [3]],
    ['nk ', [4]],
  ]);
  const hit: TriggerHit = { wordEnd: 0, groups: [] };
  const firstHit = (text: string) => {
    const at = nextTrigger(index, text, 0, text.length, hit);
    return at < 0 ? undefined : { at, groups: [...hit.groups] };
  };

  test.each([
    ['the 10 November statement', { at: 4, groups: [1] }],
    ['the 10th\u00a0–\u00a0NOVEMBER statement', { at: 4, groups: [1] }],
    ['on 10\nNovembre', { at: 3, groups: [1] }],
    ["l'accord du 9 novembre", { at: 2, groups: [2] }],
    ['Russian troops', { at: 0, groups: [3] }],
    ['the NK leadership', { at: 4, groups: [4] }],
  ])('%s is tried', (text, expected) => {
    expect(firstHit(text)).toEqual(expected);
  });

  test.each(['10 items in the box', '10th place', '100 November', 'according to the accord', 'accord du 19 mai', 'NKVD archives', '10'])(
    '%s is passed by',
    (text) => {
      expect(firstHit(text)).toBeUndefined();
    },
  );
});
