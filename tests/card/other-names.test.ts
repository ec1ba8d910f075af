import { describe, expect, test } from 'vitest';
import { cardContentFor, sameName } from '@/card/content';
import { dataset, type Dataset } from '@/core/dataset';
import { small } from './small-dataset';

describe('other names never repeat what the reader sees', () => {
  test.each([
    ['case', 'TRILATERAL STATEMENT', 'Trilateral Statement'],
    ['ё written е', 'трехстороннее заявление', 'трёхстороннее заявление'],
    ['an inflected Russian form', 'трёхстороннего заявления', 'трёхстороннее заявление'],
    ['capitalised, inflected, е for ё', 'Трехстороннем заявлении', 'трёхстороннее заявление'],
    ['Armenian և and եւ', 'Ալիեւ', 'Ալիև'],
    ['an Armenian case ending', 'Ղարաբաղում', 'Ղարաբաղ'],
    ['a hyphen for a space', 'Nagorno Karabakh', 'Nagorno-Karabakh'],
    ['a possessive', "RMC's", 'RMC'],
  ])('%s: %s is the same name as %s', (_case, a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  test.each([
    ['Karabakh', 'Nagorno-Karabakh'],
    ['Карабах', 'Арцах'],
    ['Russian peacekeepers', 'Russian peacekeeping contingent'],
    ['RMC', 'RMC Sport'],
    ['', ''],
  ])('%s and %s are different names', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  test.each(['трёхстороннее заявление', 'Трехстороннее заявление', 'трёхстороннего заявления', 'ТРЁХСТОРОННЕМ ЗАЯВЛЕНИИ'])(
    'a Cyrillic mention %s: "Also" does not show it back',
    (mentionText) => {
      const { otherNames } = cardContentFor('trilateral-statement', { mentionText, maxOtherNames: 10 });
      expect(otherNames.filter((name) => sameName(name, mentionText))).toEqual([]);
      expect(otherNames.some((name) => /заявлени/i.test(name))).toBe(false);
    },
  );

  test.each(dataset.entities.flatMap((entry) => [entry.name, ...entry.otherNames].map((name) => [entry.id, name] as const)))(
    '%s hovered as %s: "Also" lists neither it nor the title',
    (entity, mentionText) => {
      const content = cardContentFor(entity, { mentionText, maxOtherNames: 20 });
      expect(content.otherNames.filter((name) => sameName(name, mentionText) || sameName(name, content.name))).toEqual([]);
    },
  );

  test('two spellings of one name are not both listed', () => {
    const doubled: Dataset = {
      ...small,
      entities: small.entities.map((entry) =>
        entry.id === 'karabakh' ? { ...entry, otherNames: ['Qarabağ', 'Qarabag', 'Karabagh', 'Artsakh'] } : entry,
      ),
    };
    // "Karabagh" is the title's name spelt another way; "Artsakh" is what the reader hovered.
    expect(cardContentFor('karabakh', { mentionText: 'Artsakh', maxOtherNames: 5 }, doubled).otherNames).toEqual(['Qarabağ']);
  });

  test('hovering the abbreviation, "Also" spells out other names but not "RMC" again', () => {
    const { otherNames } = cardContentFor('rmc', { mentionText: 'RMC' });
    expect(otherNames).not.toContain('RMC');
    expect(cardContentFor('rmc', { mentionText: 'Russian peacekeepers' }).otherNames[0]).toBe('RMC');
  });
});
