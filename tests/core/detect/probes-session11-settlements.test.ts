/**
 * Issue 14, session 11: probes written for this project (none taken from the corpus) for the
 * region named on a rug or horse page by the places and people it holds: "the villages of
 * Karabakh" in each language's grammar. A rug type or a breed has no villages, towns or
 * inhabitants, so these decide for the region even where the page is about rugs or horses:
 * - Russian and German put the name after the noun, in the genitive (*в сёлах Карабаха*,
 *   *in den Dörfern Karabachs*);
 * - Azerbaijani, Turkish and Armenian put it before, in the genitive (*Qarabağın kəndləri*,
 *   *Karabağ'ın köyleri*, *Ղարաբաղի գյուղերը*) or, for a plural, as a compound (*Qarabağ
 *   kəndləri*).
 * And the guards: a village NAMED Karabağ (*Karabağ köyü*, *Qarabağ kəndi*: a singular
 * without the genitive), a rug's own words (*village rug*, *сельский ковёр*), and the
 * club's supporters and players, who are not its inhabitants.
 */
import { describe, expect, test } from 'vitest';
import { mentionsAfterTopic } from '../../helpers/mentions-after-topic';
import { mentionTexts } from '../../helpers/mention-texts';

/** A first sentence that makes the page about rugs or horses, so only the probe's grammar can make the name the region. */
const RUG_PAGE: Record<string, string> = {
  en: 'Karabagh rugs are among the most colourful Caucasian carpets.',
  ru: 'Карабахские ковры — одна из групп кавказских ковров.',
  az: 'Qarabağ xalçaları Azərbaycan xalçaçılığının məktəblərindən biridir.',
  hy: 'Ղարաբաղի գորգերը կովկասյան գորգերի խումբ են։',
  fr: 'Les tapis Karabagh comptent parmi les tapis du Caucase.',
  de: 'Karabagh-Teppiche gehören zu den kaukasischen Teppichen.',
  tr: 'Karabağ halıları Kafkas halılarının bir grubudur.',
};
const HORSE_PAGE: Record<string, string> = {
  en: 'The Karabakh horse is a mountain-steppe riding breed.',
  ru: 'Карабахская лошадь — горно-степная верховая порода.',
  az: 'Qarabağ atı dağ-çöl cinsinə aid minik atıdır.',
  hy: 'Ղարաբաղի ձին լեռնատափաստանային ցեղատեսակ է։',
  fr: 'Le karabakh est une race de chevaux de selle.',
  de: 'Der Karabach ist eine Pferderasse aus dem Kaukasus.',
  tr: 'Karabağ atı dağ-step tipi bir binek atıdır.',
};

/** The karabakh mentions of the probe sentence only (the page's first sentence is the rug or the horse). */
const inSentence = (page: Record<string, string>, lang: string, sentence: string) => mentionsAfterTopic(page[lang]!, sentence, 'karabakh');

describe('the villages, towns and people of Karabakh: the region, on rug and horse pages too', () => {
  test.each([
    ['ru', 'Их ткали в сёлах Карабаха.', 'Карабаха'],
    ['ru', 'Такие ковры ткали в деревнях Карабаха.', 'Карабаха'],
    ['ru', 'Жители Карабаха ткали их веками.', 'Карабаха'],
    ['ru', 'Их покупали в городах Арцаха.', 'Арцаха'],
    ['de', 'Sie wurden in den Dörfern Karabachs geknüpft.', 'Karabachs'],
    ['de', 'Die Bewohner Karabachs knüpften sie über Generationen.', 'Karabachs'],
    ['az', 'Bu xalçalar Qarabağın kəndlərində toxunurdu.', 'Qarabağın'],
    ['az', 'Qarabağ kəndlərində hər ailə xalça toxuyurdu.', 'Qarabağ'],
    ['az', 'Qarabağın əhalisi xalçaçılıqla məşğul olurdu.', 'Qarabağın'],
    ['tr', "Bu halılar Karabağ'ın köylerinde dokunurdu.", "Karabağ'ın"],
    ['tr', 'Karabağ köylerinde her aile halı dokurdu.', 'Karabağ'],
    ['hy', 'Դրանք գործվում էին Ղարաբաղի գյուղերում։', 'Ղարաբաղի'],
    ['hy', 'Ղարաբաղի բնակիչները դրանք գործում էին դարերով։', 'Ղարաբաղի'],
  ])('rug page, %s: %s', (lang, sentence, name) => {
    expect(inSentence(RUG_PAGE, lang, sentence)).toEqual([name]);
  });

  test.each([
    ['ru', 'Табуны паслись у сёл Карабаха.', 'Карабаха'],
    ['az', 'Atlar Qarabağın kəndlərində saxlanılırdı.', 'Qarabağın'],
    ['tr', "Atlar Karabağ'ın köylerinde yetiştirilirdi.", "Karabağ'ın"],
    ['hy', 'Ձիերին պահում էին Արցախի գյուղերում։', 'Արցախի'],
    ['de', 'Die Pferde weideten bei den Dörfern Karabachs.', 'Karabachs'],
  ])('horse page, %s: %s', (lang, sentence, name) => {
    expect(inSentence(HORSE_PAGE, lang, sentence)).toEqual([name]);
  });
});

describe('not the region: a village named Karabağ, a rug word, the club', () => {
  test.each([
    ['tr', 'Karabağ köyü Tarsus ilçesine bağlıdır.'],
    ['az', 'Qarabağ kəndi xalçaları ilə tanınır.'],
    ['en', 'This Karabagh village rug has a red field.'],
    ['ru', 'Этот сельский ковёр — карабахский.'],
    ['ru', 'Деревенские ковры Карабах нередко продают дешевле.'],
  ])('rug page, %s: %s', (lang, sentence) => {
    expect(inSentence(RUG_PAGE, lang, sentence)).toEqual([]);
  });

  test.each([
    ['ru', '«Карабах» обыграл «Бенфику» в Лиге чемпионов. Болельщики Карабаха праздновали победу.'],
    ['az', 'Qarabağ Çempionlar Liqasında Benfikanı məğlub etdi. Qarabağın azarkeşləri qələbəni qeyd etdi.'],
    ['tr', "Karabağ Şampiyonlar Ligi'nde Benfica'yı yendi. Karabağ'ın taraftarları galibiyeti kutladı."],
    ['de', 'Karabach schlug Benfica in der Champions League. Die Fans Karabachs feierten den Sieg.'],
  ])('football, %s: %s', (_lang, text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});
