/**
 * Issue 14, rules that should hold on pages nobody tuned the detector to. Every probe is
 * a sentence written for this project (none is taken from the corpus): each names the
 * grammar or the kind of word a rule stands for, and the same kind of sentence about
 * another sense must stay unmatched.
 */
import { describe, expect, test } from 'vitest';
import type { Mention } from '../../../core/entities';
import { findMentions } from '../../../core/detect/matcher';

const texts = (text: string, entity?: Mention['entity']): string[] =>
  findMentions(text)
    .filter((m) => !entity || m.entity === entity)
    .map((m) => text.slice(m.start, m.end));

describe('words football shares with political prose do not make a region sentence about football', () => {
  test.each([
    ['The goal of the talks is a lasting peace in Karabakh.', 'Karabakh'],
    ['A team of observers visited Karabakh last week.', 'Karabakh'],
    ['Karabakh was a key issue in the political arena of the Caucasus.', 'Karabakh'],
    ['The defenders of Artsakh held the town for weeks.', 'Artsakh'],
    ['Die Vereinigten Staaten forderten ein Ende der Kämpfe um Karabach.', 'Karabach'],
    ['Die Vereinbarung über Karabach sah einen Korridor vor.', 'Karabach'],
    ['Russland und Europa streiten über Karabach.', 'Karabach'],
    ['Bakou coupe le gaz au Karabakh depuis des semaines.', 'Karabakh'],
    ['Des équipements militaires ont été livrés au Karabakh.', 'Karabakh'],
    ['Азербайджанская армия была нападающей стороной в Карабахе.', 'Карабахе'],
  ])('%s', (text, name) => {
    expect(texts(text, 'karabakh')).toContain(name);
  });

  test('an Azerbaijani commander (komandan) is not a team (komanda): the force and its abbreviation count', () => {
    const text = 'Qarabağ müharibəsi bitdi. Rusiya sülhməramlı kontingentinin (RSK) komandanı Xankəndidə idi.';
    expect(texts(text, 'rmc')).toEqual(['Rusiya sülhməramlı kontingentinin', 'RSK']);
  });

  test.each([
    'Qarabağ scored a late goal to beat Neftçi.',
    'The team of Qarabağ travelled to Dublin for the play-off.',
    'Qarabağ conceded two goals at the Tofiq Bahramov Arena.',
    'Der Verein Karabach spielt in der Europa League.',
    "L'équipe du Karabakh a remporté la Coupe d'Azerbaïdjan.",
    'Qarabağ komandası Liqada qalib gəldi.',
  ])('the club stays the club: %s', (text) => {
    expect(texts(text, 'karabakh')).toEqual([]);
  });
});
