/**
 * Issue 14, session 9: probes written for this project (none taken from the corpus) for the
 * statement's names in Azerbaijani by its grammar, where the noun comes last: "the three
 * sides' statement" (*üç tərəfin bəyanatı*) beside the "three-sided" one (*üçtərəfli*), and
 * "the statement of the three countries' leaders" (*üç ölkə liderlərinin bəyanatı*), the three
 * countries named (*Azərbaycan, Rusiya və Ermənistan liderlərinin bəyanatı*, in any order) and
 * its official title (*… Rusiya Federasiyasının Prezidentinin Bəyanatı*), as the
 * English, Russian and German leaders' statements count; French "the ceasefire brokered
 * (negotiated, sponsored) by Moscow (Russia)" as the agreement so brokered already counts.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

describe('Azerbaijani: the three sides, the three countries’ leaders', () => {
  test.each([
    ['Üç tərəfin bəyanatı Qarabağ müharibəsini dayandırdı.', 'Üç tərəfin bəyanatı'],
    ['Üç tərəfin imzaladığı bəyanata əsasən Laçın qaytarıldı.', 'Üç tərəfin imzaladığı bəyanata'],
    ['Üç ölkə liderlərinin bəyanatı Qarabağ müharibəsini bitirdi.', 'Üç ölkə liderlərinin bəyanatı'],
    ['Üç ölkənin liderlərinin imzaladığı bəyanat Qarabağda icra olunur.', 'Üç ölkənin liderlərinin imzaladığı bəyanat'],
    ['Üç dövlət başçısının birgə bəyanatı Qarabağda atəşkəs yaratdı.', 'Üç dövlət başçısının birgə bəyanatı'],
    [
      'Azərbaycan, Rusiya və Ermənistan liderlərinin bəyanatı Qarabağ müharibəsini dayandırdı.',
      'Azərbaycan, Rusiya və Ermənistan liderlərinin bəyanatı',
    ],
    [
      'Azərbaycan Respublikasının Prezidenti, Ermənistan Respublikasının Baş naziri və Rusiya Federasiyasının Prezidentinin Bəyanatı Qarabağda imzalandı.',
      'Azərbaycan Respublikasının Prezidenti, Ermənistan Respublikasının Baş naziri və Rusiya Federasiyasının Prezidentinin Bəyanatı',
    ],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    // Another document's place or year beside it, as for every name of the statement.
    'Üç tərəfin bəyanatı Soçidə qəbul edildi, Qarabağ da müzakirə olundu.',
    'Üç ölkə liderlərinin 2021-ci il bəyanatı Qarabağ haqqında idi.',
    // The three sides without a statement's noun.
    'Üç tərəfin nümayəndələri Qarabağda görüşdü.',
    // Azerbaijan's other three-way formats name another country; a later year dates another text.
    'Azərbaycan, Türkiyə və Gürcüstan liderlərinin bəyanatı Qarabağdan bəhs edir.',
    'Azərbaycan, Ermənistan və Rusiya liderlərinin 2021-ci il bəyanatı Soçidə qəbul edildi.',
  ])('not the statement: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('French: the ceasefire brokered by Moscow, as the agreement is', () => {
  test.each([
    ['Le cessez-le-feu négocié par Moscou a mis fin à la guerre au Haut-Karabakh.', 'cessez-le-feu négocié par Moscou'],
    ['Le cessez-le-feu parrainé par la Russie a mis fin à la guerre au Haut-Karabakh.', 'cessez-le-feu parrainé par la Russie'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    'Le cessez-le-feu négocié par Moscou en Syrie a échoué.',
    'Le cessez-le-feu humanitaire négocié par Moscou en octobre au Haut-Karabakh a échoué.',
  ])('not the statement: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('Turkish and Armenian: the leaders named, the ceasefire memorandum, the dated document', () => {
  test.each([
    [
      'Rusya, Azerbaycan ve Ermenistan liderlerinin imzaladığı bildiri Karabağ savaşını bitirdi.',
      'Rusya, Azerbaycan ve Ermenistan liderlerinin imzaladığı bildiri',
    ],
    ['Ateşkes mutabakatı Karabağ savaşını bitirdi.', 'Ateşkes mutabakatı'],
    ['Նոյեմբերի 9-ի փաստաթուղթը Արցախում գործում էր։', 'Նոյեմբերի 9-ի փաստաթուղթը'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    'Azerbaycan, Türkiye ve Gürcistan liderlerinin imzaladığı bildiri Karabağ hakkındaydı.',
    "Ateşkes mutabakatı Suriye'de İdlib için imzalandı.",
  ])('not the statement: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('German: the agreement on the cessation of hostilities', () => {
  test.each([
    [
      'Die Vereinbarung über die Einstellung der Kampfhandlungen beendete den Krieg in Bergkarabach.',
      'Vereinbarung über die Einstellung der Kampfhandlungen',
    ],
    [
      'Das Abkommen zur vollständigen Einstellung aller Kampfhandlungen galt in Bergkarabach.',
      'Abkommen zur vollständigen Einstellung aller Kampfhandlungen',
    ],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test('not the statement: another conflict', () => {
    expect(mentionTexts('Die Vereinbarung über die Einstellung der Kampfhandlungen in Syrien scheiterte.', 'trilateral-statement')).toEqual(
      [],
    );
  });

  // German writes east Ukraine as one word: on a page about Karabakh, the Minsk ceasefire
  // in *Ostukraine* is not the November statement.
  test('not the statement: east Ukraine, one word in German, even on a page about Karabakh', () => {
    const page = [
      'Die Vereinbarung über die Einstellung der Kampfhandlungen in der Ostukraine wurde 2015 in Minsk unterzeichnet.',
      'Russische Friedenstruppen blieben bis 2024 in Bergkarabach.',
    ].join(' ');
    expect(mentionTexts(page, 'trilateral-statement')).toEqual([]);
  });
});
