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

describe('a place named on a rug or horse page is the region; the rug and the breed are not', () => {
  const RUG_PAGE = [
    'Antique Karabagh rug, about 1890, with a red field, two medallions and a wool pile.',
    'Karabagh rugs are knotted with a symmetric knot. This Karabagh runner is in Karabagh style.',
    'The rug was woven in Karabagh by a village weaver.',
    'Weavers from Karabakh sold their rugs in Tiflis.',
  ].join('\n');
  const HORSE_PAGE = [
    'The Karabakh horse is a mountain riding horse. The Karabakh is known for its calm temper.',
    'Karabakh horses are bred at a stud near Baku.',
    'The breed was developed in Karabakh, and herds were kept throughout Karabakh in summer.',
  ].join('\n');

  test('English rug page: "woven in Karabagh" and "from Karabakh" only', () => {
    expect(texts(RUG_PAGE)).toEqual(['Karabagh', 'Karabakh']);
    expect(findMentions(RUG_PAGE).map((m) => RUG_PAGE.slice(0, m.start).split('\n').length)).toEqual([3, 4]);
  });

  test('English horse page: "developed in Karabakh" and "throughout Karabakh" only', () => {
    expect(texts(HORSE_PAGE)).toEqual(['Karabakh', 'Karabakh']);
    expect(findMentions(HORSE_PAGE).every((m) => HORSE_PAGE.slice(0, m.start).includes('\n'))).toBe(true);
  });

  test.each([
    ['de', 'Der Karabach-Teppich hat einen Flor aus Wolle. Die Knüpfer in Karabach arbeiteten mit Wolle.', ['Karabach']],
    ['de', 'Karabach-Teppiche haben Medaillons. Die Teppiche kamen aus Karabach.', ['Karabach']],
    ['fr', 'Le tapis du Karabagh est noué en laine. Au Karabakh, le tissage de tapis est ancien.', ['Karabakh']],
    ['fr', 'Le tapis du Karabagh est noué en laine. Ces tapis viennent de la région du Karabakh.', ['Karabakh']],
    ['ru', 'Карабахский ковёр ткут из шерсти. В Карабахе ковры ткали в каждом доме.', ['Карабахе']],
    ['az', 'Qarabağ atı qədim cinsdir. Qarabağda atlar ilxı ilə saxlanılırdı.', ['Qarabağda']],
    ['az', 'Qarabağ xalçası yundan toxunur. Bu xalçalar Qarabağdan gətirilib.', ['Qarabağdan']],
    ['hy', 'Ղարաբաղի ձին հին ձիատեսակ է։ Արցախում ձիեր են պահում։', ['Արցախում']],
    ['az', 'Qarabağ atı qədim cinsdir. Qarabağ xanı atları çox sevirdi.', ['Qarabağ']],
    ['tr', 'Karabağ atı eski bir cinstir. Karabağ Hanlığı döneminde atlar değerliydi.', ['Karabağ']],
  ])('%s: %s', (_lang, text, names) => {
    expect(texts(text, 'karabakh')).toEqual(names);
  });

  test.each([
    'The rug is woven in Karabagh style with a large medallion.',
    'A Karabagh rug in wool, Karabagh design, knotted by hand.',
    'The Karabakh is a mountain-steppe riding horse with a calm temper.',
  ])('the product or the breed: %s', (text) => {
    expect(texts(text, 'karabakh')).toEqual([]);
  });

  test.each([
    'The striker moved from Qarabağ to Neftçi after the league season.',
    'Qarabağ beat Neftçi 2–0 in the league. The midfielder joined from Qarabağ in January.',
    'Нападающий перешёл из «Карабаха» в «Нефтчи». Матч закончился со счётом 2:0, гол забил Карабах.',
    'Qarabağ FK çempion oldu. Qarabağda oynayan futbolçu qol vurdu.',
    "Le Qarabag FK affronte l'OM en Ligue Europa. L'OM s'est imposé face au Qarabag. Marseille, opposé au Qarabag, a gagné 3-1. En déplacement au Qarabag, Marseille a souffert.",
    'Qarabağ FK lost the derby 1–0. Their new signing joined from Qarabağ last summer and impressed.',
  ])('a club is not a place: %s', (text) => {
    expect(texts(text, 'karabakh')).toEqual([]);
  });
});

describe('names of the force and the statement from each language’s grammar, on a page about the region', () => {
  const LEAD: Record<string, string> = {
    en: 'The war over Nagorno-Karabakh ended in 2020. ',
    ru: 'Война в Нагорном Карабахе закончилась в 2020 году. ',
    de: 'Der Krieg um Berg-Karabach endete 2020. ',
    az: 'Dağlıq Qarabağ müharibəsi 2020-ci ildə başa çatdı. ',
    hy: 'Լեռնային Ղարաբաղի պատերազմը ավարտվեց 2020 թվականին։ ',
    fr: 'La guerre du Haut-Karabakh a pris fin en 2020. ',
  };
  const found = (lang: string, probe: string, entity: Mention['entity']) => {
    const lead = LEAD[lang]!;
    const text = lead + probe;
    return findMentions(text)
      .filter((m) => m.start >= lead.length && m.entity === entity)
      .map((m) => text.slice(m.start, m.end));
  };

  test.each([
    ['en', "The Kremlin's 'peacekeeping' mission ended in 2024.", "Kremlin's 'peacekeeping' mission"],
    ['en', "Moscow's peacekeepers left the region.", "Moscow's peacekeepers"],
    ['de', 'Russlands Friedenstruppen zogen ab.', 'Russlands Friedenstruppen'],
    ['de', 'Die Friedenstruppe der Russischen Föderation zog ab.', 'Friedenstruppe der Russischen Föderation'],
    ['de', 'Die russischen friedenserhaltenden Truppen zogen ab.', 'russischen friedenserhaltenden Truppen'],
    ['de', 'Die russischen Friedensstifter zogen ab.', 'russischen Friedensstifter'],
    ['fr', 'Les « soldats de la paix » russes sont partis.', 'soldats de la paix » russes'],
    ['az', 'Rusiya Federasiyası sülhməramlı kontingentinin komandanı dəyişdi.', 'Rusiya Federasiyası sülhməramlı kontingentinin'],
    ['az', 'RUSİYA SÜLHMƏRAMLILARI BÖLGƏNİ TƏRK ETDİ.', 'RUSİYA SÜLHMƏRAMLILARI'],
    [
      'az',
      'Rusiya Federasiyasının Azərbaycan ərazisində müvəqqəti yerləşdirilmiş sülhməramlı kontingenti getdi.',
      'Rusiya Federasiyasının Azərbaycan ərazisində müvəqqəti yerləşdirilmiş sülhməramlı kontingenti',
    ],
    ['hy', 'Ռուսաստանցի խաղաղապահները հեռացան։', 'Ռուսաստանցի խաղաղապահները'],
    ['hy', 'Ռուսաստանի Դաշնության զինված ուժերի խաղաղապահ զորակազմը հեռացավ։', 'Ռուսաստանի Դաշնության զինված ուժերի խաղաղապահ զորակազմը'],
    ['de', 'Die russischen „Friedenstruppen“ zogen ab.', 'russischen „Friedenstruppen“'],
    ['en', 'He said that [Russian] peacekeepers would stay.', 'Russian] peacekeepers'],
    ['en', 'Russian military peacekeepers arrived in the region.', 'Russian military peacekeepers'],
    ['de', 'Die russischen Blauhelmsoldaten zogen ab.', 'russischen Blauhelmsoldaten'],
    ['de', 'Die russischen 2000 Friedenssoldaten zogen ab.', 'russischen 2000 Friedenssoldaten'],
    ['de', 'Das Friedenssicherungskontingent der Russischen Föderation zog ab.', 'Friedenssicherungskontingent der Russischen Föderation'],
    ['de', 'Das russische friedenserhaltende Kontingent zog ab.', 'russische friedenserhaltende Kontingent'],
    ['fr', "L'opération russe de maintien de la paix a pris fin.", 'opération russe de maintien de la paix'],
    ['fr', 'Les forces russes « de maintien de la paix » sont parties.', 'forces russes « de maintien de la paix »'],
  ])('the force, %s: %s', (lang, probe, span) => {
    expect(found(lang, probe, 'rmc')).toEqual([span]);
  });

  test.each([
    ['az', 'Üç tərəfli bəyanatın icrası davam edir.', 'Üç tərəfli bəyanatın'],
    ['az', 'ÜÇTƏRƏFLİ BƏYANAT İMZALANDI.', 'ÜÇTƏRƏFLİ BƏYANAT'],
    ['az', '10 noyabrda imzalanmış bəyanat icra olunur.', '10 noyabrda imzalanmış bəyanat'],
    ['az', '2020-ci il noyabrın 10-da imzalanmış bəyanatın maddələri.', 'noyabrın 10-da imzalanmış bəyanatın'],
    ['az', '10 noyabr 2020-ci il tarixli qəbul edilmiş üçtərəfli bəyanat.', '10 noyabr 2020-ci il tarixli qəbul edilmiş üçtərəfli bəyanat'],
    ['de', 'Das Dreiparteienabkommen hielt.', 'Dreiparteienabkommen'],
    ['de', 'Die Novembererklärung hielt.', 'Novembererklärung'],
    ['de', 'Das Moskauer Abkommen hielt.', 'Moskauer Abkommen'],
    ['fr', "L'accord de Moscou a tenu.", 'accord de Moscou'],
    ['fr', 'La déclaration commune du 10 novembre a tenu.', 'déclaration commune'],
    ['ru', 'Московское соглашение соблюдается.', 'Московское соглашение'],
    ['ru', 'Договоренности от 10 ноября соблюдаются.', 'Договоренности от 10 ноября'],
    ['ru', 'Ноябрьские договоренности соблюдаются.', 'Ноябрьские договоренности'],
    ['ru', 'Ноябрьское перемирие соблюдается.', 'Ноябрьское перемирие'],
    ['en', 'The November 2020 agreement put peacekeepers on the road.', 'November 2020 agreement'],
    ['en', 'The statement of November 9 put peacekeepers on the road.', 'statement of November 9'],
    ['en', 'The statement signed on 9 November 2020 ended the war.', 'statement signed on 9 November'],
    ['de', 'Die am 9. November unterzeichnete Erklärung hielt.', 'am 9. November unterzeichnete Erklärung'],
    ['ru', 'Подписанное 10 ноября заявление соблюдается.', 'Подписанное 10 ноября заявление'],
    ['ru', 'Заявление 10 ноября соблюдается.', 'Заявление 10 ноября'],
    ['hy', 'Եռակողմ պայմանավորվածությունը գործում է։', 'Եռակողմ պայմանավորվածությունը'],
    ['hy', 'Նոյեմբերյան հայտարարությունը գործում է։', 'Նոյեմբերյան հայտարարությունը'],
    ['fr', "L'accord d'armistice a tenu.", "accord d'armistice"],
    ['fr', 'Le cessez-le-feu de novembre 2020 a tenu.', 'cessez-le-feu de novembre 2020'],
    ['fr', "L'accord de paix tripartite a tenu.", 'accord de paix tripartite'],
    ['az', 'Atəşkəs barədə bəyanat imzalandı.', 'Atəşkəs barədə bəyanat'],
    ['az', 'Kapitulyasiya aktı imzalandı.', 'Kapitulyasiya aktı'],
    ['az', 'Üçtərəfli birgə bəyanatın icrası davam edir.', 'Üçtərəfli birgə bəyanatın'],
  ])('the statement, %s: %s', (lang, probe, span) => {
    expect(found(lang, probe, 'trilateral-statement')).toEqual([span]);
  });

  test.each([
    ['ru', 'В НК снова неспокойно.', 'НК'],
    ['hy', 'ԼՂ-ում իրավիճակը լարված է։', 'ԼՂ'],
    ['az', 'Yuxarı Qarabağda vəziyyət sabitdir.', 'Yuxarı Qarabağda'],
    ['az', 'Qarabağın işğaldan azad edilməsi uğrunda döyüşlərə görə hərbçilər təltif edilib.', 'Qarabağın'],
    ['en', 'He was awarded a medal for the liberation of Karabakh.', 'Karabakh'],
    ['en', 'The mountainous part of Karabakh is known for its wool rugs.', 'Karabakh'],
  ])('the region’s abbreviation, %s: %s', (lang, probe, span) => {
    expect(found(lang, probe, 'karabakh')).toEqual([span]);
  });
});

describe('the same kinds of phrase about other places, documents and abbreviations', () => {
  test.each([
    'Russian peacekeepers have been stationed in Transnistria since 1992.',
    "Moscow's peacekeepers in Abkhazia stayed after 2008.",
    'Russlands Friedenstruppen in Transnistrien blieben.',
    'Die Friedenstruppe der Russischen Föderation in Abchasien blieb.',
    'Les « soldats de la paix » russes de Transnistrie sont restés.',
    'Ռուսաստանցի խաղաղապահները Մերձդնեստրում են։',
    'KGAÖ barış gücü Kazakistan’dan çekildi; Rus askerleri Almatı’dan ayrıldı.',
    'Rusiya Federasiyası sülhməramlı kontingenti Qazaxıstanda idi.',
    'The trilateral statement of 11 January 2021 on transport links was signed in Moscow.',
    'The 1994 ceasefire agreement was signed in Bishkek.',
    'Das Moskauer Abkommen von 1994 beendete die Kämpfe in Abchasien.',
    'Статья 122 НК РФ предусматривает штраф, а НК «Роснефть» платит налог.',
    'Üç tərəfli görüş 2023-cü ildə Brüsseldə keçirildi.',
    'Der Friedensprozess zwischen Israel und Ägypten begann 1978.',
    'Die Friedenstruppen der Vereinten Nationen im Libanon blieben.',
    "L'opération de maintien de la paix de l'ONU au Liban continue.",
    'Les forces russes « de maintien de la paix » en Transnistrie restent.',
    "L'accord d'armistice de 1953 a mis fin à la guerre de Corée.",
    'Qarabağ ordeni ilə təltif edilənlər arasında generallar var.',
    'Karabakh rugs are part of the Caucasian group of weavings.',
    'The November 2020 agreement on fishing quotas between Norway and the EU was renewed.',
    'The statement signed on 11 January 2021 in Moscow dealt with transport links.',
    'Die am 9. November 1989 unterzeichnete Erklärung blieb folgenlos.',
  ])('%s', (text) => {
    expect(findMentions(text)).toEqual([]);
  });
});

describe('a month other than November beside a statement name dates another text', () => {
  test.each([
    'The war in Nagorno-Karabakh went on. The Moscow agreement of October 2020 failed within hours.',
    'The war in Nagorno-Karabakh went on. The October ceasefire agreement did not hold.',
    'La guerre au Haut-Karabakh continuait. Le cessez-le-feu du 10 octobre 2020 a été violé.',
    'Der Krieg um Bergkarabach ging weiter. Das Moskauer Abkommen vom Oktober hielt nicht.',
  ])('%s', (text) => {
    expect(texts(text, 'trilateral-statement')).toEqual([]);
  });

  test.each([
    ['The war in Nagorno-Karabakh ended. The Moscow agreement of 10 November 2020 held.', 'Moscow agreement'],
    ['The war in Nagorno-Karabakh began in September; the ceasefire agreement of November 10 ended it.', 'ceasefire agreement'],
  ])('%s', (text, name) => {
    expect(texts(text, 'trilateral-statement')).toEqual([name]);
  });
});

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
    expect(texts(text, 'trilateral-statement')).toEqual([span]);
  });

  test.each([
    ['fr', "La guerre au Haut-Karabakh s'est arrêtée. Les soldats de la paix de Moscou sont partis.", 'soldats de la paix de Moscou'],
  ])('Moscow for Russia, %s: %s', (_lang, text, span) => {
    expect(texts(text, 'rmc')).toEqual([span]);
  });
});

describe('the year and the word "year" after it are one date: an earlier or later year next to a statement name dates another text', () => {
  test.each([
    'Լեռնային Ղարաբաղ. 1994 թվականի հրադադարի համաձայնագիրը գործում էր։',
    'Нагорный Карабах. Подписанное в мае 1994 года соглашение о прекращении огня действовало.',
    'Dağlıq Qarabağ. 1994-cü il atəşkəs razılaşması Bişkekdə imzalanıb.',
    'Dağlıq Qarabağ. 2021-ci il üçtərəfli bəyanatı nəqliyyat haqqında idi.',
  ])('%s', (text) => {
    expect(texts(text, 'trilateral-statement')).toEqual([]);
  });

  test.each([
    ['Dağlıq Qarabağ. 2020-ci il üçtərəfli bəyanatı müharibəni bitirdi.', 'üçtərəfli bəyanatı'],
    ['Нагорный Карабах. Трехстороннее заявление 2020 года завершило войну.', 'Трехстороннее заявление'],
    ['Լեռնային Ղարաբաղ. 2020 թվականի եռակողմ հայտարարությունը գործում է։', 'եռակողմ հայտարարությունը'],
  ])('%s', (text, name) => {
    expect(texts(text, 'trilateral-statement')).toEqual([name]);
  });

  test('the year 2020 settles a statement name only next to it: elsewhere in the sentence the October 2020 truce is of 2020 too', () => {
    const text =
      'The war in Nagorno-Karabakh went on. In 2020 Moscow hosted the talks, and the Moscow agreement on a humanitarian truce collapsed within hours.';
    expect(texts(text, 'trilateral-statement')).toEqual([]);
    expect(texts('The war in Nagorno-Karabakh ended. The ceasefire agreement of 2020 held.', 'trilateral-statement')).toEqual([
      'ceasefire agreement',
    ]);
  });
});

describe('a place is a place on a rug or horse page: a capital, a territory, German im', () => {
  test.each([
    ['Antique Karabagh rug with wool pile and medallions. Shusha was the capital of Karabakh and a centre of weaving.', ['Karabakh']],
    ['Antique Karabagh rug with wool pile. These rugs were woven within Karabagh and near Karabagh.', ['Karabagh', 'Karabagh']],
    [
      'Alte Karabach-Teppiche mit Wollflor. Die Teppiche stammen aus dem Gebiet Karabach und wurden im Karabach geknüpft.',
      ['Karabach', 'Karabach'],
    ],
    ['Alte Karabach-Teppiche mit Wollflor. Die Hauptstadt Karabachs war Schuscha.', ['Karabachs']],
    ['Старинный карабахский ковёр. Столица Карабаха славилась коврами.', ['Карабаха']],
    ['Ղարաբաղի ձին հնագույն ձիատեսակ է։ Այն տարածված էր Արցախի տարածքում։', ['Արցախի']],
    ['The Karabakh horse is a mountain breed. The breed is native to Karabakh and endemic to Karabakh.', ['Karabakh', 'Karabakh']],
    ['Le cheval du Karabakh est une race de montagne. Cette race est originaire du Karabakh.', ['Karabakh']],
    ["Antique Karabagh rug with wool pile. Karabakh's capital Shusha was a weaving centre.", ["Karabakh's"]],
  ])('%s', (text, names) => {
    expect(texts(text, 'karabakh')).toEqual(names);
  });

  test.each([
    // a capital after the name is a club's epithet in Azerbaijani, so only "capital of" before it counts
    'Qarabağ FK won the derby. Qarabağ beat capital club Neftçi 2-0.',
    'Qarabağ FK qalib gəldi. Qarabağ paytaxt klubu Neftçini məğlub etdi.',
    'Qarabağ FK won the derby. Qarabağ capital club rivalry is fierce.',
    'The Karabakh horse is a mountain breed. The Karabakh is bred near Baku.',
    'Alte Karabach-Teppiche mit Wollflor. Der Teppich im Karabach-Stil ist neu.',
  ])('the product, the breed and the club stay themselves: %s', (text) => {
    expect(texts(text, 'karabakh')).toEqual([]);
  });
});

describe('Russian peacekeepers of another time or place are not the contingent', () => {
  test.each([
    // another conflict's place, in Azerbaijani, Turkish, Armenian, German and French spellings
    'Dağlıq Qarabağ. Rusiya sülhməramlıları 1992-ci ildə Dnestryanıda yerləşdirilib.',
    'Dağlıq Qarabağ. Rusiya sülhməramlıları Abxaziyada qalır.',
    'Լեռնային Ղարաբաղ. Ռուս խաղաղապահները Աբխազիայում են։',
    'Bergkarabach. Die russischen Friedenstruppen in Abchasien blieben.',
    'Bergkarabach. Die russischen Friedenstruppen in Südossetien blieben.',
    'Bergkarabach. Russlands Friedenstruppen in Kasachstan zogen ab.',
    'Haut-Karabakh. Les soldats de la paix russes en Ossétie du Sud sont restés.',
    // a year before 2020 written as a date right next to the force
    'Nagorno-Karabakh war. In 1994 Russia proposed sending Russian peacekeepers to the line of contact.',
    'Nagorno-Karabakh war. After the 1994 ceasefire, Russian peacekeepers were never deployed.',
    'Нагорный Карабах. В 1994 году российские миротворцы так и не появились.',
    // other Russian forces of the region, which are not called peacekeepers
    'Nagorno-Karabakh war. The Russian-Turkish joint monitoring centre near Aghdam was closed in 2024.',
    'Nagorno-Karabakh war. Russian border guards patrol Armenia’s border with Turkey.',
    'Nagorno-Karabakh war. The Russian military base in Gyumri hosts thousands of Russian troops.',
    'Nagorno-Karabakh war. UN peacekeepers have never been deployed in the region.',
    'Nagorno-Karabakh war. CSTO peacekeepers, mostly Russian, were sent to Kazakhstan in January 2022.',
  ])('%s', (text) => {
    expect(texts(text, 'rmc')).toEqual([]);
  });

  test.each([
    // the contingent's strength is a number, not a year; "since" runs up to now
    ['Nagorno-Karabakh war. About 1960 Russian peacekeepers arrived in November 2020.', 'Russian peacekeepers'],
    ['Bergkarabach. Das russische Friedenskontingent umfasst 1960 Soldaten.', 'russische Friedenskontingent'],
    ['Nagorno-Karabakh war. Armenians who had lived there since 1994 fled as Russian peacekeepers watched.', 'Russian peacekeepers'],
  ])('%s', (text, name) => {
    expect(texts(text, 'rmc')).toEqual([name]);
  });
});

describe('more names from each language’s grammar: the night of 9–10 November, an agreement on a ceasefire, loanwords', () => {
  test.each([
    ['de', 'Bergkarabach. Die russischen Peacekeeping-Truppen zogen ab.', 'russischen Peacekeeping-Truppen'],
    ['de', 'Bergkarabach. Die russische Schutztruppe zog ab.', 'russische Schutztruppe'],
    ['de', 'Bergkarabach. Russlands Militärkontingent zog ab.', 'Russlands Militärkontingent'],
  ])('the force, %s: %s', (_lang, text, span) => {
    expect(texts(text, 'rmc')).toEqual([span]);
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
    expect(texts(text, 'trilateral-statement')).toEqual([span]);
  });

  test.each([
    'Bergkarabach. Das Abkommen über die Waffenruhe von 1994 hielt bis 2016.',
    "Haut-Karabakh. L'accord conclu le 10 octobre à Moscou n'a pas tenu.",
    'Dağlıq Qarabağ. 1994-cü il atəşkəs müqaviləsi Bişkekdə imzalanıb.',
    'Нагорный Карабах. Заявление о прекращении огня 1994 года соблюдалось.',
  ])('another date stays another document: %s', (text) => {
    expect(texts(text, 'trilateral-statement')).toEqual([]);
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
    expect(texts(text, entity)).toEqual([span]);
  });

  test('the lookalikes are not a wildcard: a plain word with ǝ is no name', () => {
    expect(findMentions('Bu sǝhifǝ haqqında.')).toEqual([]);
  });
});

describe("Karabakh's smaller towns settle the force and the statement in their sentence", () => {
  test.each([
    ['Rusiya sülhməramlıları Xocalıdan çıxıb.', 'rmc', 'Rusiya sülhməramlıları'],
    ['Rusiya sülhməramlı kontingentinin son hərbçiləri Ağdərə rayonunu tərk edib.', 'rmc', 'Rusiya sülhməramlı kontingentinin'],
    ['Российские миротворцы покинули Мартакерт.', 'rmc', 'Российские миротворцы'],
    ['Ռուս խաղաղապահները լքել են Մարտունին։', 'rmc', 'Ռուս խաղաղապահները'],
    ['Die russischen Friedenstruppen haben Latschin verlassen.', 'rmc', 'russischen Friedenstruppen'],
    ['Üçtərəfli bəyanata əsasən Ağdərə rayonu qaytarıldı.', 'trilateral-statement', 'Üçtərəfli bəyanata'],
  ] as const)('%s', (text, entity, span) => {
    expect(texts(text, entity)).toEqual([span]);
  });

  test('without a town, a page with nothing about Karabakh leaves them alone', () => {
    expect(findMentions('Rusiya sülhməramlıları bölgədən çıxıb.')).toEqual([]);
  });
});

describe('English pages about the contingent that compare it with Russian peacekeepers elsewhere', () => {
  test.each([
    'Nagorno-Karabakh war. Russian peacekeepers in Georgia did nothing to stop the 2008 war.',
    'Nagorno-Karabakh war. Putin sent Russian "peacekeepers" to Donetsk and Luhansk in February 2022.',
    'Nagorno-Karabakh war. The joint Russian-Turkish peacekeeping centre monitors the ceasefire.',
    'Nagorno-Karabakh war. In Transnistria, as here, Russian peacekeepers froze the conflict.',
    'Nagorno-Karabakh war. Unlike the Russian peacekeepers in Abkhazia, these have a five-year mandate.',
    'Nagorno-Karabakh war. The Russian-led CSTO peacekeeping force left Kazakhstan.',
    'Bergkarabach. Die russischen Friedenstruppen in Georgien sahen 2008 zu.',
  ])('%s', (text) => {
    expect(texts(text, 'rmc')).toEqual([]);
  });

  test('"Russian-led" names the force too', () => {
    expect(texts('Nagorno-Karabakh war. Russian-led peacekeepers patrol the Lachin corridor.', 'rmc')).toEqual([
      'Russian-led peacekeepers',
    ]);
  });
});

describe('the humanitarian truce of October 2020 in a sentence makes a generic statement name that truce, even beside Karabakh', () => {
  test.each([
    'On 10 October 2020, Armenia and Azerbaijan agreed in Moscow to a humanitarian truce in Nagorno-Karabakh, but the Moscow agreement collapsed within hours.',
    'The humanitarian ceasefire in Nagorno-Karabakh, the ceasefire agreement reached in Moscow, did not hold.',
    "Le cessez-le-feu humanitaire au Haut-Karabakh, un accord de Moscou, n'a pas tenu.",
    'Гуманитарное перемирие, то есть московское соглашение, в Нагорном Карабахе не соблюдалось.',
    'Die humanitäre Waffenruhe in Bergkarabach, ein Moskauer Abkommen, hielt nicht.',
  ])('%s', (text) => {
    expect(texts(text, 'trilateral-statement')).toEqual([]);
  });

  test.each([
    [
      'The ceasefire agreement of 10 November 2020 ended the war in Nagorno-Karabakh, after three humanitarian truces had failed.',
      'ceasefire agreement',
    ],
    ['The trilateral statement ended the war in Nagorno-Karabakh.', 'trilateral statement'],
  ])('the November date right beside the name still wins: %s', (text, name) => {
    expect(texts(text, 'trilateral-statement')).toEqual([name]);
  });
});

describe('the Russian force coordinated with the Turkish one is named by the whole phrase', () => {
  test.each([
    ['Nagorno-Karabakh war. Russian and Turkish peacekeepers will monitor the ceasefire.', 'Russian and Turkish peacekeepers'],
    ['Bergkarabach. Russische und türkische Friedenstruppen sollen die Lage überwachen.', 'Russische und türkische Friedenstruppen'],
    ['Нагорный Карабах. Российские и турецкие миротворцы будут следить за перемирием.', 'Российские и турецкие миротворцы'],
  ])('%s', (text, span) => {
    expect(texts(text, 'rmc')).toEqual([span]);
  });

  test('Turkish peacekeepers alone are not the contingent', () => {
    expect(texts('Nagorno-Karabakh war. Turkish peacekeepers were never deployed.', 'rmc')).toEqual([]);
  });
});

describe('English truce and armistice beside the November 2020 date', () => {
  test.each([
    ['Nagorno-Karabakh war. The November 2020 truce held.', 'November 2020 truce'],
    ['Nagorno-Karabakh war. The November 10 armistice held.', 'November 10 armistice'],
    ['Nagorno-Karabakh war. The 2020 armistice held.', '2020 armistice'],
  ])('%s', (text, span) => {
    expect(texts(text, 'trilateral-statement')).toEqual([span]);
  });

  test('another year beside "armistice" is another armistice', () => {
    expect(texts('Korean war. The 1953 armistice agreement held.', 'trilateral-statement')).toEqual([]);
  });
});
