/**
 * Session 16's probes of new forms and cue words, written for this project (none taken from
 * the corpus).
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

// French writes a breed as a common noun, in lower case after an article; a place has a capital.
describe('a lower-case name after a French article is the horse', () => {
  test.each([
    [
      "Mon karabakh s'appelle Zaman.\nLe karabakh vient du Karabakh, une région montagneuse. Les karabakhs sont dorés. Le Haut-Karabakh a connu deux guerres.",
      ['Karabakh', 'Haut-Karabakh'],
    ],
    ['Le Karabakh est une région du Caucase. La guerre du Haut-Karabakh a duré 44 jours.', ['Karabakh', 'Haut-Karabakh']],
  ])('%s', (text, region) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(region);
  });
});

// People driven out of a place: a club or a rug is not fled. Only before the name, since a
// club's story says "Qarabağ, displaced from Ağdam".
describe('displaced from, refugees from, fled: the place', () => {
  test.each([
    ['The chess club was set up by coaches whose parents had been displaced from Karabakh in 1993.', ['Karabakh']],
    [
      'Die Mannschaft wurde von Vertriebenen aus Karabach gegründet; ihre Familien waren Flüchtlinge aus Karabach.',
      ['Karabach', 'Karabach'],
    ],
    ['Клуб основали беженцы из Карабаха, игравшие в футбол ещё в Агдаме.', ['Карабаха']],
  ])('%s', (text, region) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(region);
  });

  test('the club displaced from its town is still the club', () => {
    expect(mentionTexts('Qarabağ, displaced from Ağdam in 1993, beat Neftçi 2:0 in the league.', 'karabakh')).toEqual([]);
  });
});

// What a whole place holds, and its villages right after the name.
describe('the whole of a place, and its villages after the name', () => {
  test.each([
    ['The Karabakh Order was awarded to 300 officers.\nWe restored our sovereignty over the whole of Karabakh.', ['Karabakh']],
    ['A good Karabagh rug, hand-knotted wool.\nThe dealer also sent notes on the Karabakh villages where it was woven.', ['Karabakh']],
  ])('%s', (text, region) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(region);
  });

  test('a village rug is still a rug', () => {
    expect(mentionTexts('A Karabagh village rug, hand-knotted wool, about 1900. The Karabagh has a wool pile.', 'karabakh')).toEqual([]);
  });
});

// Regional adjectives in French and German.
test.each([
  ['Les réfugiés karabakhais arrivent à Goris depuis le Haut-Karabakh.', ['karabakhais', 'Haut-Karabakh']],
  ['Die karabachischen Verbände gaben auf; Bergkarabach wurde aufgelöst.', ['karabachischen', 'Bergkarabach']],
])('a regional adjective names the region: %s', (text, region) => {
  expect(mentionTexts(text, 'karabakh')).toEqual(region);
});

// The statement by its year, as "the 2020 ceasefire" already did.
test('the 2020 statement', () => {
  expect(
    mentionTexts('Unlike the 2020 statement, the new declaration on Nagorno-Karabakh gives Russia no role.', 'trilateral-statement'),
  ).toEqual(['2020 statement']);
});

// The force: a joint Turkish–Russian force that was never deployed; the contingent's strength
// after German "von"; Transnistria's second town.
describe('the Russian peacekeepers, and peacekeepers elsewhere', () => {
  test.each([
    ['Eine gemeinsame türkisch-russische Friedenstruppe für Bergkarabach kam nie zustande.', []],
    [
      'Das Abkommen sieht die Stationierung von 1960 Soldaten als russische Friedenstruppen in Bergkarabach vor.',
      ['russische Friedenstruppen'],
    ],
    ['Russian peacekeepers still guard the bridge at Bender. Nagorno-Karabakh is another story.', []],
  ])('%s', (text, force) => {
    expect(mentionTexts(text, 'rmc')).toEqual(force);
  });
});

// A runner is a rug's shape in German too.
test('a Karabagh-Läufer is a rug', () => {
  expect(
    mentionTexts(
      'Karabagh-Läufer\nAus dem Karabagh stammt dieser Teppich, um 1900. Flor aus Wolle.\nKarabagh-Läufer, 300 x 100 cm.',
      'karabakh',
    ),
  ).toEqual(['Karabagh']);
});

// An address or a provenance line gives a town and then its region.
describe('a town and a comma before the name: the region', () => {
  test.each([
    ['Provenance: Shusha, Karabagh\nAn antique Karabagh rug, wool pile on wool.', ['Karabagh']],
    ['Toxunduğu yer: Şuşa, Qarabağ\nQarabağ xalçası, yun, 1920-ci illər.', ['Qarabağ']],
  ])('%s', (text, region) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(region);
  });
});
