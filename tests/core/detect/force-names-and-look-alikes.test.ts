/**
 * Issue 14, probes written for this project (none taken from the corpus) for the force's
 * names and its look-alikes, and for Turkish: RMC the French radio on pages about the
 * region, Russian peacekeepers proposed before the deployment or talked of for Ukraine,
 * Turkish names of the force and the statement, and a form whose nested group ends in an
 * optional ending (a trigger bug). Statements and the club: other-texts-and-club-names.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';
import { defaultLexicon, type Lexicon } from '../../../core/detect/lexicon';
import { findMentions } from '../../../core/detect/matcher';

describe('Turkish names of the force and the statement, and other places Russian peacekeepers served', () => {
  test.each([
    ["Rus barış gücü 2024'te Karabağ'dan ayrıldı.", 'Rus barış gücü'],
    ["Rusya'nın barış gücü Karabağ'dan çekildi.", "Rusya'nın barış gücü"],
    ["Rus barış gücünün komutanı Hankendi'de açıklama yaptı.", 'Rus barış gücünün'],
    ['Rus barışı koruma güçleri Laçin koridorunu kontrol ediyordu.', 'Rus barışı koruma güçleri'],
  ])('the force: %s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    ["10 Kasım 2020 tarihli üçlü bildiri Karabağ'daki savaşı sona erdirdi.", '10 Kasım 2020 tarihli üçlü bildiri'],
    ['Üçlü bildiriye göre Laçin koridoru açık kalacaktı.', 'Üçlü bildiriye'],
  ])('the statement: %s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    "Rusya'nın Kazakistan'daki barış gücü geri çekildi.",
    "Rus barış gücü Transdinyester'de 1992'den beri bulunuyor.",
    'Rusiya sülhməramlıları Abxaziyada 1994-cü ildən idi.',
    'Russische Friedenstruppen waren in Tadschikistan stationiert.',
    "Türkiye, Rusya ve İran üçlü bildiri yayımladı; Astana'da Suriye konuşuldu.",
  ])('not ours: %s', (text) => {
    expect(findMentions(text)).toEqual([]);
  });
});

describe('French names the radio RMC without an article, the contingent with one', () => {
  test.each([
    'Interrogé sur RMC, le ministre a évoqué le Haut-Karabakh.',
    'Selon RMC, le Haut-Karabakh est vide.',
    'Au micro de RMC, il a parlé du Haut-Karabakh.',
    'Il a déclaré à RMC que le Haut-Karabakh était perdu.',
    "« Nous n'abandonnerons pas l'Arménie », a déclaré le président sur BFMTV et RMC à propos du Haut-Karabakh.",
  ])('the radio: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
    expect(mentionTexts(text, 'karabakh')).toEqual(['Haut-Karabakh']);
  });

  // On a page that names the force in words, as a page meaning it does (needsNameOnPage).
  const FORCE = 'Les soldats de la paix russes sont arrivés au Haut-Karabakh en novembre 2020. ';
  test.each([
    'Le RMC a quitté le Haut-Karabakh.',
    'Les tirs sur le RMC au Haut-Karabakh ont cessé.',
    'Le commandant du RMC au Haut-Karabakh a été remplacé.',
  ])('the contingent: %s', (text) => {
    expect(mentionTexts(FORCE + text, 'rmc')).toEqual(['soldats de la paix russes', 'RMC']);
  });

  test.each(['Selon RMC, le Haut-Karabakh est vide.', 'Il a déclaré à RMC que le Haut-Karabakh était perdu.'])(
    'the radio, on a page that names the force too: %s',
    (text) => {
      expect(mentionTexts(FORCE + text, 'rmc')).toEqual(['soldats de la paix russes']);
    },
  );
});

describe('an acronym counts only on a page that also names the force in words', () => {
  test.each([
    // A French football report on RMC Sport: the club's history names Karabakh, never the force.
    "Le Qarabağ FK, originaire d'Agdam, joue à Bakou depuis la guerre du Haut-Karabakh. Sur RMC Sport, l'analyse du match. Les consultants de RMC ont salué le pressing des Azerbaïdjanais.",
    'Nagorno-Karabakh. The RMC withdrew from Stepanakert.',
    'Война в Нагорном Карабахе длилась 44 дня. Командование РМК сообщило о нарушении.',
    'Qarabağ müharibəsi 44 gün davam etdi. RSK-nın komandanı dəyişdi.',
  ])('never named: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });

  test.each([
    [
      'The Russian Military Contingent (RMC) arrived in Nagorno-Karabakh. The RMC withdrew from Stepanakert.',
      ['Russian Military Contingent', 'RMC', 'RMC'],
    ],
    // Named anywhere on the page, after the acronym too.
    ['Nagorno-Karabakh. The RMC withdrew from Stepanakert. Russian peacekeepers had stayed three years.', ['RMC', 'Russian peacekeepers']],
    [
      'Война в Нагорном Карабахе длилась 44 дня. Российский миротворческий контингент (РМК) ушёл. Командование РМК сообщило о нарушении.',
      ['Российский миротворческий контингент', 'РМК', 'РМК'],
    ],
    [
      'Qarabağ müharibəsi 44 gün davam etdi. Rusiya sülhməramlı kontingenti (RSK) çıxıb. RSK-nın komandanı dəyişdi.',
      ['Rusiya sülhməramlı kontingenti', 'RSK', 'RSK'],
    ],
  ])('named: %s', (text, names) => {
    expect(mentionTexts(text, 'rmc')).toEqual(names);
  });
});

describe('Russian peacekeepers proposed before the deployment were never the contingent', () => {
  test.each([
    'In 1994 Russia proposed deploying Russian peacekeepers in Karabakh, which Azerbaijan refused.',
    'Back in the 1990s, Moscow pushed for Russian peacekeepers in Nagorno-Karabakh.',
    'The Lavrov plan of 2016 foresaw Russian peacekeepers in the districts around Karabakh.',
    'В 1994 году Москва предлагала ввести российских миротворцев в Карабах.',
    'В 1990-х Москва предлагала российских миротворцев для Карабаха.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });

  test.each([
    ['Russian peacekeepers arrived in Karabakh in November 2020, the first Russian troops there since 1992.', 'Russian peacekeepers'],
    ['Russian peacekeepers patrolled Karabakh until 2024.', 'Russian peacekeepers'],
  ])('a year of the deployment in the sentence keeps it: %s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });
});

describe('a form whose nested group ends in an optional ending still finds the longer word', () => {
  test('"Rusiyanın sülhməramlı kontingenti" is found through the stem "rusiya"', () => {
    const lexicon = structuredClone(defaultLexicon) as Lexicon;
    lexicon.families = lexicon.families.map((family) =>
      family.id === 'rmc-peacekeepers' ? { ...family, forms: ['((rusiya|rus){az}?|rf) sülhməramlı{az}?'] } : family,
    );
    const text = 'Rusiyanın sülhməramlı kontingenti Qarabağda idi.';
    expect(mentionTexts(text, 'rmc', lexicon)).toEqual(['Rusiyanın sülhməramlı']);
  });
});

describe('Russian peacekeepers talked of for Ukraine are not the contingent', () => {
  const PAGE = 'Nagorno-Karabakh was a flashpoint for years. ';
  test.each([
    'Russian peacekeepers in Ukraine are not on the table, Kyiv said.',
    'Moscow floated deploying Russian peacekeepers in Ukraine after a ceasefire.',
    'Российские миротворцы на Украине не нужны, заявили в Киеве.',
  ])('%s', (sentence) => {
    expect(mentionTexts(PAGE + sentence, 'rmc')).toEqual([]);
  });

  test('the contingent sent on from Karabakh is still the contingent', () => {
    expect(mentionTexts(`${PAGE}Russian peacekeepers left Karabakh in 2024 and were sent to the front in Ukraine.`, 'rmc')).toEqual([
      'Russian peacekeepers',
    ]);
  });
});
