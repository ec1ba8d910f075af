/**
 * Issue 14, second pass: names of the force and the statement from each language's grammar
 * (Azerbaijani cases and participles, the night of 9–10 November, coordination, lookalike
 * letters). Every probe is a sentence written for this project, none taken from the corpus;
 * each stands for a kind of phrase, with the same kind of phrase about something else
 * beside it where one could be mistaken for it.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';
import type { Mention } from '../../../core/entities';
import { findMentions } from '../../../core/detect/matcher';

describe('Azerbaijani names of the force and the statement, from the grammar', () => {
  const LEAD = 'Dağlıq Qarabağ müharibəsi 2020-ci ildə başa çatdı. ';
  const found = (probe: string, entity: Mention['entity']) =>
    findMentions(LEAD + probe)
      .filter((m) => m.start >= LEAD.length && m.entity === entity)
      .map((m) => (LEAD + probe).slice(m.start, m.end));

  test.each([
    // "of the armed forces" between the country and the force, as Armenian and Russian say it
    ['Rusiya Silahlı Qüvvələrinin sülhməramlı kontingenti getdi.', 'Rusiya Silahlı Qüvvələrinin sülhməramlı kontingenti'],
    ['Rusiya Federasiyası Silahlı Qüvvələrinin sülhməramlı bölməsi getdi.', 'Rusiya Federasiyası Silahlı Qüvvələrinin sülhməramlı bölməsi'],
    // "peace-minded" written apart, and the force's nouns (troops, servicemen, unit, soldiers) in any case
    ['Rusiya sülh məramlı qoşunları getdi.', 'Rusiya sülh məramlı qoşunları'],
    ['Rus sülhməramlı hərbçilərinə hücum olmayıb.', 'Rus sülhməramlı hərbçilərinə'],
    ['Rusiya sülhməramlı əsgərləri getdi.', 'Rusiya sülhməramlı əsgərləri'],
    // RF, the abbreviation of Rusiya Federasiyası; where the force is ("in the region") between the country and the force
    ['RF sülhməramlıları getdi.', 'RF sülhməramlıları'],
    ['Rusiyanın bölgədəki sülhməramlıları getdi.', 'Rusiyanın bölgədəki sülhməramlıları'],
  ])('the force: %s', (probe, span) => {
    expect(found(probe, 'rmc')).toEqual([span]);
  });

  test.each([
    ['Üçtərəfli anlaşmaya əməl edilir.', 'Üçtərəfli anlaşmaya'],
    // an Azerbaijani date in figures starts with a number, which cannot be a trigger head (it
    // would wake the detector on every page with a 10): the name after it still counts
    ['10.11.2020-ci il tarixli üçtərəfli bəyanat icra olunur.', 'üçtərəfli bəyanat'],
    // "the night from the 9th to the 10th"
    ['Noyabrın 9-dan 10-na keçən gecə imzalanmış bəyanat müharibəni bitirdi.', 'Noyabrın 9-dan 10-na keçən gecə imzalanmış bəyanat'],
  ])('the statement: %s', (probe, span) => {
    expect(found(probe, 'trilateral-statement')).toEqual([span]);
  });

  test.each([
    ['ru', 'Война в Нагорном Карабахе закончилась. Заявлением от 10.11.2020 завершилась война.', 'Заявлением от 10.11.2020'],
    ['de', 'Der Krieg um Berg-Karabach endete. Die Erklärung vom 10.11.2020 hielt.', 'Erklärung vom 10.11.2020'],
    ['fr', "La guerre au Haut-Karabakh s'est arrêtée. L'accord de cessation des hostilités a tenu.", 'accord de cessation des hostilités'],
    ['fr', "La guerre au Haut-Karabakh s'est arrêtée. L'accord d'arrêt des hostilités a tenu.", "accord d'arrêt des hostilités"],
  ])('the date in figures, the end of hostilities, %s: %s', (_lang, text, span) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([span]);
  });

  test.each([
    ['fr', "La guerre au Haut-Karabakh s'est arrêtée. Les soldats de la paix de Moscou sont partis.", 'soldats de la paix de Moscou'],
  ])('Moscow for Russia, %s: %s', (_lang, text, span) => {
    expect(mentionTexts(text, 'rmc')).toEqual([span]);
  });
});

describe('more names from each language’s grammar: the night of 9–10 November, an agreement on a ceasefire, loanwords', () => {
  test.each([
    ['de', 'Bergkarabach. Die russischen Peacekeeping-Truppen zogen ab.', 'russischen Peacekeeping-Truppen'],
    ['de', 'Bergkarabach. Die russische Schutztruppe zog ab.', 'russische Schutztruppe'],
    ['de', 'Bergkarabach. Russlands Militärkontingent zog ab.', 'Russlands Militärkontingent'],
  ])('the force, %s: %s', (_lang, text, span) => {
    expect(mentionTexts(text, 'rmc')).toEqual([span]);
  });

  test.each([
    ['de', 'Bergkarabach. Die Vereinbarung über eine vollständige Waffenruhe hielt.', 'Vereinbarung über eine vollständige Waffenruhe'],
    ['de', 'Bergkarabach. Das Abkommen über den Waffenstillstand hielt.', 'Abkommen über den Waffenstillstand'],
    [
      'en',
      'Nagorno-Karabakh. The agreement signed on the night of 9-10 November ended the war.',
      'agreement signed on the night of 9-10 November',
    ],
    [
      'en',
      'Nagorno-Karabakh. The statement signed overnight on November 9-10 ended the war.',
      'statement signed overnight on November 9-10',
    ],
    [
      'fr',
      "Haut-Karabakh. L'accord conclu dans la nuit du 9 au 10 novembre a mis fin à la guerre.",
      'accord conclu dans la nuit du 9 au 10 novembre',
    ],
    ['fr', "Haut-Karabakh. L'accord signé le 10 novembre a mis fin à la guerre.", 'accord signé le 10 novembre'],
    ['ru', 'Нагорный Карабах. Подписанное в ночь на 10 ноября заявление соблюдается.', 'Подписанное в ночь на 10 ноября заявление'],
    ['fr', 'Haut-Karabakh. La déclaration de cessez-le-feu a tenu.', 'déclaration de cessez-le-feu'],
    ['de', 'Bergkarabach. Das Abkommen zur Waffenruhe hielt.', 'Abkommen zur Waffenruhe'],
    ['de', 'Bergkarabach. Das Abkommen vom 9. auf den 10. November hielt.', 'Abkommen vom 9. auf den 10. November'],
    ['ru', 'Нагорный Карабах. Заявление о полном прекращении огня соблюдается.', 'Заявление о полном прекращении огня'],
    ['ru', 'Нагорный Карабах. Соглашение о прекращении боевых действий соблюдается.', 'Соглашение о прекращении боевых действий'],
    ['az', 'Dağlıq Qarabağ. Atəşkəs müqaviləsi imzalandı.', 'Atəşkəs müqaviləsi'],
    ['az', 'Dağlıq Qarabağ. Atəşkəs razılığı əldə olundu.', 'Atəşkəs razılığı'],
  ])('the statement, %s: %s', (_lang, text, span) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([span]);
  });

  test.each([
    'Bergkarabach. Das Abkommen über die Waffenruhe von 1994 hielt bis 2016.',
    "Haut-Karabakh. L'accord conclu le 10 octobre à Moscou n'a pas tenu.",
    'Dağlıq Qarabağ. 1994-cü il atəşkəs müqaviləsi Bişkekdə imzalanıb.',
    'Нагорный Карабах. Заявление о прекращении огня 1994 года соблюдалось.',
  ])('another date stays another document: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('Azerbaijani ə typed as the turned e ǝ or the Cyrillic schwa ә is still ə', () => {
  test.each([
    ['Dağlıq Qarabağ. Rusiya sülhm\u01DDramlıları getdi.', 'rmc', 'Rusiya sülhm\u01DDramlıları'],
    ['Dağlıq Qarabağ. Rusiya sülhm\u04D9ramlıları getdi.', 'rmc', 'Rusiya sülhm\u04D9ramlıları'],
    ['Dağlıq Qarabağ. RUSİYA SÜLHM\u018ERAMLILARI GETDİ.', 'rmc', 'RUSİYA SÜLHM\u018ERAMLILARI'],
    [
      'Dağlıq Qarabağ. \u00DC\u00E7t\u01DDr\u01DDfli b\u01DDyanat imzalandı.',
      'trilateral-statement',
      '\u00DC\u00E7t\u01DDr\u01DDfli b\u01DDyanat',
    ],
    ['K\u04D9lb\u04D9c\u04D9r azad edildi, Rusiya sülhməramlıları getdi.', 'rmc', 'Rusiya sülhməramlıları'],
  ] as const)('%s', (text, entity, span) => {
    expect(mentionTexts(text, entity)).toEqual([span]);
  });

  test('the lookalikes are not a wildcard: a plain word with ǝ is no name', () => {
    expect(findMentions('Bu sǝhifǝ haqqında.')).toEqual([]);
  });
});

describe('the Russian force coordinated with the Turkish one is named by the whole phrase', () => {
  test.each([
    ['Nagorno-Karabakh war. Russian and Turkish peacekeepers will monitor the ceasefire.', 'Russian and Turkish peacekeepers'],
    ['Bergkarabach. Russische und türkische Friedenstruppen sollen die Lage überwachen.', 'Russische und türkische Friedenstruppen'],
    ['Нагорный Карабах. Российские и турецкие миротворцы будут следить за перемирием.', 'Российские и турецкие миротворцы'],
  ])('%s', (text, span) => {
    expect(mentionTexts(text, 'rmc')).toEqual([span]);
  });

  test('Turkish peacekeepers alone are not the contingent', () => {
    expect(mentionTexts('Nagorno-Karabakh war. Turkish peacekeepers were never deployed.', 'rmc')).toEqual([]);
  });
});

describe('English truce and armistice beside the November 2020 date', () => {
  test.each([
    ['Nagorno-Karabakh war. The November 2020 truce held.', 'November 2020 truce'],
    ['Nagorno-Karabakh war. The November 10 armistice held.', 'November 10 armistice'],
    ['Nagorno-Karabakh war. The 2020 armistice held.', '2020 armistice'],
  ])('%s', (text, span) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([span]);
  });

  test('another year beside "armistice" is another armistice', () => {
    expect(mentionTexts('Korean war. The 1953 armistice agreement held.', 'trilateral-statement')).toEqual([]);
  });
});
