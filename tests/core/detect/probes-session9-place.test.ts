/**
 * Issue 14, session 9: probes written for this project (none taken from the corpus) for the
 * region named on rug and horse pages, where the name is also the rug type or the breed:
 * - the word right after a name is its head: a place word there ("Qarabağ dağlarında", "Karabağ
 *   bölgesinde", "Karabagh region") makes it the region even when a rug or horse word ends the
 *   phrase before it ("Qarabağ atı Qarabağ dağlarında": the horse of Karabakh, in the Karabakh
 *   mountains; "Karabagh rug, Karabagh region");
 * - mountains and the old administrative units in each language (*dağları*, *горы*,
 *   *լեռներ*, *montagnes*, *Bergen*, *Gebirge*, Turkish *yöre*, *eyalet*, Azerbaijani *diyar*,
 *   *əyalət*, Russian *губерния*, *уезд*, *провинция*) and Russian *горный Карабах* (Mountainous
 *   Karabakh, as *Нагорный Карабах*);
 * - the weavers, craftsmen or artisans "of" a place; "around", "outside", "beyond" as places;
 * - a name "famous for its horses (rugs)" is the place they come from;
 * - words other senses share with political prose (Azerbaijani *qol çəkmək*, to sign; Turkish
 *   *bir takım*, *birlik ve beraberlik*, *hali*, *halinde*; the red carpet, *sur le tapis*, "a pile
 *   of rubble", "saddled with", a Trojan horse, horse-trading, swept under the rug, carpet bombing,
 *   the League of Nations, the death penalty) leave a region name alone.
 * The rug type and the breed right next to their word stay unmatched.
 */
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../../core/detect/matcher';

/** The start offsets and texts of the region mentions in `text`. */
const regionSpans = (text: string): Array<[number, string]> =>
  findMentions(text)
    .filter((m) => m.entity === 'karabakh')
    .map((m) => [m.start, text.slice(m.start, m.end)]);

describe('a place word right after the name is its head, whatever ends the phrase before it', () => {
  test.each([
    ['Qarabağ atı Qarabağ dağlarında yetişdirilib.', 'Qarabağ'],
    ['Karabağ atı Karabağ bölgesinde yetiştirilir.', 'Karabağ'],
    ['Bu xalça Qarabağ bölgəsində toxunub.', 'Qarabağ'],
    ['A Karabagh runner rug, Karabagh region, circa 1900.', 'Karabagh'],
    ['Ղարաբաղի ձին ծագել է Ղարաբաղի լեռներում։', 'Ղարաբաղի'],
  ])('%s', (text, name) => {
    // Only the second name, the one the place word follows: the first is the breed or the rug.
    expect(regionSpans(text)).toEqual([[text.lastIndexOf(name), name]]);
  });

  test.each([
    // The product word right after the name still decides, even with a place word before it.
    'The horse Karabakh horses come from the mountains.',
    'Qarabağ atı dağlarda yetişdirilir.',
    'Karabagh rugs are thick and heavy.',
  ])('still the product: %s', (text) => {
    expect(regionSpans(text)).toEqual([]);
  });
});

describe('mountains and old administrative units make it the region on product pages', () => {
  test.each([
    ['Das Karabach-Pferd stammt aus den Bergen von Karabach.', 'Karabach'],
    ['Le cheval du Karabakh est originaire des montagnes du Karabakh.', 'Karabakh'],
    ['Карабахская лошадь происходит из горного Карабаха.', 'горного Карабаха'],
    ['Bu halı Karabağ yöresinde dokunmuştur.', 'Karabağ'],
    ['Qarabağ diyarı xalçaları ilə məşhurdur.', 'Qarabağ'],
    ['Ковры ткали в Карабахском уезде Елизаветпольской губернии.', 'Карабахском'],
    ['The weavers of Karabagh used natural dyes for their rugs.', 'Karabagh'],
  ])('%s', (text, name) => {
    expect(regionSpans(text)).toEqual([[text.lastIndexOf(name), name]]);
  });

  test.each([
    // The rug right after the name is the rug, whoever wove it.
    'The weavers of Karabagh rugs used natural dyes.',
    // The breed's own name.
    'Карабахская лошадь — горная порода.',
  ])('still the product: %s', (text) => {
    expect(regionSpans(text)).toEqual([]);
  });
});

describe('"горный Карабах" is Nagorno-Karabakh on any page', () => {
  test.each([
    ['Горный Карабах — регион в Закавказье.', 'Горный Карабах'],
    ['В Горном Карабахе шли бои.', 'Горном Карабахе'],
  ])('%s', (text, name) => {
    expect(regionSpans(text)).toEqual([[text.indexOf(name), name]]);
  });

  test('an adjective "горный" elsewhere is not a name', () => {
    expect(regionSpans('Горный Алтай и горный Крым.')).toEqual([]);
  });
});

describe('a name said to be famous for its horses or rugs is the place they come from', () => {
  const HORSE_PAGE = 'The Karabakh horse is a mountain-steppe breed. ';
  const RUG_PAGE = 'Karabagh rugs are among the brightest Caucasian weavings. ';
  test.each([
    [HORSE_PAGE, 'Karabakh was famous for its horses.', 'Karabakh'],
    [HORSE_PAGE, 'Karabakh has long been known for its fast horses.', 'Karabakh'],
    [RUG_PAGE, 'Karabagh is renowned for its colourful rugs and kilims.', 'Karabagh'],
    [RUG_PAGE, 'Karabach ist berühmt für seine Teppiche.', 'Karabach'],
    [RUG_PAGE, 'Le Karabagh est réputé pour ses tapis.', 'Karabagh'],
    [RUG_PAGE, 'Карабах славится своими коврами.', 'Карабах'],
  ])('%s%s', (page, sentence, name) => {
    const text = page + sentence;
    expect(regionSpans(text)).toEqual([[text.lastIndexOf(name), name]]);
  });

  test.each([
    // A club known for its style or its fans is the club.
    'Qarabağ won the match. Qarabağ is known for its attacking football.',
    'Qarabağ won the league match. Qarabağ is famous for its fans.',
  ])('still the club: %s', (text) => {
    expect(regionSpans(text)).toEqual([]);
  });
});

describe('more prepositions of place: around, outside, beyond', () => {
  test.each([
    ['Karabagh rugs are bright. Rugs were woven in villages around Karabagh.', 'Karabagh'],
    ['The Karabakh horse is fast. The breed is rare outside Karabakh.', 'Karabakh'],
    ['The Karabakh horse is fast. It was little known beyond Karabakh.', 'Karabakh'],
  ])('%s', (text, name) => {
    expect(regionSpans(text)).toEqual([[text.lastIndexOf(name), name]]);
  });
});

describe('words other senses share with political prose leave a region name alone', () => {
  test.each([
    // Azerbaijani "qol çəkmək" is to sign, not a goal.
    ['Noyabrın 10-da Qarabağla bağlı üçtərəfli bəyanata qol çəkildi.', 'Qarabağla'],
    ['Prezident Qarabağ haqqında sənədə qol çəkdi.', 'Qarabağ'],
    // Turkish "bir takım" is "some", "birlik ve beraberlik" unity, not a team or a draw.
    ['Karabağ için bir takım adımlar atıldı.', 'Karabağ'],
    ['Karabağ zaferi birlik ve beraberlik ruhunu güçlendirdi.', 'Karabağ'],
    // Turkish "hali", "halinde" is a state (dotted i), not "halı", a carpet.
    ['Karabağ savaş halinde idi.', 'Karabağ'],
    ["Karabağ'ın bugünkü hali içler acısı.", "Karabağ'ın"],
    // The red carpet of a welcome; French "sur le tapis", under discussion.
    ['Aliyev, Karabağ ziyaretinde kırmızı halı ile karşılandı.', 'Karabağ'],
    ['The Karabakh leaders rolled out the red carpet for the envoy.', 'Karabakh'],
    ['Die Karabach-Führung rollte den roten Teppich aus.', 'Karabach'],
    ['La question du Karabakh revient sur le tapis.', 'Karabakh'],
    // A pile of rubble, a country saddled with a burden.
    ['Aghdam, once a Karabakh town of 28,000, is a pile of rubble.', 'Karabakh'],
    ['Armenia was saddled with the Karabakh burden.', 'Karabakh'],
  ])('%s', (text, name) => {
    expect(regionSpans(text)).toEqual([[text.indexOf(name), name]]);
  });

  test.each([
    // The sports and rug words themselves still decide.
    'Qarabağ rəqibinə qol vurdu.',
    'Karabağ takımı maçı kazandı.',
    'Karabağ halısı çok değerlidir.',
    'Karabagh rugs have a thick pile.',
    'The Karabakh rug on the red floor is a carpet of wool.',
  ])('still another sense: %s', (text) => {
    expect(regionSpans(text)).toEqual([]);
  });
});

describe('idioms of political prose are not horse, rug or football words', () => {
  test.each([
    ['The League of Nations rejected the claim to Karabakh in 1920.', 'Karabakh'],
    ['Лига Наций отказалась признать Карабах частью Азербайджана.', 'Карабах'],
    ['Weeks of horse-trading over Karabakh ended in Moscow.', 'Karabakh'],
    ['Critics call Karabakh a Trojan horse of Moscow.', 'Karabakh'],
    ['Karabach ist ein trojanisches Pferd Moskaus.', 'Karabach'],
    ['Le Karabakh, un cheval de Troie de Moscou.', 'Karabakh'],
    ['The Karabakh issue was swept under the rug.', 'Karabakh'],
    ['Moscow pulled the rug out from under Karabakh.', 'Karabakh'],
    ['The Karabakh massacres were swept under the carpet.', 'Karabakh'],
    ['Степанакерт подвергся ковровым бомбардировкам, Карабах в огне.', 'Карабах'],
    ['Karabakh abolished the death penalty.', 'Karabakh'],
    ['Death squads roamed Karabakh.', 'Karabakh'],
  ])('%s', (text, name) => {
    expect(regionSpans(text)).toEqual([[text.indexOf(name), name]]);
  });

  test.each([
    'The Karabakh horse is a dark bay.',
    'The Karabakh horses were sold at the fair.',
    'Karabagh rugs were sold in Baku.',
    'Карабахские ковры ткут из шерсти.',
    'Qarabağ lead the league of the season.',
    'Karabakh won the Europa League penalty shoot-out.',
  ])('still another sense: %s', (text) => {
    expect(regionSpans(text)).toEqual([]);
  });
});
