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

// A line of items parted by middle dots, bullets or bars (a newsletter's contents, tags,
// related links): each item is a sentence of its own, so another conflict's item does not
// speak for the force's item beside it.
describe('items of a line are sentences of their own', () => {
  test.each([
    [
      'In this issue: Russian peacekeepers finish their Karabakh pullout · Moldova and its Transnistria mission · a horse show in Baku',
      ['Russian peacekeepers'],
    ],
    ['Nagorno-Karabakh: Russian peacekeepers leave | Transnistria: a quiet border | Sport: Qarabağ win again', ['Russian peacekeepers']],
    ['Nagorno-Karabakh news • Russian peacekeepers leave • Transnistria stays calm', ['Russian peacekeepers']],
  ])('%s', (text, force) => {
    expect(mentionTexts(text, 'rmc')).toEqual(force);
  });
});

// More words of a place: a khanate in French and German, Lower Karabakh, the points of the
// compass in French, the German Armenians of Karabakh, "Provenienz" and the South Caucasus
// after a comma on a German label.
describe('more words of a place', () => {
  test.each([
    ['Le karabakh est un cheval doré. Chouchi était la capitale du khanat du Karabakh.', ['Karabakh']],
    ['Die Karabach-Pferde wurden in den Gestüten des Karabach-Khanats gezüchtet.', ['Karabach']],
    ['Qarabağ FK was founded in 1951 in Aghdam, in Lower Karabakh. The club plays in Baku.', ['Karabakh']],
    ['Des tapis du Karabagh tissés dans les villages du sud du Karabakh, en laine.', ['Karabakh']],
    [
      'Ein Karabagh-Teppich aus Wolle.\nAuf dem Etikett steht „Provenienz: Karabach, Südkaukasus“. Die Flucht der Karabach-Armenier 2023 beendete die Webtradition.',
      ['Karabach', 'Karabach'],
    ],
  ])('%s', (text, region) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(region);
  });

  // Kazak is a rug group beside Karabagh in the trade's lists.
  test('the trade groups: Kazak and Karabagh', () => {
    expect(
      mentionTexts(
        'Nagorno-Karabakh was a war zone.\nWer den Unterschied zwischen einem Kasak und einem Karabagh verstehen will, ist hier richtig.',
        'karabakh',
      ),
    ).toEqual(['Nagorno-Karabakh']);
  });
});

// Dates and numbers beside the statement's name.
describe('the statement beside other dates and numbers', () => {
  test.each([
    // The day Aghdam was returned, right before the name that holds its own date.
    [
      'Ağdam rayonu 2020-ci il noyabrın 20-də 10 noyabr üçtərəfli bəyanatına əsasən Azərbaycana qaytarılıb.',
      ['10 noyabr üçtərəfli bəyanatına'],
    ],
    // The contingent's strength after the name, not a year.
    [
      'Ռուս խաղաղապահները տեղակայվել էին 2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարության համաձայն՝ 1960 զինծառայող։',
      ['եռակողմ հայտարարության'],
    ],
  ])('%s', (text, statement) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual(statement);
  });

  test('another day of November right before the name still dates another statement', () => {
    expect(mentionTexts('Soçidə 26 noyabr üçtərəfli bəyanatı imzalandı. Qarabağ.', 'trilateral-statement')).toEqual([]);
  });
});

// Where something comes from, after the name in Turkish, Azerbaijani and Russian.
test.each([
  ['Gerçek bir Karabağ halısında desen iridir; ancak her Karabağ kökenli halı bu gruba girmez.', ['Karabağ']],
  ['Bu Qarabağ xalçası Qarabağ mənşəlidir, yundan toxunub.', ['Qarabağ']],
])('origin after the name: %s', (text, region) => {
  expect(mentionTexts(text, 'karabakh')).toEqual(region);
});

// Garabagh (Azerbaijan's official English) and Gharabagh (from Armenian) are the region's
// names too, and the club's where football words say so.
test('Garabagh and Gharabagh', () => {
  expect(
    mentionTexts(
      'Garabagh is a region of Azerbaijan. Gharabagh war veterans met in Yerevan. Garabagh FK won 2:0 in the league.',
      'karabakh',
    ),
  ).toEqual(['Garabagh', 'Gharabagh']);
});

// "To match" is a verb, not a football match; French "matchs" is still the match.
test.each([
  ['It gave the Kremlin a foothold to match the first one, in Karabakh.', ['Karabakh']],
  ['Qarabag dispute ses matchs à Bakou. Qarabag a battu Benfica.', []],
])('match, the verb and the noun: %s', (text, region) => {
  expect(mentionTexts(text, 'karabakh')).toEqual(region);
});

// Other conflicts: Tbilisi for the 2008 war's "peacekeepers"; Idlib, and another conflict's
// place in the sentence of a statement's name (as for the force).
describe('other conflicts beside the force and the statement', () => {
  test('Tbilisi', () => {
    expect(
      mentionTexts('Nagorno-Karabakh.\nFor Tbilisi, the lesson was that Russian "peacekeepers" can change sides overnight.', 'rmc'),
    ).toEqual([]);
  });
  test.each([
    "İdlib'de dört yıl: Moskova mutabakatı neyi değiştirdi? Dağlık Karabağ'da ise durum farklı.",
    'В Абхазии миротворцы появились после Московского соглашения 1994 года. Нагорный Карабах.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

// German names the statement by its year with -er.
test('das 2020er Abkommen', () => {
  expect(mentionTexts('Eriwan beruft sich auf das 2020er Abkommen zu Bergkarabach.', 'trilateral-statement')).toEqual(['2020er Abkommen']);
});

// Armenian names of the force and the statement: the armed forces' abbreviation after ՌԴ, and
// the "act of capitulation", as Azerbaijani *kapitulyasiya aktı* already counted.
describe('Armenian forms of the force and the statement', () => {
  test('ՌԴ ԶՈՒ խաղաղապահ զորակազմը', () => {
    expect(mentionTexts('ՌԴ ԶՈՒ խաղաղապահ զորակազմը Արցախում տեղակայվել էր 2020 թ. նոյեմբերին։', 'rmc')).toEqual([
      'ՌԴ ԶՈՒ խաղաղապահ զորակազմը',
    ]);
  });
  test.each([
    ['Ընդդիմությունը պահանջում է չեղարկել կապիտուլյացիայի ակտը, որով ավարտվեց Արցախյան պատերազմը։', ['կապիտուլյացիայի ակտը']],
    [
      '«Դուք ստորագրեցիք նոյեմբերի 10-ի կապիտուլյացիոն հայտարարությունը», ասաց պատգամավորը Արցախի մասին։',
      ['կապիտուլյացիոն հայտարարությունը'],
    ],
  ])('%s', (text, statement) => {
    expect(mentionTexts(text, 'trilateral-statement').map((t) => t.replace(/^նոյեմբերի 10-ի /, ''))).toEqual(statement);
  });
});

// A French live text: a fixture's score after a colon, a formation, a corner and a goal.
test('a French live text is about the club', () => {
  const text = [
    'Qarabağ - Nantes : 3-0 (terminé)',
    '12e  Premier corner pour Qarabağ, dégagé par le défenseur.',
    "81e  BUUUUT de Qarabag ! L'ailier enroule du gauche.",
    'Qarabağ (4-2-3-1) : Mahammadaliyev – Medina, Huseynov – Kady – Zoubir, Owusu.',
  ].join('\n');
  expect(mentionTexts(text, 'karabakh')).toEqual([]);
});

// An origin line gives the larger place first: a country or the Caucasus, a comma, the name.
test.each([
  ['Menşei: Kafkasya, Karabağ\nKarabağ halısı, yün, 1920.', ['Karabağ']],
  ['Происхождение: Азербайджан, Карабах\nКарабахский ковёр, шерсть.', ['Карабах']],
])('a country and a comma before the name: %s', (text, region) => {
  expect(mentionTexts(text, 'karabakh')).toEqual(region);
});
