/**
 * Session 14's probes, written for this project (none taken from the corpus): the force
 * called literally "the Russian military contingent" in Armenian and Turkish, and a horse
 * page that says where the breed comes from with a homeland word.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

// The contingent's own English name, word for word, was known in Russian (российский военный
// контингент), Azerbaijani (Rusiya hərbi kontingenti), French and German, but not in Armenian
// (ռուսական ռազմական զորախումբ / զորակազմ) or Turkish (Rus askerî kontenjanı).
describe('"the Russian military contingent" in Armenian and Turkish', () => {
  test.each([
    ['Ռուսական ռազմական զորախումբը լքեց Արցախը 2024 թվականին։', 'Ռուսական ռազմական զորախումբը'],
    ['Ռուսաստանի Դաշնության ռազմական զորակազմը Արցախում էր։', 'Ռուսաստանի Դաշնության ռազմական զորակազմը'],
    ['Rus askeri kontenjanı Karabağ’dan 2024’te çekildi.', 'Rus askeri kontenjanı'],
    ['Dağlık Karabağ’daki Rus askerî kontenjanının görevi sona erdi.', 'Rus askerî kontenjanının'],
  ])('%s', (text, force) => {
    expect(mentionTexts(text, 'rmc')).toEqual([force]);
  });

  // Like the other names of the force, these count only on a page about the topic: the same
  // words about Syria are another contingent.
  test.each(['Ռուսական ռազմական զորախումբը Սիրիայում մնաց մինչև 2024 թվականը։', 'Suriye’deki Rus askeri kontenjanı geri çekildi.'])(
    'elsewhere: nothing: %s',
    (text) => {
      expect(mentionTexts(text, 'rmc')).toEqual([]);
    },
  );
});

// A horse page says where the breed comes from: "its homeland is Karabakh". The homeland word
// right before the name makes it the place, as "Origin: Karabakh" and "native to Karabakh"
// do; the page's other bare names stay the breed. Russian puts a genitive right after
// *родина* for what comes from the place (*родина карабахских ковров*), so there only a dash
// after the homeland phrase counts.
describe('a homeland word before the name makes it the place, on a horse page too', () => {
  test.each([
    [
      'Qarabağ atı Azərbaycanın ən qədim at cinslərindən biridir. Cinsin vətəni Qarabağdır. Qarabağ atları qızılı rəngi ilə seçilir.',
      ['Qarabağdır'],
    ],
    ['Karabağ atı eski bir cinstir. Bu atın anavatanı Karabağ’dır. Karabağ atları altın rengindedir.', ['Karabağ']],
    ['Карабахская лошадь — древняя порода. Родина породы — Карабах. Карабахские лошади ценятся за выносливость.', ['Карабах']],
    [
      "The Karabakh horse is an old breed. The breed's homeland, Karabakh, lies in the South Caucasus. Karabakh horses are golden.",
      ['Karabakh'],
    ],
    ['Ղարաբաղի ձին հին ցեղատեսակ է։ Ցեղատեսակի հայրենիքը Ղարաբաղն է։ Ղարաբաղի ձիերը ոսկեգույն են։', ['Ղարաբաղն']],
  ])('%s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  test('a Russian genitive right after родина is the product, not the place', () => {
    const text =
      'Карабахская лошадь — древняя порода. Родина карабахской лошади находится на Кавказе. Карабахские лошади ценятся за выносливость.';
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });

  // The breed's own name in the genitive (Qarabağ atının vətəni, "the Karabakh horse's
  // homeland") is the breed: the Azerbaijani horse word takes its case endings (atı, atının).
  test('an inflected Azerbaijani horse word keeps the name before it the breed', () => {
    const text =
      'Qarabağ atı — Azərbaycanın qədim at cinsidir. Qarabağ atının vətəni Qarabağdır. Qarabağ atları Ağdam at zavodunda yetişdirilirdi.';
    expect(mentionTexts(text, 'karabakh')).toEqual(['Qarabağdır']);
  });
});
