/**
 * Issue 14, session 8: probes written for this project (none taken from the corpus) for the
 * statement's names as news in each language writes them, and their near misses:
 * - its official title, "Statement by the President of the Republic of Azerbaijan, the Prime
 *   Minister of the Republic of Armenia and the President of the Russian Federation", in
 *   English, Russian, German and French;
 * - the night it was signed as a range ("the November 9-10 agreement"), "the 2020 peace deal",
 *   "Russian-mediated";
 * - French armistice du 10 novembre, accord de paix de novembre, accord parrainé par Moscou;
 * - Azerbaijani "three" in figures (3 tərəfli bəyanat);
 * - a month opening the next clause after a comma (", on 1 December Lachin was returned") is
 *   the statement's own timeline, not another text's date.
 * - German Waffenstillstand von 2020, Abkommen vom November 2020, russisch vermittelt;
 * - "truce agreement", and the Azerbaijani side's "act of capitulation" in English and Russian;
 * - the statement's own humanitarian clauses (prisoner exchange, aid) in its sentence are not
 *   the October humanitarian truce;
 * - Ukraine in a sentence that names Karabakh is the war that distracted Russia, not the 1994
 *   Ukraine statement.
 * The force's names: probes-session8-force.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

const OFFICIAL_EN =
  'Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation';
const OFFICIAL_RU =
  'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации';
const OFFICIAL_DE =
  'Erklärung des Präsidenten der Republik Aserbaidschan, des Premierministers der Republik Armenien und des Präsidenten der Russischen Föderation';
const OFFICIAL_FR =
  "Déclaration du président de la République d'Azerbaïdjan, du Premier ministre de la République d'Arménie et du président de la Fédération de Russie";

describe('the official title names the statement in every language', () => {
  test.each([
    [`The ${OFFICIAL_EN} ended the Karabakh war.`, OFFICIAL_EN],
    // kremlin.ru writes the offices without articles.
    [
      'Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation on Karabakh.',
      'Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation',
    ],
    [`${OFFICIAL_RU} положило конец войне в Карабахе.`, OFFICIAL_RU],
    [`Die ${OFFICIAL_DE} beendete den Krieg um Bergkarabach.`, OFFICIAL_DE],
    [`La ${OFFICIAL_FR.replace('D', 'd')} a mis fin à la guerre du Haut-Karabakh.`, OFFICIAL_FR.replace('D', 'd')],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    // One leader's statement is not the three leaders' one.
    'The statement by the President of the Republic of Azerbaijan on Karabakh was read out.',
    'Заявление Президента Азербайджанской Республики о Карабахе было опубликовано.',
    'Die Erklärung des Präsidenten der Republik Aserbaidschan zu Bergkarabach wurde verlesen.',
  ])('not the three leaders’ statement: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('English: the night as a range, the 2020 peace deal, Russian-mediated', () => {
  test.each([
    ['The November 9-10 agreement ended the Karabakh war.', 'November 9-10 agreement'],
    ['The statement of 9-10 November ended the Karabakh war.', 'statement of 9-10 November'],
    ['The 9–10 November ceasefire ended the Karabakh war.', '9–10 November ceasefire'],
    ['The agreement of November 9th-10th ended the Karabakh war.', 'agreement of November 9th-10th'],
    ['The 2020 peace deal ended the Karabakh war.', '2020 peace deal'],
    ['Under the 2020 agreement, Russian peacekeepers deployed to Karabakh.', '2020 agreement'],
    ['The Nov. 10, 2020, cease-fire ended the Karabakh war.', 'Nov. 10, 2020, cease-fire'],
    ['The trilateral peace deal ended the Karabakh war.', 'trilateral peace deal'],
    ['The October ceasefire collapsed in Karabakh; the November ceasefire held.', 'November ceasefire'],
    ['The Russian-mediated ceasefire agreement ended the Karabakh war.', 'Russian-mediated ceasefire agreement'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each(['The 2016 peace deal never came, and Karabakh stayed at war.', 'The 2023 peace agreement talks on Karabakh went nowhere.'])(
    'another year is another text: %s',
    (text) => {
      expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
    },
  );
});

describe('French: armistice du 10 novembre, accord de paix de novembre, accord parrainé par Moscou', () => {
  test.each([
    ["L'armistice du 10 novembre a mis fin à la guerre du Haut-Karabakh.", 'armistice du 10 novembre'],
    ["L'accord de paix de novembre a mis fin à la guerre du Haut-Karabakh.", 'accord de paix de novembre'],
    ["L'armistice de novembre 2020 a mis fin à la guerre du Haut-Karabakh.", 'armistice de novembre 2020'],
    ["L'accord parrainé par Moscou a mis fin à la guerre du Haut-Karabakh.", 'accord parrainé par Moscou'],
    ["L'accord de paix négocié par la Russie a mis fin à la guerre du Haut-Karabakh.", 'accord de paix négocié par la Russie'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    "L'armistice du 11 novembre 1918 n'a rien à voir avec le Haut-Karabakh.",
    // The humanitarian truce of October 2020 was agreed in Moscow too.
    "La trêve humanitaire négociée à Moscou en octobre n'a pas tenu au Haut-Karabakh ; l'accord négocié par Moscou le 10 octobre non plus.",
  ])('not the statement: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('German: the ceasefire of 2020, the agreement of November 2020', () => {
  test.each([
    ['Der Waffenstillstand von 2020 beendete den Krieg um Bergkarabach.', 'Waffenstillstand von 2020'],
    ['Die Waffenruhe im November 2020 beendete den Krieg um Bergkarabach.', 'Waffenruhe im November 2020'],
    ['Das Friedensabkommen vom November 2020 beendete den Krieg um Bergkarabach.', 'Friedensabkommen vom November 2020'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each(['Die Waffenruhe von 2016 in Bergkarabach hielt nicht.', 'Das Friedensabkommen vom November 2023 für Bergkarabach kam nie.'])(
    'another year: %s',
    (text) => {
      expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
    },
  );
});

describe('a truce agreement, the act of capitulation, Russian-brokered in German, the leaders', () => {
  test.each([
    [
      'Die Erklärung der Staatschefs Russlands, Armeniens und Aserbaidschans beendete den Krieg in Bergkarabach.',
      'Erklärung der Staatschefs Russlands, Armeniens und Aserbaidschans',
    ],
    [
      'Заявление глав государств России, Азербайджана и Армении положило конец войне в Карабахе.',
      'Заявление глав государств России, Азербайджана и Армении',
    ],
    ['The truce agreement of November 2020 ended the Karabakh war.', 'truce agreement'],
    ['Aliyev said Armenia signed an act of capitulation in Karabakh.', 'act of capitulation'],
    ['Алиев назвал документ актом о капитуляции Армении в Карабахе.', 'актом о капитуляции'],
    ['Die russisch vermittelte Waffenruhe beendete den Krieg um Bergkarabach.', 'russisch vermittelte Waffenruhe'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    'The humanitarian truce agreement of October 10 collapsed in Karabakh.',
    'Germany signed the act of capitulation in 1945, long before anyone spoke of Karabakh.',
    // Without Russia among the leaders it is one of their other statements.
    'Die Erklärung der Präsidenten Armeniens und Aserbaidschans zu Bergkarabach wurde in Brüssel verlesen.',
  ])('another text: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe("the statement's humanitarian clauses are not the humanitarian truce", () => {
  test.each([
    ['The trilateral statement also covered humanitarian issues such as the exchange of prisoners in Karabakh.', 'trilateral statement'],
    ['Under the ceasefire agreement, humanitarian aid reached Stepanakert through the Lachin corridor.', 'ceasefire agreement'],
    ["L'accord tripartite prévoit un échange de prisonniers et l'aide humanitaire au Haut-Karabakh.", 'accord tripartite'],
    ['Üçtərəfli bəyanat humanitar məsələləri də əhatə edirdi, Qarabağda əsir mübadiləsi nəzərdə tutulurdu.', 'Üçtərəfli bəyanat'],
    ['Трехстороннее заявление предусматривало гуманитарный обмен пленными в Карабахе.', 'Трехстороннее заявление'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    'The humanitarian ceasefire agreement collapsed in Karabakh within hours.',
    "L'accord de cessez-le-feu humanitaire a échoué au Haut-Karabakh.",
    'Humanitar atəşkəs razılaşması Qarabağda pozuldu.',
    'Гуманитарное соглашение о прекращении огня в Карабахе нарушено.',
    'The ceasefire agreement reached in Moscow for humanitarian purposes collapsed in Karabakh.',
  ])('the truce: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('Ukraine beside Karabakh is the war that distracted Russia, not the 1994 statement', () => {
  test.each([
    ['Since the invasion of Ukraine, Russia has been unable to enforce the trilateral statement on Karabakh.', 'trilateral statement'],
    ['With its army bogged down in Ukraine, Moscow let the ceasefire agreement on Nagorno-Karabakh erode.', 'ceasefire agreement'],
    ['Russia, distracted by Ukraine, failed to uphold the trilateral statement that ended the Karabakh war.', 'trilateral statement'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    'The trilateral statement of 1994 on Ukraine’s nuclear arsenal was signed by Clinton, Yeltsin and Kravchuk.',
    'Nagorno-Karabakh is not the topic here. The Trilateral Statement on Ukraine was signed in Moscow.',
    'Nagorno-Karabakh aside, the Trilateral Statement on Ukraine’s nuclear weapons was signed in Moscow.',
  ])('the 1994 statement: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

describe('Azerbaijani writes "three-sided" with the figure too; the date with the ceasefire', () => {
  test.each([
    ['10 noyabr atəşkəsi Qarabağ müharibəsini bitirdi.', '10 noyabr atəşkəsi'],
    ['10 Kasım ateşkesi Karabağ savaşını bitirdi.', '10 Kasım ateşkesi'],
    ['3 tərəfli bəyanat Qarabağ müharibəsini bitirdi.', '3 tərəfli bəyanat'],
    ['3-tərəfli bəyanatın şərtləri Qarabağda yerinə yetirildi.', '3-tərəfli bəyanatın'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });
});

describe("a month or year opening the next clause is the statement's timeline, not another text's date", () => {
  test.each([
    ['Under the trilateral statement, in December 2020 Armenia handed Lachin back to Azerbaijan.', 'trilateral statement'],
    ['Per the trilateral statement, on 1 December Lachin was returned to Azerbaijan.', 'trilateral statement'],
    ['Following the ceasefire agreement, in early December Armenia handed Lachin back to Azerbaijan.', 'ceasefire agreement'],
    ['Üçtərəfli bəyanata əsasən, dekabrın 1-də Laçın rayonu Azərbaycana qaytarıldı.', 'Üçtərəfli bəyanata'],
    ['Согласно трехстороннему заявлению, в декабре Лачинский район был возвращен Азербайджану.', 'трехстороннему заявлению'],
    ['Under the trilateral statement, in 2021 Armenia was to open transport links through Karabakh.', 'trilateral statement'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test.each([
    'The trilateral statement of 11 January on unblocking transport links in Karabakh.',
    'The ceasefire agreement of 10 October collapsed in Karabakh.',
    'The ceasefire agreement, reached in October, collapsed in Karabakh.',
    'The Moscow agreement (October 10) collapsed in Karabakh.',
    'The ceasefire agreement, on 10 October 2020, collapsed in Karabakh.',
    'The ceasefire agreement, in 1994, ended the first Karabakh war.',
    'The trilateral statement of 2022 on Karabakh was adopted.',
  ])('another date still makes it another text: %s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});
