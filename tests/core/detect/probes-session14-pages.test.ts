/**
 * Session 14's probes of whole short pages (written for this project, none taken from the
 * corpus): a page about the region that mentions the football club once, and pages of the
 * club, the horse and the rug that name the conflict's towns.
 */
import { describe, expect, test } from 'vitest';
import { createPageDetector } from '../../../core/detect/page-detector';
import { mentionTexts } from '../../helpers/mention-texts';

// The page judges a bare shared name by the names its sentences settled: one "Qarabag FK"
// against no certain region name made every bare "Karabakh" of a page about the region's
// reconstruction the club. The conflict's towns and leaders named outside a sentence of the
// club, the horse or the rug (and not beside a shared name the sentence left undecided) now
// count as the region there.
const regionPages = [
  [
    "Azerbaijan is rebuilding Karabakh after the 2023 offensive. New roads link Agdam, Fuzuli and Shusha. The government says 150,000 people will return to Karabakh by 2026. Qarabag FK, the football club that left Agdam in 1993, plans to play in its rebuilt home stadium next season. Karabakh's mine contamination remains among the worst in the world.",
    ['Karabakh', 'Karabakh', "Karabakh's"],
  ],
  [
    'Азербайджан восстанавливает Карабах. В Агдаме, Физули и Шуше строятся новые кварталы. К 2026 году в Карабах вернутся 150 тысяч человек. Футбольный клуб «Карабах», покинувший Агдам в 1993 году, планирует вернуться на домашний стадион. Разминирование Карабаха займёт десятилетия.',
    ['Карабах', 'Карабах', 'Карабаха'],
  ],
  [
    'Azərbaycan Qarabağı yenidən qurur. Ağdam, Füzuli və Şuşada yeni məhəllələr tikilir. 2026-cı ilədək Qarabağa 150 min nəfər qayıdacaq. 1993-cü ildə Ağdamı tərk edən "Qarabağ" futbol klubu doğma stadionuna qayıtmağı planlaşdırır. Qarabağın minalardan təmizlənməsi onilliklər çəkəcək.',
    ['Qarabağı', 'Qarabağa', 'Qarabağın'],
  ],
  [
    'Ադրբեջանը վերակառուցում է Ղարաբաղը։ Աղդամում, Ֆիզուլիում և Շուշիում նոր թաղամասեր են կառուցվում։ Մինչև 2026 թվականը Ղարաբաղ կվերադառնա 150 հազար մարդ։ «Ղարաբաղ» ֆուտբոլային ակումբը, որը 1993 թվականին լքել է Աղդամը, ծրագրում է վերադառնալ իր մարզադաշտ։ Ղարաբաղի ականազերծումը տասնամյակներ կտևի։',
    ['Ղարաբաղը', 'Ղարաբաղ', 'Ղարաբաղի'],
  ],
] as const;

describe('a page about the region that mentions the club once keeps its bare names', () => {
  test.each(regionPages)('%s', (text, names) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(names);
  });

  // The page detector (the content script's) gets the page block by block: the same counts.
  test('fed sentence by sentence to the page detector', () => {
    const [text, names] = regionPages[0];
    const d = createPageDetector<number>();
    const found = new Map<number, string[]>();
    const sentences = text.split(/(?<=\.) /);
    sentences.forEach((s, i) => {
      found.set(
        i,
        d.add(i, s).map((m) => m.text),
      );
    });
    for (const [key, mentions] of d.drainChanged())
      found.set(
        key,
        mentions.map((m) => m.text),
      );
    expect([...found.values()].flat()).toEqual(names);
  });
});

// The towns belong to the club's, the horse's and the rug's stories too: there they do not count.
describe('the towns on a page of the club, the horse or the rug', () => {
  test.each([
    'Qarabag beat Neftchi 2-0 in Baku. Qarabag’s Juninho scored twice. President Aliyev was in the stands. Qarabag lead the league by six points.',
    'The Karabakh horse is a mountain-steppe breed. Karabakh horses are known for their golden coat. The breed was famous in Shusha in the 19th century. Today the Karabakh is rare.',
    'Antique Karabagh rug, circa 1900. This Karabagh was made near Shusha. Size 6 x 4 ft. Karabagh rugs are known for their red grounds.',
    '«Карабах» разгромил «Зиру» 4:0. Карабах вернётся в Агдам через два года. Президент Алиев поздравил команду. Карабах лидирует в чемпионате.',
    'Qarabağ "Zirə"ni 4:0 hesabı ilə məğlub etdi. Qarabağ iki ildən sonra Ağdama qayıdacaq. Prezident İlham Əliyev Ağdamda yeni stadionun təməlini qoyub. Qarabağ çempionatda liderdir.',
  ])('no region: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });

  test.each([
    [
      'Карабах — Нефтчи: 2:0. Карабах обыграл Нефтчи в Баку. Карабах был вынужден покинуть Агдам после Карабахской войны. Карабах укрепил лидерство в чемпионате.',
      ['Карабахской'],
    ],
    [
      'Tapis Karabagh ancien, 1890. Ce Karabagh présente un médaillon rouge. Les tapis du Karabagh étaient noués dans la région de Choucha, au Haut-Karabakh. Le Karabagh est en bon état. Livraison gratuite.',
      ['Haut-Karabakh'],
    ],
  ])('only the certain region name: %s', (text, names) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(names);
  });
});

// Rug and horse pages tell where the region is and who lived there.
describe('geography and people on rug and horse pages', () => {
  test.each([
    // A place preposition before and a comma after close the phrase: the horse word beyond
    // the comma is the next phrase's.
    ['The Karabakh horse is a breed. Karabakh horses were prized. In Karabakh, stud farms at Agdam kept the line alive.', ['Karabakh']],
    // French and German verbs of location, and the weavers of a place.
    ["Les tapis du Karabagh sont rouges. Le Karabagh s'étend entre la Koura et l'Araxe. Les tapis Karabagh sont noués main.", ['Karabagh']],
    ['Karabach-Teppiche sind rot. Karabach erstreckt sich zwischen Kura und Araxes. Karabach-Teppiche sind geknüpft.', ['Karabach']],
    ['Karabach-Teppiche sind rot. Die Weber Karabachs verwendeten Krapp. Karabach-Teppiche sind geknüpft.', ['Karabachs']],
    ['Карабахские ковры красные. Ткачи Карабаха использовали марену. Карабахские ковры ценятся.', ['Карабаха']],
  ])('%s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  test('a comma after the name does not free it from a veto before it', () => {
    expect(mentionTexts('Karabakh horses were prized. The breed came from the Karabakh horse, a golden one.', 'karabakh')).toEqual([]);
  });
});

// The work of rebuilding a place, as a noun right before its name, makes it the region on an
// award page full of the order's names; a coach's verbs ("rebuilding Qarabag") are not among them.
describe('the work of rebuilding a place', () => {
  test.each([
    [
      'President Aliyev awarded the Karabakh Order to 20 servicemen. The Karabakh Order was established in 2020. Recipients of the Karabakh receive a gold star. Aliyev also spoke about the reconstruction of Karabakh.',
      ['Karabakh'],
    ],
    [
      'Орденом «Карабах» награждены 20 военнослужащих. Орден «Карабах» учреждён в 2020 году. Президент говорил и о восстановлении Карабаха.',
      ['Карабаха'],
    ],
    // Armenian puts the genitive name before the work.
    ['Ղարաբաղի ձիերը հայտնի են։ Ղարաբաղի ձին ոսկեգույն է։ Ղարաբաղի վերակառուցումը շարունակվում է։', ['Ղարաբաղի']],
  ])('%s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  test('a coach rebuilding the club is not the region', () => {
    const text = 'Qarabag lost 0-2 to Ajax. Gurbanov is rebuilding Qarabag after the defeat. Qarabag play Neftchi on Sunday.';
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

// A certain region name (Nagorno-Karabakh, Haut-Karabakh) near words of the club, the horse or
// the rug is the place of that story: like the towns, it no longer counts for the region when
// the page weighs its bare names. A match report that explains the club's exile tied with the
// report's football and its club names became the region; a horse page that named the war
// lost its breed to the region. It reads only the cues its neighbours' windows found (a town,
// a shared name), so it costs no scan of its own.
describe('a certain region name near words of another sense', () => {
  test.each([
    [
      "Ligue des champions : Qarabag, l'improbable invité. Le club d'Agdam, ville fantôme du Haut-Karabakh, n'a plus joué chez lui depuis 1993. Qarabag dispute ses matchs à Bakou, au Tofiq Bahramov. La région du Karabakh, reprise par l'Azerbaïdjan en 2020 et 2023, reste minée. Qarabag a battu Benfica 3-2 au Portugal. Qarabag recevra Chelsea le 5 novembre.",
      ['Haut-Karabakh', 'Karabakh'],
    ],
    [
      'Champions League: Karabach Agdam sorgt weiter für Furore. Der Klub aus Agdam, einer Geisterstadt in Bergkarabach, hat seit 1993 nicht mehr zu Hause gespielt. Karabach trägt seine Spiele in Baku aus. Die Region Karabach, 2020 und 2023 von Aserbaidschan zurückerobert, ist noch immer vermint. Karabach schlug Benfica in Lissabon mit 3:2. Karabach empfängt Chelsea am 5. November.',
      ['Bergkarabach', 'Karabach'],
    ],
    [
      'The Karabakh is a mountain-steppe riding horse. The Karabakh was developed in the Karabakh region of the Caucasus. Karabakhs are known for their golden coats. During the Nagorno-Karabakh war, the Karabakh stud at Aghdam was lost, and the Karabakh became rare.',
      ['Karabakh', 'Nagorno-Karabakh'],
    ],
    ['Qarabag FK won 2-1. Qarabag have played in Baku since the Nagorno-Karabakh war.', ['Nagorno-Karabakh']],
  ])('%s', (text, names) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(names);
  });
});
