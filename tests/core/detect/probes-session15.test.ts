/**
 * Session 15's probes, written for this project (none taken from the corpus): horse and rug
 * pages that also name the region, in the grammar each language uses for a place's land
 * and for what belongs to it or goes to it.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

// Azerbaijani and Turkish name a rug or a breed after the region with the bare name (Qarabağ
// xalçası, Karabağ atı). A dative (where something goes) or a genitive (whose something is)
// is the place's, or the club's: rug and horse words around it do not make it the rug or the
// horse. The page's bare names stay the rug and the horse.
describe('an Azerbaijani or Turkish dative or genitive on a rug or horse page is the place', () => {
  test.each([
    [
      'Qarabağ atı qədim cinsdir. Mütəxəssislər atların yenidən Qarabağa qaytarılmasını təklif edir. Qarabağ atları qızılı rənglidir.',
      ['Qarabağa'],
    ],
    [
      "Karabağ atı eski bir ırktır. Yetiştiriciler atları yeniden Karabağ'a götürmek istiyor. Karabağ atları altın renklidir.",
      ["Karabağ'a"],
    ],
    [
      'Qarabağ xalçası məşhurdur. Qarabağın xalçaçılıq ənənəsi əsrlər boyu yaşayıb. Bu Qarabağ xalçası 1910-cu ildə toxunub.',
      ['Qarabağın'],
    ],
    [
      "Karabağ halısı çok aranır. Karabağ'ın halıcılık geleneği yüzyıllar öncesine uzanır. Bu Karabağ halısı 1920'de dokundu.",
      ["Karabağ'ın"],
    ],
  ])('%s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  // The same cases name the club in a match report: the football words decide them.
  test.each([
    'Qarabağ Neftçiyə qalib gəldi. Neftçi Qarabağa 2:1 hesabı ilə uduzdu. Qarabağın qapıçısı matçın ən yaxşı oyunçusu seçildi.',
    "Karabağ, Galatasaray'ı 2-1 yendi. Fenerbahçe Karabağ'a karşı kazanamadı. Karabağ'ın kalecisi maçın yıldızı oldu.",
  ])('the club in a match report: nothing: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

// A place has uplands, hills and pastures; a breed or a rug type has none. Such a word right
// beside the name makes it the region, as "the mountains of Karabakh" already did, though the
// sentence is about horses.
describe('the land of a place (uplands, hills, pastures) makes the name the region', () => {
  test.each([
    [
      "The Karabakh is a hardy horse. Breeders say the Karabakh thrives on the summer pastures of Karabakh's uplands. Karabakh horses are golden.",
      ["Karabakh's"],
    ],
    [
      'Карабахская лошадь — древняя порода. Заводчики мечтают вернуть табуны на пастбища Карабаха. Карабахские лошади ценятся за выносливость.',
      ['Карабаха'],
    ],
    [
      'Le karabakh est un cheval de selle. Les éleveurs espèrent ramener les chevaux dans les pâturages du Karabakh. Un étalon karabakh a été offert à la reine en 1956.',
      ['Karabakh'],
    ],
    [
      "Karabağ atı eski bir ırktır. Irk yüzyıllardır Karabağ'ın dağlık yaylalarında yetiştirilir. Karabağ atları altın renklidir.",
      ["Karabağ'ın"],
    ],
    [
      'Der Karabach ist eine robuste Pferderasse. Die Pferde weiden auf den Hochweiden Karabachs. 1956 erhielt die Königin einen Karabach-Hengst.',
      ['Karabachs'],
    ],
    [
      'Karabakh rugs are woven in many villages. The hills of Karabakh give the wool its colour. This Karabakh rug dates from 1900.',
      ['Karabakh'],
    ],
  ])('%s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  // The steppe types a breed ("a mountain-steppe riding horse"), so it is not among them.
  test('a mountain-steppe horse stays the horse', () => {
    const text =
      'The Karabakh is a mountain-steppe riding horse. Karabakhs are known for their golden coats. The Karabakh was shown in London in 1956.';
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

// Stallions, mares, foals and stud farms in French, German, Russian, Azerbaijani and Turkish
// are horse words: "un étalon karabakh" is the breed, and a stud farm's sentence is a horse
// page's, so its towns do not outweigh the breed's names.
describe('stallions and stud farms are the horse', () => {
  test.each([
    'Le karabakh est une race de selle. Un étalon karabakh a été offert à la reine en 1956.',
    'Der Karabach ist eine Pferderasse. Ein Karabach-Hengst wurde 1956 verschenkt.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });

  test('a horse page that names the war and a stud farm keeps its bare names for the breed', () => {
    const text =
      'Das Karabach-Pferd ist eine Reitpferderasse. Der Karabach stammt aus Bergkarabach. Der Karabach ist für sein goldenes Fell bekannt. Das Gestüt in Agdam wurde im Krieg zerstört.';
    expect(mentionTexts(text, 'karabakh')).toEqual(['Bergkarabach']);
  });
});

// More names of the force and the statement, found on probe pages about the withdrawal in
// April 2024: each counts only on a page about the topic, like the other names of its family.
describe('more names of the force and of the statement', () => {
  const page = 'Nagorno-Karabakh, April 2024. ';
  test.each([
    ['The Russian contingent of peacekeepers left Stepanakert.', 'Russian contingent of peacekeepers'],
    ['Russian blue helmets had their headquarters near Stepanakert.', 'Russian blue helmets'],
    ['The Russian interposition force left the Lachin corridor.', 'Russian interposition force'],
    ['The peacekeeping troops from Russia handed over their posts.', 'peacekeeping troops from Russia'],
    ['The Russian peace force was to stay until 2025.', 'Russian peace force'],
    ['Rusiya sülhyaratma kontingenti Xankəndini tərk etdi.', 'Rusiya sülhyaratma kontingenti'],
  ])('%s', (text, force) => {
    expect(mentionTexts(page + text, 'rmc')).toEqual([force]);
  });

  test.each([
    ['Üç liderin imzaladığı bəyanat sülhməramlıların beş il qalmasını nəzərdə tuturdu.', 'Üç liderin imzaladığı bəyanat'],
    ['Moskva razılaşmasına əsasən Laçın dəhlizi sülhməramlılara verilmişdi.', 'Moskva razılaşmasına'],
    ['Moskova mutabakatı Laçın koridorunu barış gücüne bıraktı.', 'Moskova mutabakatı'],
  ])('%s', (text, statement) => {
    expect(mentionTexts(page + text, 'trilateral-statement')).toEqual([statement]);
  });

  test('elsewhere: Russian blue helmets in Transnistria are not the contingent', () => {
    expect(mentionTexts('Russian blue helmets have guarded the Dniester in Transnistria since 1992.', 'rmc')).toEqual([]);
  });
});

// What a place has, after its possessive: capital, villages, people, weavers, rivers and
// valleys (English 's, German genitive -s), and before "du"/"of": its dyers, rivers and
// valleys. A rug type or a breed has none of them.
describe('what a place has makes the name the place, on a rug or horse page too', () => {
  test.each([
    ["Karabagh rugs are colourful. Karabakh's villages wove them for centuries. This Karabagh rug dates from 1900.", ["Karabakh's"]],
    ["Karabagh rugs were sold in Shusha, Karabakh's old capital. This Karabagh rug dates from 1900.", ["Karabakh's"]],
    ["Karabagh rugs are red. Karabakh's rivers and valleys gave the dyers plants. This Karabagh rug dates from 1900.", ["Karabakh's"]],
    ["The Karabakh is a riding horse. Karabakh's people still race the horses at festivals. The Karabakh is calm.", ["Karabakh's"]],
    [
      'Der Karabagh ist ein Teppich aus dem Kaukasus. Karabachs Dörfer knüpften ihn seit Jahrhunderten. Dieser Karabagh-Teppich stammt von 1900.',
      ['Karabachs'],
    ],
    [
      'Les tapis du Karabagh sont rouges. Les teinturiers du Karabakh utilisaient la garance. Un bon tapis Karabagh coûte cher.',
      ['Karabakh'],
    ],
    ['Karabagh rugs are red. The rivers and valleys of Karabakh gave the dyers plants. This Karabagh rug dates from 1900.', ['Karabakh']],
  ])('%s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  test("the club's players are not the place's people", () => {
    expect(mentionTexts("Qarabag beat Benfica 3-2. Qarabag's players celebrated with the fans in Lisbon.", 'karabakh')).toEqual([]);
  });
});

// French places by nearness: "loin du", "près du", "autour du" are prepositions of place like
// "au" and "dans le": the award's ceremony far from the region names the region.
describe('French loin du, près du, autour du make a place', () => {
  test('on a page about the order', () => {
    const text =
      "Aliyev a remis l'ordre « Karabakh » à douze officiers turcs. L'ordre du Karabakh récompense les militaires. La cérémonie s'est tenue à Bakou, loin du Karabakh.";
    expect(mentionTexts(text, 'karabakh')).toEqual(['Karabakh']);
  });

  test('not in a sentence about the club', () => {
    expect(mentionTexts('Le Qarabağ FK a battu Benfica 3-2. Le club joue ses matchs à Bakou, loin du Qarabağ.', 'karabakh')).toEqual([]);
  });
});

// Azerbaijani writes Dağlıq Qarabağ as DQ, as English writes NK: on pages about the topic only.
// DQMV (the autonomous oblast) names the oblast, as NKR names the republic.
describe('the Azerbaijani abbreviation DQ', () => {
  test('on a page about the region', () => {
    const text = 'Qarabağda bərpa işləri davam edir. DQ münaqişəsi 2023-cü ildə başa çatıb. Keçmiş DQMV ərazisində yeni yollar salınır.';
    expect(mentionTexts(text, 'karabakh')).toEqual(['Qarabağda', 'DQ']);
  });

  test('a disqualification elsewhere: nothing', () => {
    expect(mentionTexts('The sprinter got a DQ for a false start in the 100 m final.', 'karabakh')).toEqual([]);
  });
});

// The truce and the peace deal by their year, as "the 2020 ceasefire" and *cessez-le-feu de
// 2020* already counted.
describe('the statement as the 2020 truce or peace deal', () => {
  test.each([
    ['Nagorno-Karabakh after the war. Under the 2020 truce, Russian peacekeepers deployed to the region.', '2020 truce'],
    ['Haut-Karabakh : selon la trêve de 2020, des soldats de la paix russes se sont déployés.', 'trêve de 2020'],
    ["Haut-Karabakh : l'accord de paix de 2020 est contesté à Erevan.", 'accord de paix de 2020'],
  ])('%s', (text, statement) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([statement]);
  });
});
