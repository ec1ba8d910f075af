/**
 * Issue 14, session 9: probes written for this project (none taken from the corpus) for the
 * force's names by each language's grammar, and the look-alikes that must stay unmatched:
 * - a Karabakh name inside the force's name settles it as a Karabakh name in its sentence
 *   would ("Russia's Karabakh peacekeepers", *Rusiyanın Qarabağdakı sülhməramlıları*,
 *   *Rusya'nın Karabağ'daki barış gücü*): the force's name wins over the region's, being the
 *   head of the phrase, and the inner name makes the page about the topic;
 * - Russian "peacekeepers of the Russian Federation" and "the Russian contingent of
 *   peacekeepers"; Azerbaijani "of the Ministry of Defence", "in the territory of the Republic
 *   of Azerbaijan", "in Nagorno-Karabakh" between the country and the force; Turkish "Russian
 *   Federation"; French *pacificateurs russes*, *forces russes de pacification*, "of the Russian
 *   army" (*soldats de la paix de l'armée russe*);
 * - another conflict's place right after the force, at most a preposition between ("Russian
 *   peacekeepers in Transnistria",
 *   *Rusiya sülhməramlıları Dnestryanıda*) makes it another force even in a sentence that
 *   names Karabakh.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

describe('a Karabakh name inside the force: the force, settled by its inner name', () => {
  test.each([
    ["Russia's Karabakh peacekeepers left in April.", "Russia's Karabakh peacekeepers"],
    ["Russia's Nagorno-Karabakh peacekeepers left in April.", "Russia's Nagorno-Karabakh peacekeepers"],
    ['The Russian Karabakh peacekeeping mission ended early.', 'Russian Karabakh peacekeeping mission'],
    ['Rusiyanın Qarabağdakı sülhməramlıları geri çəkildi.', 'Rusiyanın Qarabağdakı sülhməramlıları'],
    ['Rusiyanın Dağlıq Qarabağdakı sülhməramlıları getdi.', 'Rusiyanın Dağlıq Qarabağdakı sülhməramlıları'],
    ["Rusya'nın Karabağ'daki barış gücü çekildi.", "Rusya'nın Karabağ'daki barış gücü"],
  ])('%s', (text, name) => {
    // The sentence names the region only inside the force's name: alone, it is the whole page.
    expect(mentionTexts(text)).toEqual([name]);
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test('the inner name makes the page about the topic for the rest of it', () => {
    const page = 'Rusiyanın Qarabağdakı sülhməramlıları geri çəkildi. Onları üçtərəfli bəyanat göndərmişdi.';
    expect(mentionTexts(page, 'trilateral-statement')).toEqual(['üçtərəfli bəyanat']);
  });

  test.each([
    // The inner name anchors it as a Karabakh name in its sentence would: a proposal dated before
    // the deployment still rejects it, as it does "Russian peacekeepers" beside "Karabakh".
    'In 1994 Moscow proposed Russia’s Karabakh peacekeepers, but Baku refused.',
    // Without "Russian", "Karabakh peacekeepers" is not the force's name.
    'The Karabakh peacekeepers were never sent in the 1990s.',
  ])('not the contingent: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('Russian: the force of the Russian Federation, the contingent of peacekeepers', () => {
  test.each([
    ['Миротворцы Российской Федерации покинули Нагорный Карабах.', 'Миротворцы Российской Федерации'],
    ['Российский контингент миротворцев в Карабахе выведен.', 'Российский контингент миротворцев'],
    ['Российского военного контингента миротворцев в Карабахе больше нет.', 'Российского военного контингента миротворцев'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    'Миротворцы Российской Федерации в Приднестровье остаются, а Карабах забыт.',
    'Российский контингент миротворцев в Абхазии сокращён.',
  ])('not the contingent: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('Azerbaijani: what stands between the country and the force', () => {
  test.each([
    ['Rusiya Müdafiə Nazirliyinin sülhməramlı kontingenti Qarabağda idi.', 'Rusiya Müdafiə Nazirliyinin sülhməramlı kontingenti'],
    [
      'Rusiya Federasiyasının Azərbaycan Respublikasının ərazisində müvəqqəti yerləşdirilmiş sülhməramlı kontingenti Qarabağdan çıxdı.',
      'Rusiya Federasiyasının Azərbaycan Respublikasının ərazisində müvəqqəti yerləşdirilmiş sülhməramlı kontingenti',
    ],
    [
      'Rusiyanın Qarabağ iqtisadi rayonunda müvəqqəti yerləşdirilmiş sülhməramlı kontingenti çıxarılır.',
      'Rusiyanın Qarabağ iqtisadi rayonunda müvəqqəti yerləşdirilmiş sülhməramlı kontingenti',
    ],
    ['Rus sülhməramlılarına Qarabağda hücum edilmədi.', 'Rus sülhməramlılarına'],
    ['Rus sülhməramlılarından biri Xankəndidə yaralandı.', 'Rus sülhməramlılarından'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    'Rusiya sülhməramlıları Dnestryanıda qalır, Qarabağ isə azaddır.',
    'Rusiya sülhməramlıları Abxaziyada və Cənubi Osetiyada yerləşdirilib.',
    'KTMT sülhməramlıları Qazaxıstana göndərildi.',
    'BMT sülhməramlıları Livanda xidmət edir, Qarabağda yox.',
    'Rusiya sərhədçiləri Ermənistanda qalır, Qarabağ isə azaddır.',
    'Rusiya Müdafiə Nazirliyinin sülhməramlıları Abxaziyada qalır.',
  ])('not the contingent: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('Turkish, French and German: the Russian Federation, pacificateurs, Friedensschutztruppe', () => {
  test.each([
    ["Rusya Federasyonu barış gücü Karabağ'dan çekildi.", 'Rusya Federasyonu barış gücü'],
    ["Rusya Federasyonu'nun barış gücü Karabağ'dan çekildi.", "Rusya Federasyonu'nun barış gücü"],
    ['Les pacificateurs russes ont quitté le Haut-Karabakh.', 'pacificateurs russes'],
    ['Les forces russes de pacification ont quitté le Haut-Karabakh.', 'forces russes de pacification'],
    ['Les troupes pacificatrices russes sont arrivées au Haut-Karabakh.', 'troupes pacificatrices russes'],
    ["Les soldats de la paix de l'armée russe ont quitté le Haut-Karabakh.", "soldats de la paix de l'armée russe"],
    ['Die russische Friedensschutztruppe verließ Bergkarabach.', 'russische Friedensschutztruppe'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    "Rusya Federasyonu barış gücü Abhazya'da kalıyor.",
    'Les pacificateurs russes en Transnistrie restent, le Haut-Karabakh est loin.',
    'Les pacificateurs russes sont en Ossétie du Sud depuis 1992.',
    "Les soldats de la paix de l'armée russe en Transnistrie restent.",
    'Die russische Friedensschutztruppe in Transnistrien bleibt.',
  ])('not the contingent: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe("another conflict's place right after the force makes it another force, even beside Karabakh", () => {
  test.each([
    'Russian peacekeepers in Transnistria stay, while Karabakh is free.',
    'Российские миротворцы в Приднестровье остаются, Карабах забыт.',
    'Les soldats de la paix russes en Transnistrie restent, le Haut-Karabakh est loin.',
    'Die russischen Friedenstruppen in Transnistrien bleiben, Bergkarabach nicht.',
    "Rus barış gücü Transdinyester'de kalıyor, Karabağ ise özgür.",
    'Ռուս խաղաղապահները Մերձդնեստրում են, Արցախը՝ ոչ։',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
    // The region is still the region.
    expect(mentionTexts(text, 'karabakh')).toHaveLength(1);
  });

  test.each([
    // Further off (two words or more), the other place is the other part of the sentence.
    ['Russian peacekeepers left Karabakh and were sent to the front in Ukraine.', 'Russian peacekeepers'],
    ['Russian peacekeepers in Karabakh, unlike those in Transnistria, left.', 'Russian peacekeepers'],
    ['Russian peacekeepers withdraw amid Ukraine war, leaving Karabakh.', 'Russian peacekeepers'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });
});

describe('Armenian: the armed forces abbreviated inside the force of the Russian Federation', () => {
  test('Ռուսաստանի Դաշնության ԶՈՒ խաղաղապահ զորակազմը', () => {
    const text = 'Ռուսաստանի Դաշնության ԶՈՒ խաղաղապահ զորակազմը լքեց Արցախը։';
    expect(mentionTexts(text, 'rmc')).toEqual(['Ռուսաստանի Դաշնության ԶՈՒ խաղաղապահ զորակազմը']);
  });

  test('not beside another conflict', () => {
    expect(mentionTexts('Ռուսաստանի Դաշնության ԶՈՒ խաղաղապահները Մերձդնեստրում են։', 'rmc')).toEqual([]);
  });
});
