/**
 * Session 16's probes of the context rules, written for this project (none taken from the
 * corpus): pages that mix subjects (a football forum with one post about the war, a rug
 * listing beside a note on the region), where a bare shared name's paragraph says what it
 * is; and a comparison of two forces past a semicolon.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

// A paragraph keeps to one subject. A bare name its sentence left to the page takes the other
// sense the rest of its paragraph speaks of (the return leg, knots and wool), unless that
// paragraph names the region for certain. The page as a whole no longer decides it.
describe('a bare shared name takes the sense of its paragraph', () => {
  test.each([
    [
      [
        'Die Auslosung ist vorbei: Es wird Karabach! Das Rückspiel in Baku wird trotzdem schwer.',
        'Agdam liegt östlich von Bergkarabach. Die Stadt wurde 1993 im Krieg erobert und nach dem Waffenstillstand 2020 zurückgegeben. In Bergkarabach standen russische Friedenstruppen.',
        'Am Ende danke an Karabach. Nach dem 2:2 im Hinspiel war das Viertelfinale verdient.',
      ].join('\n'),
      ['Bergkarabach', 'Bergkarabach'],
    ],
    [
      [
        'Antique Karabagh rug, about 1910.',
        'This Karabagh came to us from an old collection in Tabriz. The pile is hand-knotted wool on a cotton foundation.',
        'About the region: Nagorno-Karabakh lies in the South Caucasus. Karabakh was fought over in the wars of 1992-94 and 2020.',
      ].join('\n'),
      ['Nagorno-Karabakh', 'Karabakh'],
    ],
    [
      [
        "J'ai enfin pu monter un Karabakh cet été. La jument était calme et très endurante en montagne.",
        'Le Haut-Karabakh a été au cœur de deux guerres. Au Karabakh, les combats de 2020 ont duré 44 jours.',
      ].join('\n'),
      ['Haut-Karabakh', 'Karabakh'],
    ],
  ])('%s', (text, region) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(region);
  });

  // A paragraph that names the region for certain keeps its bare names the region's, though
  // another of its sentences speaks of carpets; and a place of the conflict in the name's own
  // sentence speaks for the region though the paragraph is about an award.
  test.each([
    [
      'Nagorno-Karabakh is a mountainous region of the South Caucasus. Its carpets are famous. Karabakh has been fought over since 1988.',
      ['Nagorno-Karabakh', 'Karabakh'],
    ],
    [
      [
        'Holders of the Karabakh Order were awarded at the ministry. Celebrations will take place in Aghdam and Fuzuli, where rebuilding in the Karabakh and East Zangezur economic regions goes on.',
        'Victory Day marks the end of the 2020 war in Nagorno-Karabakh.',
      ].join('\n'),
      ['Karabakh', 'Nagorno-Karabakh'],
    ],
  ])('the region stays the region: %s', (text, region) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(region);
  });
});

// A comparison past a semicolon: the force's own clause names another conflict, and the
// Karabakh anchor is in the other clause. A comma does not part clauses.
describe('the Russian peacekeepers in a clause of their own', () => {
  test.each([
    [
      'In Transnistria such interests have kept Russian peacekeepers there for thirty years; in Karabakh they stayed for less than four.',
      [],
    ],
    ['Russian peacekeepers stayed in Karabakh for three years; in Transnistria they have stayed for thirty.', ['Russian peacekeepers']],
    ['Russian peacekeepers in Karabakh, unlike those in Transnistria, left early.', ['Russian peacekeepers']],
  ])('%s', (text, force) => {
    expect(mentionTexts(text, 'rmc')).toEqual(force);
  });
});

// Only a place word right by a quoted name undoes the quotes: an event of the region a word
// or more away, or a place word further off, is the sentence's other part.
describe('a quoted name with an event of the region a word away is still the title', () => {
  test.each([
    'Müharibə illərində «Qarabağ»ın azarkeşləri çox idi.',
    'DQ münaqişəsinin ən ağır illərində «Qarabağ»ın azarkeşlərinin böyük hissəsi Bakıda yaşayırdı.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'karabakh').filter((t) => t !== 'DQ')).toEqual([]);
  });

  test('a place word right by it undoes the quotes', () => {
    expect(mentionTexts('The region of “Karabakh” was contested after 1988.', 'karabakh')).toEqual(['Karabakh']);
  });
});

// The force or the statement, accepted from its own words, says its sentence is about the
// region's affairs, as a town of the conflict does: a bare name beside it is left to the page
// (here a page about the statement), though a word of another sense is in the sentence.
test('the force in a sentence anchors a bare name there', () => {
  const text =
    'The trilateral statement of 10 November 2020 ended the war.\nIts point 9 gave the Kremlin a second foothold to match the first: alongside Russia’s peacekeeping contingent in Karabakh, an FSB post on the border.';
  expect(mentionTexts(text, 'karabakh')).toEqual(['Karabakh']);
});

// Where a rug comes from names the region, but on a rug page it says nothing of what the page's
// bare names are: a provenance line does not outweigh the rug names around it.
test('a provenance line is a place only: the bare names of a rug page stay the rug', () => {
  const text = [
    '101 | Tapis Karabagh dit « Chelaberd », fond rouge, vers 1900 | 2 500 €',
    '102 | Tapis du Karabagh à médaillon, 260 x 140 cm. Provenance : région de Choucha, Karabagh ; collection du Dr. M. | 3 000 €',
    '103 | Galerie Karabagh à décor de botehs, 480 x 105 cm | 800 €',
    '104 | Tapis Karabagh-Kazak, laine sur laine | 700 €',
    'Le lot 102, un tapis tissé dans le Haut-Karabakh vers 1907, a été adjugé 4 953 €.',
  ].join('\n');
  expect(mentionTexts(text, 'karabakh')).toEqual(['Karabagh', 'Haut-Karabakh']);
});

// A name of the force in a paragraph about another conflict's force is that force, unless the
// paragraph names Karabakh or a place of the conflict. Ukraine does not count here: news of the
// contingent names the war beside it. A statement is compared with other agreements, so its
// names keep to their sentence.
describe('the force in a paragraph about another conflict', () => {
  test.each([
    [
      'Приднестровье: миротворческая операция с 1992 года. Российский миротворческий контингент сегодня насчитывает около 400 военнослужащих.\nВ Нагорном Карабахе российские миротворцы стояли с 2020 по 2024 год.',
      ['российские миротворцы'],
    ],
    [
      'Qazaxıstanda KTMT qüvvələri yanvarda Almatıda idi. Kontingentin əsas hissəsini Rusiya sülhməramlıları təşkil edirdi.\nQarabağda isə Rusiya sülhməramlıları 2024-cü ilə qədər qaldı.',
      ['Rusiya sülhməramlıları'],
    ],
  ])('%s', (text, force) => {
    expect(mentionTexts(text, 'rmc')).toEqual(force);
  });

  test.each([
    [
      'Nagorno-Karabakh, 2022.\nAfter the invasion of Ukraine, Moscow moved units north. The Russian peacekeepers were thinned out.',
      ['Russian peacekeepers'],
    ],
  ])('the war in Ukraine beside the force does not make it another: %s', (text, force) => {
    expect(mentionTexts(text, 'rmc')).toEqual(force);
  });

  test('a statement compared with other missions keeps its name', () => {
    const text =
      'Bergkarabach, 2020 bis 2024.\nHintergrund: Das Mandat beruhte allein auf der gemeinsamen Erklärung der drei Staaten. Anders als die UN-Friedenstruppen im Libanon unterstand das Kontingent Moskau.';
    expect(mentionTexts(text, 'trilateral-statement')).toEqual(['gemeinsamen Erklärung']);
  });
});

// The paragraph's words are read once: those of sentences already read for their own names are
// reused, the rest read then. Here the only football word is in the sentence of another name.
test('a word of another sense in the sentence of another name in the paragraph counts', () => {
  const text = 'Nagorno-Karabakh lies in the South Caucasus.\nQarabag won the league again. Karabakh fans sang all night.';
  expect(mentionTexts(text, 'karabakh')).toEqual(['Nagorno-Karabakh']);
});
