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
 * - the weavers, craftsmen or artisans "of" a place.
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
