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

// A match report tells the club's history: "Karabach spielt seit dem Krieg in Baku". The war,
// four words off, confirmed the bare club name as the region, and, counted as a certain
// region name, outweighed the report's football. A confirming word two or more words off is
// now the sentence's other part, not the name's head: the page decides. Its head right after
// the name ("Karabakh region") and a gloss between them still settle it.
describe('a distant confirming word leaves a shared name to the page', () => {
  test.each([
    'Karabach schlug Malmö mit 2:1 in der Europa League. Karabach spielt seit dem Krieg in Baku, weil das Stadion in Agdam zerstört wurde. Karabach trifft nun auf Frankfurt.',
    'Qarabag beat Malmo 2-1 in the Europa League on Thursday. Qarabag, after the war, moved to Baku. Qarabag face Frankfurt next.',
    'Qarabag a battu Malmö 2-1 en Ligue Europa. Qarabag, après la guerre, s’est installé à Bakou. Qarabag affrontera Francfort.',
    // Russian has no article: "after the war" is one word from the name, so a preposition of
    // time before the war word keeps it from confirming.
    '«Карабах» обыграл «Мальмё» со счётом 2:1 в Лиге Европы. Карабах после войны переехал в Баку. Карабах сыграет с «Айнтрахтом».',
    // Azerbaijani and Turkish "after the war" (müharibədən sonra, savaştan sonra) right after
    // the name is not the compound "Karabakh war" (Qarabağ müharibəsi, Karabağ savaşı).
    'Qarabağ Avropa Liqasında Malmönü 2:1 hesabı ilə məğlub edib. Qarabağ müharibədən sonra ev oyunlarını Bakıda keçirir. Gələn həftə Qarabağ Frankfurtla oynayacaq.',
    'Karabağ, Avrupa Ligi’nde Malmö’yü 2-1 yendi. Karabağ savaştan sonra Bakü’de oynuyor. Karabağ gelecek hafta Frankfurt ile oynayacak.',
  ])('a match report: no region: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });

  test.each([
    ['Qarabağ müharibəsi 44 gün davam etdi.', ['Qarabağ']],
    ['Karabağ savaşı 44 gün sürdü.', ['Karabağ']],
    ['После второй карабахской войны Карабах вернулся под контроль Баку.', ['карабахской', 'Карабах']],
  ])('the compound "Karabakh war" is still the region: %s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  // Place nouns are not events: a few words off they still describe the name (the first
  // version of the rule, for every region word, lost these on rug pages).
  test.each([
    ['Karabagh rugs are red. Karabagh, a mountainous region of the Caucasus, gave its name to them.', 'Karabagh'],
    ['Karabagh rugs are red. Karabagh was an Armenian-populated area.', 'Karabagh'],
    ['Karabagh rugs are red. Karabagh is a contested territory.', 'Karabagh'],
    ['Ковры Карабах ярко-красные. Карабах был спорной территорией.', 'Карабах'],
    ['Qarabağ xalçaları qırmızıdır. Qarabağ Cənubi Qafqazda tarixi bölgədir.', 'Qarabağ'],
    ['Karabagh rugs are red. Karabagh, the historical region, gave its name to them.', 'Karabagh'],
  ])('a place noun a few words off: %s', (text, place) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([place]);
  });

  // French and German put the copula and an article between the name and the region noun.
  test.each([
    ['Tapis du Karabagh. Le Karabagh est une région du Caucase du Sud réputée pour ses tapis.', ['Karabagh']],
    ['Karabach-Teppiche sind rot. Der Karabach ist eine historische Region im Südkaukasus.', ['Karabach']],
  ])('the copula with a region noun: %s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });

  test('a Russian war word followed by a place still confirms', () => {
    expect(mentionTexts('После войны в Карабахе клуб переехал в Баку.', 'karabakh')).toEqual(['Карабахе']);
  });

  test('a bracketed gloss does not part the name from its head word', () => {
    const text =
      'Qarabag beat Malmo 2-1 in the Europa League on Thursday. Qarabag FK comes from Agdam, a town in the Karabakh (Russian: Карабах) region, and plays its home games in Baku. Qarabag face Frankfurt next.';
    expect(mentionTexts(text, 'karabakh')).toEqual(['Karabakh', 'Карабах']);
  });
});

// Hotels, restaurants and cafés named after the region were highlighted as the region: the
// venue's word right before the name ("Hotel Karabakh", ресторан «Карабах»), a capitalised one
// right after it ("Karabakh Restaurant"), or the Azerbaijani and Turkish singular compound
// (Qarabağ restoranı) make it the venue, and so do booking and menu words in its sentence; a
// venue's page leaves its other bare names to the venue.
describe('a hotel or restaurant named Karabakh is not the region', () => {
  test.each([
    'Karabakh Restaurant in North London serves Azerbaijani dishes. Book a table at Karabakh for Friday night; Karabakh is open until midnight.',
    'Hotel Qarabağ in Baku offers 120 rooms. The Qarabağ Hotel is close to the Flame Towers.',
    'Ресторан «Карабах» на Тверской: азербайджанская кухня и живая музыка. В меню «Карабаха» — плов и долма. Карабах открыт ежедневно.',
    'Qarabağ restoranı Bakının mərkəzində yerləşir. Qarabağ restoranında milli mətbəx təqdim olunur. Qarabağ hər gün açıqdır.',
    // Cinemas and streets named after the region too.
    'Qarabağ kinoteatrında yeni film nümayiş olunur. Qarabağ kinoteatrı Bakının mərkəzində yerləşir.',
    'Karabakh Street in Baku was renamed in 2021. Karabakh Street is lined with cafés.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });

  test.each([
    // A place preposition between: hotels in the region.
    ['New hotels in Karabakh are opening as people return.', ['Karabakh']],
    // A plural compound is the region's hotels.
    ['Qarabağ otelləri turistləri qəbul edir.', ['Qarabağ']],
    // A region page that names a hotel keeps its region.
    [
      'The Karabakh Hotel in Shusha reopened in 2023. Shusha lies in the Karabakh region. Karabakh was retaken by Azerbaijan in 2023.',
      ['Karabakh', 'Karabakh'],
    ],
  ])('the region: %s', (text, places) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(places);
  });
});

// The November 2020 date settles the statement when it is in the sentence; a name that holds
// the date itself (Azerbaijani and Turkish put it first: "10 noyabr 2020-ci il tarixli
// üçtərəfli bəyanat") was left to the page instead, and a page that also names the Minsk
// Group's joint statement, the Bishkek Protocol and the Sochi statement judged it another
// document's.
describe("a statement's name that holds its own date", () => {
  const page = (statement: string) =>
    `ATƏT-in Minsk qrupunun həmsədrləri Dağlıq Qarabağ münaqişəsi ilə bağlı birgə bəyanat yayıblar. 1994-cü il Bişkek protokolu atəşkəsi təmin etdi. ${statement} isə müharibəni başa vurdu. Soçi bəyanatı 2021-ci ilin noyabrında imzalandı.`;

  test('10 November 2020: ours, on a page of other statements', () => {
    const name = '10 noyabr 2020-ci il tarixli üçtərəfli bəyanat';
    expect(mentionTexts(page(name), 'trilateral-statement')).toEqual([name]);
  });

  // Armenian writes the full date before the name, outside it: a dated form that started at
  // its year hid the day and month from the cue scan, and the page lost the statement.
  test('an Armenian date before the name still settles it', () => {
    const text =
      'ԵԱՀԿ Մինսկի խմբի համանախագահները համատեղ հայտարարություն տարածեցին Լեռնային Ղարաբաղի վերաբերյալ։ 1994 թվականի Բիշքեկյան արձանագրությունը հրադադար հաստատեց։ 2020 թվականի նոյեմբերի 10-ի եռակողմ հայտարարությունն ավարտեց պատերազմը։';
    expect(mentionTexts(text, 'trilateral-statement')).toEqual(['եռակողմ հայտարարությունն']);
  });

  test('11 January 2021: not ours', () => {
    expect(mentionTexts(page('11 yanvar 2021-ci il tarixli üçtərəfli bəyanat'), 'trilateral-statement')).toEqual([]);
  });
});

// An acronym rejected as something else (RMC Découverte, the Royal Military College) says what
// the acronym is, not what the page is about: three channel names made a documentary page
// "off topic", and its "soldats de la paix russes" went unhighlighted. And a page that calls
// the acronym something else more often than its sentences accept it as ours keeps none of
// its undecided ones: "An RMC graduate wrote about peacekeeping in Nagorno-Karabakh" on the
// college's page was highlighted as the contingent.
describe('an acronym rejected as something else', () => {
  test('a channel page keeps its topic and the force named in words', () => {
    const text =
      'RMC Découverte diffuse ce soir un documentaire sur la guerre du Haut-Karabakh. Le film suit les soldats de la paix russes déployés en 2020. Sur RMC, le réalisateur explique avoir tourné à Stepanakert. RMC Story rediffusera le documentaire dimanche.';
    expect(mentionTexts(text, 'rmc')).toEqual(['soldats de la paix russes']);
  });

  test('the college page: the acronym is the college everywhere', () => {
    const text =
      'The Royal Military College (RMC) of Canada in Kingston trains officer cadets. An RMC graduate wrote about peacekeeping in Nagorno-Karabakh, where Russian peacekeepers served from 2020. RMC cadets study the conflict.';
    expect(mentionTexts(text, 'rmc')).toEqual(['Russian peacekeepers']);
  });

  test('a page that defines the acronym as the contingent keeps every one', () => {
    const text =
      'The Russian Military Contingent (RMC) arrived in Nagorno-Karabakh in November 2020. The RMC set up 27 observation posts. The RMC’s commander reported to Moscow. RMC Sport did not cover it. By 2024 the RMC had withdrawn.';
    expect(mentionTexts(text, 'rmc')).toEqual(['Russian Military Contingent', 'RMC', 'RMC', 'RMC’s', 'RMC']);
  });
});

test('the spelled-out name counts for the acronym against its other meanings', () => {
  const text =
    'Russian Military Contingent. RMC Sport covered the match. RMC Découverte aired a film. The RMC left in 2024, the Russian Military Contingent said.';
  expect(mentionTexts(text, 'rmc')).toEqual(['Russian Military Contingent', 'RMC', 'Russian Military Contingent']);
});
