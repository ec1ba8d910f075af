/**
 * Session 18's probes of the context rules, written for this project (none taken from the
 * corpus or from the probe pages that showed the need): a page that writes another sense's
 * names in quotation marks, and a venue's own name.
 */
import { describe, expect, test } from 'vitest';
import { createPageDetector } from '../../../core/detect/page-detector';
import { mentionTexts } from '../../helpers/mention-texts';

// Azerbaijani, Turkish and Russian pages put the name of a thing (the order, the club) in
// quotation marks and leave the place bare: where a page does so every time, a bare name
// its sentence leaves to the page is the region (page-state.ts, QUOTES_OTHER_SENSES).
describe('a page that quotes the other sense leaves the bare name to the region', () => {
  test('an award page in Azerbaijani', () => {
    const page = [
      'Hərbi qulluqçular "Qarabağ" ordeni ilə təltif edilib.',
      'Sərəncama əsasən 40 zabit "Qarabağ" ordeni ilə təltif olunub.',
      'Onların sayəsində Qarabağda bu gün bərpa işləri gedir.',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual(['Qarabağda']);
  });

  test('an award page in Turkish', () => {
    const page = [
      'Cumhurbaşkanı, 12 askere "Karabağ" Nişanı verdi.',
      'Törende "Karabağ" Nişanı alan subaylar da konuştu.',
      "Kararnamede Karabağ'ın yeniden inşasına katkı vurgulandı.",
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual(["Karabağ'ın"]);
  });

  test('read block by block, the page detector follows the habit as it shows and ends', () => {
    const blocks = ['Hərbi qulluqçular "Qarabağ" ordeni ilə təltif edilib.', 'Qarabağ qazilərinə mənzillər verilib.'];
    const detector = createPageDetector<number>();
    const found = new Map(blocks.map((text, i) => [i, detector.add(i, text)]));
    const texts = () => {
      for (const [key, mentions] of detector.drainChanged()) found.set(key, mentions);
      return [...found.values()].flat().map((m) => m.text);
    };
    // One quoted name is no habit yet: the bare name is the order's.
    expect(texts()).toEqual([]);
    // A second quoted name shows the habit: the bare name read before is the region now.
    found.set(2, detector.add(2, 'Sərəncama əsasən 40 zabit "Qarabağ" ordeni ilə təltif olunub.'));
    expect(texts()).toEqual(['Qarabağ']);
    expect(detector.counts().karabakh).toBe(1);
    // A plain name rejected as the order ends the habit.
    found.set(3, detector.add(3, 'Qarabağ ordenli zabitlər mərasimdə iştirak edib.'));
    expect(texts()).toEqual([]);
    expect(detector.counts().karabakh).toBe(0);
  });

  test('one quoted name is no habit', () => {
    const page = [
      'Hərbi qulluqçular "Qarabağ" ordeni ilə təltif edilib.',
      'Qarabağ ordenli zabitlər mərasimdə iştirak edib.',
      'Qarabağ qazilərinə mənzillər verilib.',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual([]);
  });

  test('a page that also writes the club plain keeps bare names for the club', () => {
    const page = [
      '"Qarabağ" – "Neftçi" oyunu 2:1 başa çatıb.',
      '"Qarabağ" liqada liderdir.',
      'Qarabağ FK növbəti turda "Sabah"la qarşılaşacaq.',
      'Qarabağ yenə qalib gəldi.',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual([]);
  });

  test('quoted names in hashtags follow no habit', () => {
    const page = [
      '"Qarabağ" ordeni ilə təltif olunanlar.',
      '"Qarabağ" ordeni 2020-ci ildə təsis edilib.',
      'Qarabağ qazilərinə mənzillər verilib.',
      'Teqlər: #QarabağOrdeni',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual(['Qarabağ']);
  });
});

// A hotel's own name: a capitalised venue word right after the name.
describe('a venue named after the region', () => {
  test.each([
    ['Dinner will be served at the Karabakh Residence in Baku after the ceremony.'],
    ['Book two nights at the Garabagh Resort with breakfast included.'],
  ])('%s', (text) => {
    expect(mentionTexts(`${text}\nThe Nagorno-Karabakh war ended in 2020.`, 'karabakh')).toEqual(['Nagorno-Karabakh']);
  });
});

// The force and the region's people under names the lexicon lacked.
describe('more names', () => {
  test.each([
    ["Rus barışı koruma birliği Karabağ'dan çekildi.", 'rmc', ['Rus barışı koruma birliği']],
    [
      'Bakü, Rus barış koruma birliğinin görev süresini tartışıyor; birlik Karabağ bölgesinde konuşlu.',
      'rmc',
      ['Rus barış koruma birliğinin'],
    ],
    ['Im Juni 2024 war der Abzug der RF-Friedenstruppen aus Bergkarabach abgeschlossen.', 'rmc', ['RF-Friedenstruppen']],
    ['The Karabakhtsis who fled in 2023 now live in Armenia.', 'karabakh', ['Karabakhtsis']],
  ] as const)('%s', (text, entity, names) => {
    expect(mentionTexts(text, entity)).toEqual(names);
  });
});

// The best-known trilateral format of another region: its statements are not ours, even on a
// page that names Karabakh.
describe('a trilateral statement of the United States, Japan and South Korea', () => {
  test.each([
    [
      "ABD, Japonya ve Güney Kore'den üçlü bildiri: yeni bir dönem başlıyor.",
      'Rusya, Dağlık Karabağ savaşını bitiren üçlü bildiriye arabuluculuk etmişti.',
    ],
    [
      'The United States, Japan and South Korea issued a trilateral statement at Camp David.',
      'The Karabakh war ended with a trilateral statement in 2020.',
    ],
  ])('%s', (text, other) => {
    expect(mentionTexts(`${text}\n${other}`, 'trilateral-statement')).toHaveLength(1);
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });
});

// Korea's armistice is the best-known ceasefire agreement of another war.
describe("Korea's armistice is another war's", () => {
  test.each([
    ["Kore Yarımadası'nda 1953'ten bu yana yalnızca bir ateşkes anlaşması var."],
    ['On the Korean Peninsula an armistice agreement, not a peace treaty, keeps the guns silent.'],
    ['Auf der koreanischen Halbinsel gilt bis heute nur ein Waffenstillstandsabkommen.'],
  ])('%s', (text) => {
    const page = `${text}\nThe trilateral statement of 10 November 2020 ended the Karabakh war.`;
    expect(mentionTexts(page, 'trilateral-statement')).toEqual(['trilateral statement']);
  });
});
