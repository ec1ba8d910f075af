/**
 * Issue 14, rules that should hold on pages nobody tuned the detector to. Every probe is
 * a sentence written for this project (none is taken from the corpus): each names the
 * grammar or the kind of word a rule stands for, and the same kind of sentence about
 * another sense must stay unmatched.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';
import type { Mention } from '../../../core/entities';
import { findMentions } from '../../../core/detect/matcher';

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
    expect(mentionTexts(text, 'karabakh')).toContain(name);
  });

  test('an Azerbaijani commander (komandan) is not a team (komanda): the force and its abbreviation count', () => {
    const text = 'Qarabağ müharibəsi bitdi. Rusiya sülhməramlı kontingentinin (RSK) komandanı Xankəndidə idi.';
    expect(mentionTexts(text, 'rmc')).toEqual(['Rusiya sülhməramlı kontingentinin', 'RSK']);
  });

  test.each([
    'Qarabağ scored a late goal to beat Neftçi.',
    'The team of Qarabağ travelled to Dublin for the play-off.',
    'Qarabağ conceded two goals at the Tofiq Bahramov Arena.',
    'Der Verein Karabach spielt in der Europa League.',
    "L'équipe du Karabakh a remporté la Coupe d'Azerbaïdjan.",
    'Qarabağ komandası Liqada qalib gəldi.',
  ])('the club stays the club: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
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
    expect(mentionTexts(RUG_PAGE)).toEqual(['Karabagh', 'Karabakh']);
    expect(findMentions(RUG_PAGE).map((m) => RUG_PAGE.slice(0, m.start).split('\n').length)).toEqual([3, 4]);
  });

  test('English horse page: "developed in Karabakh" and "throughout Karabakh" only', () => {
    expect(mentionTexts(HORSE_PAGE)).toEqual(['Karabakh', 'Karabakh']);
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
    expect(mentionTexts(text, 'karabakh')).toEqual(names);
  });

  test.each([
    'The rug is woven in Karabagh style with a large medallion.',
    'A Karabagh rug in wool, Karabagh design, knotted by hand.',
    'The Karabakh is a mountain-steppe riding horse with a calm temper.',
  ])('the product or the breed: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });

  test.each([
    'The striker moved from Qarabağ to Neftçi after the league season.',
    'Qarabağ beat Neftçi 2–0 in the league. The midfielder joined from Qarabağ in January.',
    'Нападающий перешёл из «Карабаха» в «Нефтчи». Матч закончился со счётом 2:0, гол забил Карабах.',
    'Qarabağ FK çempion oldu. Qarabağda oynayan futbolçu qol vurdu.',
    "Le Qarabag FK affronte l'OM en Ligue Europa. L'OM s'est imposé face au Qarabag. Marseille, opposé au Qarabag, a gagné 3-1. En déplacement au Qarabag, Marseille a souffert.",
    'Qarabağ FK lost the derby 1–0. Their new signing joined from Qarabağ last summer and impressed.',
  ])('a club is not a place: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
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
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });

  test.each([
    ['The war in Nagorno-Karabakh ended. The Moscow agreement of 10 November 2020 held.', 'Moscow agreement'],
    ['The war in Nagorno-Karabakh began in September; the ceasefire agreement of November 10 ended it.', 'ceasefire agreement'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });
});
