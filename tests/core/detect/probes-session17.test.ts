/**
 * Session 17's probes of the lexicon and the context rules, written for this project (none
 * taken from the corpus or from the probe pages that showed the need): words of one language
 * read as another's, where a rug or a horse comes from, the end of a term read as another
 * document's date, a fixture's score, and the football club's home town.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

// Turkish "lig" (league) takes the endings that follow a consonant; with the whole Turkish
// chain it read French "ligne" (lig + ne) as a league, so a line of contact, or a page
// "en ligne", made the region's name the club.
describe('French ligne is not a Turkish league', () => {
  test.each([
    ["Les soldats russes tenaient la ligne de contact. C'est la seule route qui relie l'Arménie au Karabakh.", ['Karabakh']],
    ['Publié en ligne le 3 mars : le Karabakh se vide de ses habitants arméniens.', ['Karabakh']],
  ])('%s', (text, names) => {
    expect(mentionTexts(`${text}\nLe Haut-Karabakh a été au cœur de deux guerres.`, 'karabakh')).toEqual([...names, 'Haut-Karabakh']);
  });

  test('the Turkish league is still a league', () => {
    const page = ['Karabağ ligde ikinci sırada.', 'Karabağ, ligin en iyi savunmasına sahip.', 'Maçın golünü Juninho attı.'].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual([]);
  });
});

// Where a rug or a horse comes from is the region, on its own page too (a place only).
describe('an origin line names the place', () => {
  test.each([
    [
      [
        'Карабахская лошадь',
        'Место выведения: Карабах',
        'Карабах — горная верховая порода, известная золотистой мастью.',
        'Карабах отличается выносливостью.',
      ].join('\n'),
      ['Карабах'],
    ],
    [
      [
        'Վիշապագորգ, XIX դ.',
        'Ծագումը՝ Արցախ',
        'Չափսը՝ 312 × 148 սմ, բուրդ բրդի վրա։',
        'Գինը՝ 4 800 000 դրամ։ Ղարաբաղյան գորգ, նոր հանգույցներով։',
      ].join('\n'),
      ['Արցախ'],
    ],
    [
      [
        'Antika Kazak halı, 190 x 130 cm, yün.',
        'Karabağ kaynaklı antika halılar 19. yüzyılda Avrupa pazarında büyük ilgi gördü.',
        'Lampa Karabağ halısı, el dokuması, 4.500 TL.',
        'Bu Karabağ halısı sağlam durumda.',
      ].join('\n'),
      ['Karabağ'],
    ],
  ])('%s', (text, names) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(names);
  });
});

// A provenance with its country, or the mountain villages a rug was knotted in, names the
// place, but no longer makes the page's bare rug names the region: that is the rug page's
// own way of speaking (a place only, like the provenance label).
describe("a rug page's places do not turn its rug names into the region", () => {
  test('German dealer listing', () => {
    const page = [
      'Kaukasische Dorfteppiche: Karabagh und Kasak',
      'Art.-Nr. 101 · Karabagh-Teppich',
      'Herkunft: Karabagh, Südkaukasus · Alter: um 1890',
      'Maße: 268 × 118 cm · Wolle auf Wolle · 4.200 €',
      'Art.-Nr. 102 · Karabagh mit Medaillon',
      'Herkunft: Schuscha, Karabagh · Alter: um 1910',
      'Der Adler-Kasak wurde in den Bergdörfern Karabachs geknüpft.',
      'Unser Karabagh aus dem Katalog hängt jetzt im Flur, schreibt eine Kundin.',
      'Im Handel bezeichnet „Karabagh“ eine Stilgruppe von Teppichen.',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual(['Karabagh', 'Karabagh', 'Karabachs']);
  });
});

// The slogan that the place is Azerbaijan's names the region, even on the club's page.
test("'Karabağ Azerbaycan'dır' names the region beside the club", () => {
  const page = [
    'Karabağ, hazırlık maçında Göztepe ile 2-2 berabere kaldı.',
    "Taraftar yorumu: Karabağ Azerbaycan'dır! Takım da bölge de gururumuz.",
    'Qarabağ Azərbaycandır! Komandamız da çempion olacaq.',
  ].join('\n');
  expect(mentionTexts(page, 'karabakh')).toEqual(['Karabağ', 'Qarabağ']);
});

describe('names of the force and the region', () => {
  test('Turkish: the peacekeeping contingent', () => {
    const page = [
      "Azerbaycan'ın sahadaki üstünlüğü, Rus barış koruma kontingentinin Karabağ'dan erken ayrılmasına yol açtı.",
      "Dağlık Karabağ'da 2020 savaşı 44 gün sürdü.",
    ].join('\n');
    expect(mentionTexts(page, 'rmc')).toEqual(['Rus barış koruma kontingentinin']);
  });

  test('French: karabakhiote', () => {
    expect(mentionTexts('Le précédent karabakhiote a montré les limites de la garantie russe.', 'karabakh')).toEqual(['karabakhiote']);
  });

  test('the Dniester is another conflict', () => {
    const page = [
      'Russische Friedenstruppen am Dnister: ein Einsatz ohne Ende?',
      'Zum Vergleich: In Bergkarabach endete der Einsatz der russischen Friedenstruppen 2024.',
    ].join('\n');
    expect(mentionTexts(page, 'rmc')).toEqual(['russischen Friedenstruppen']);
  });
});

// Where a term ends is no date of another document: "until November 2025" after the name
// is the mandate's end, not a 2025 statement.
describe('the end of a term is not a later document', () => {
  test.each([
    ['Eigentlich hätte das Mandat laut trilateraler Erklärung bis November 2025 gegolten.', ['trilateraler Erklärung']],
    ['Under the trilateral statement the peacekeepers could stay until November 2025.', ['trilateral statement']],
    ['По трехстороннему заявлению мандат действовал до ноября 2025 года.', ['трехстороннему заявлению']],
    ['Üçtərəfli bəyanata görə mandat 2025-ci ilə qədər qüvvədə idi.', ['Üçtərəfli bəyanata']],
  ])('%s', (sentence, names) => {
    const page = `${sentence}\nThe war in Nagorno-Karabakh ended in November 2020; Russian peacekeepers deployed to Karabakh.`;
    expect(mentionTexts(page, 'trilateral-statement')).toEqual(names);
  });

  test('a later year right by the name still dates another statement', () => {
    const page = 'The 2021 trilateral statement opened the transport links.\nRussian peacekeepers deployed to Karabakh in 2020.';
    expect(mentionTexts(page, 'trilateral-statement')).toEqual([]);
  });
});

// A fixture's score between two names is football; a date's span is not.
describe("a fixture's score", () => {
  test('the match report keeps the club out', () => {
    const page = [
      'Qarabag 0-4 Chelsea: Willian double sends the visitors through',
      'The hosts, founded in Agdam, have played in Baku since 1993, when Agdam was captured during the war.',
      'Full time: Qarabag 0-4 Chelsea.',
      'Explained: why Qarabag play their home games far from home',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual([]);
  });

  test.each([
    ['On 3-4 October the fighting in Karabakh spread to Ganja.'],
    ['Between 9-10 November Putin, Aliyev and Pashinyan agreed to stop the war in Karabakh.'],
  ])('%s', (sentence) => {
    expect(mentionTexts(sentence, 'karabakh')).toEqual(['Karabakh']);
  });
});

// The club's home town makes a page about the topic, but never weighs for the region against
// the club: every account of the club's exile names it.
test("a match page full of the club's home town stays a match page", () => {
  const page = [
    'Qarabag beat Sabah 3-1 in front of a full stadium in Baku.',
    'Agdam was captured in 1993 and its people fled east.',
    'Some of the fans have never seen Agdam, the town the club left.',
    'Qarabag will play in Agdam again one day, a supporter said.',
  ].join('\n');
  expect(mentionTexts(page, 'karabakh')).toEqual([]);
});

// French, English, German and Turkish write the region Karabakh, Karabagh, Garabagh or
// Karabağ; the Azerbaijani spelling they borrow, bare and left to the page, is the club's
// name. Azerbaijani text shows itself by its letter ə.
describe('the Azerbaijani spelling in another language is the club', () => {
  test.each([
    [['Photo : les supporters de Qarabağ à Bakou.', 'Le Haut-Karabakh a été repris par l’Azerbaïdjan en 2023.'], ['Haut-Karabakh']],
    [
      ['Aghdam was captured in 1993, during the war over Nagorno-Karabakh.', 'One day Qarabağ will play there again.'],
      ['Nagorno-Karabakh'],
    ],
    [["Dağlık Karabağ'da savaş 2020'de sona erdi.", "Bu akşam Qarabağ'ın konuğu Göztepe olacak."], ["Dağlık Karabağ'da"]],
  ])('%s', (lines, names) => {
    expect(mentionTexts(lines.join('\n'), 'karabakh')).toEqual(names);
  });

  test.each([
    [
      ['Dağlıq Qarabağda müharibə 2020-ci ildə bitdi.', 'Qarabağ gözəldir, biz qayıtdıq.'],
      ['Dağlıq Qarabağda', 'Qarabağ'],
    ],
    [
      ['The war over Nagorno-Karabakh ended in 2020.', 'Azerbaijan calls the Qarabağ region its own.'],
      ['Nagorno-Karabakh', 'Qarabağ'],
    ],
  ])('still the region: %s', (lines, names) => {
    expect(mentionTexts(lines.join('\n'), 'karabakh')).toEqual(names);
  });
});

// Artsakh is the region's Armenian name: no club, decoration or hotel of the other names goes
// by it, so a football page's words do not make it the club; a rug or horse word beside it
// still makes it the rug or the horse (Արցախյան գորգ), but not in a case of place (from Artsakh).
describe('Artsakh on a football page is the region', () => {
  test('Armenian match report', () => {
    const page = [
      'Փյունիկը 2:1 հաշվով հաղթեց, որոշիչ գոլը խփեց Արամ Սարգսյանը։',
      'Նա 2023-ին Արցախից տեղահանվելուց հետո տեղափոխվել էր Երևան։',
      '«Այս գոլը նվիրում եմ բոլոր արցախցիներին», - ասաց ֆուտբոլիստը։',
      'Ադրբեջանի «Ղարաբաղը» նույնպես խաղում է եվրոպական գավաթներում։',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual(['Արցախից', 'արցախցիներին']);
  });

  test('an Artsakh carpet is the carpet, from Artsakh is the place', () => {
    const page = [
      'Արցախյան գորգեր՝ վաճառք և վերականգնում։',
      'Վիշապագորգ, բուրդ, 310 × 150 սմ, գինը՝ 4 000 000 դրամ։',
      'Հարց՝ Գորգերը իսկապե՞ս Արցախից են բերված։',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual(['Արցախից']);
  });
});

// A ceasefire's name that carries its month and year (the only ceasefire of November 2020)
// is the statement, though its sentence compares it with other agreements.
test('the November 2020 ceasefire agreement beside the 1994 protocol', () => {
  const page =
    'By contrast with the October 2020 truces and the 1994 Bishkek Protocol, the November 2020 ceasefire agreement tied the Russian presence to a five-year term.';
  expect(mentionTexts(page, 'trilateral-statement')).toEqual(['November 2020 ceasefire agreement']);
});

// The rug trade names groups right before the name, and the long format after it.
describe("the rug trade's groups and formats", () => {
  test.each([
    ['Los 304 | Lampa-Karabagh mit Rosenmedaillons | um 1900 | 365 × 174 cm'],
    ['Antique Chelaberd Karabagh, wool on wool, 228 × 164 cm.'],
    ['Los 306 | Karabach-Kelleh, florales Feld | 480 × 205 cm'],
  ])('%s', (line) => {
    const page = `${line}\nThe war over Nagorno-Karabakh ended in 2020.`;
    expect(mentionTexts(page, 'karabakh')).toEqual(['Nagorno-Karabakh']);
  });
});

// Cited as the Azerbaijani word for the region, the spelling is the region's name.
test.each([
  ['Armenians call the region Artsakh; Azerbaijanis call it Qarabağ.', ['Artsakh', 'Qarabağ']],
  ['For Azerbaijanis the region is Qarabağ, and its towns are being rebuilt.', ['Qarabağ']],
  ['Son nom vient de la région, le Karabakh (en azéri : Qarabağ).', ['Karabakh', 'Qarabağ']],
])('the Azerbaijani spelling cited as the word: %s', (sentence, names) => {
  expect(mentionTexts(sentence, 'karabakh')).toEqual(names);
});

describe("the force's official names and a date's 'dated'", () => {
  test.each([
    [
      'Le point 3 prévoit le déploiement de l’unité de maintien de la paix de la Fédération de Russie le long de la ligne de contact au Haut-Karabakh.',
      ['unité de maintien de la paix de la Fédération de Russie'],
    ],
    [
      'Officiellement, le contingent de maintien de la paix des forces armées de la Fédération de Russie compte 1 960 militaires au Haut-Karabakh.',
      ['contingent de maintien de la paix des forces armées de la Fédération de Russie'],
    ],
    [
      'Nach Punkt 3 wurde in Bergkarabach ein Friedenskontingent der Streitkräfte der Russischen Föderation stationiert.',
      ['Friedenskontingent der Streitkräfte der Russischen Föderation'],
    ],
    ['Российское миротворческое присутствие в Карабахе закончилось в 2024 году.', ['Российское миротворческое присутствие']],
  ])('%s', (sentence, names) => {
    expect(mentionTexts(sentence, 'rmc')).toEqual(names);
  });

  test("Azerbaijani 'tarixli' belongs to the year before it", () => {
    const page = [
      '10 noyabr 2020-ci il tarixli üçtərəfli bəyanat Qarabağda müharibəni dayandırdı.',
      'Bu mövzu 11 yanvar 2021-ci il tarixli üçtərəfli bəyanatda da əksini tapmışdı.',
      '20 sentyabr 2023-cü il tarixli atəşkəs razılaşmasından sonra suverenlik bərpa edildi.',
    ].join('\n');
    expect(mentionTexts(page, 'trilateral-statement')).toEqual(['10 noyabr 2020-ci il tarixli üçtərəfli bəyanat']);
  });
});

// A rug page's provenance lines name places only: a town of the region in a line that says
// where a rug comes from does not make the page's bare rug names the region. The historical
// region is a place too.
test("a rug auction's provenance lines and its note on the historical region", () => {
  const page = [
    'Los 301 · Karabagh „Chondzoresk“, um 1880',
    'Herkunft: Region Karabach, Dörfer südlich von Schuscha.',
    'Los 302 · Lampa-Karabagh, Galerieformat',
    'Herkunft: Schuscha, historisches Khanat Karabach.',
    'Los 305 · Dschebrail-Karabagh, um 1910',
    'Die Bezeichnung „Karabagh“ fasst im Handel die Knüpfarbeiten aus dem historischen Karabagh zusammen.',
    'Frage: Ist Los 305 ein echter Karabagh oder eher ein Kasak?',
    'Antwort: Struktur und Farbigkeit sprechen für die Karabagh-Gruppe.',
  ].join('\n');
  expect(mentionTexts(page, 'karabakh')).toEqual(['Karabach', 'Karabach', 'Karabagh']);
});
