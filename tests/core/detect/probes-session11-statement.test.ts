/**
 * Issue 14, session 11: probes written for this project (none taken from the corpus) for
 * the Trilateral Statement of 9/10 November 2020 in Azerbaijani, French, German, Russian and Armenian news style, in their case forms
 * (English where a rule was added for several languages at once). Azerbaijani *10 noyabr bəyanatı*, *üçtərəfli bəyanat* in
 * their case forms; *la déclaration trilatérale du 10 novembre*; *die trilaterale Erklärung vom
 * 10. November*; *трёхстороннее заявление от 10 ноября*; *նոյեմբերի 9-ի եռակողմ հայտարարություն*.
 * A date alone names it only on a page about the region ("10 noyabr bəyanatı imzalandı" alone is
 * not matched, like "the November 10 statement" alone).
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';
import { mentionsAfterTopic } from '../../helpers/mentions-after-topic';

describe('named in a sentence that names the region or its places', () => {
  test.each([
    ['10 noyabr bəyanatı Qarabağ müharibəsinə son qoydu.', '10 noyabr bəyanatı'],
    ['10 noyabr bəyanatına əsasən Ağdam rayonu qaytarıldı.', '10 noyabr bəyanatına'],
    ['10 noyabr bəyanatında Laçın dəhlizi qeyd olunub.', '10 noyabr bəyanatında'],
    ['Üçtərəfli bəyanatın şərtlərinə görə Laçın rayonu qaytarıldı.', 'Üçtərəfli bəyanatın'],
    ['Üçtərəfli bəyanata əsasən Kəlbəcər rayonu Azərbaycana qaytarıldı.', 'Üçtərəfli bəyanata'],
    ['Üçtərəfli bəyanatda Qarabağdakı sülhməramlılar barədə yazılıb.', 'Üçtərəfli bəyanatda'],
    ['Üçtərəfli bəyanatla Qarabağ müharibəsi başa çatdı.', 'Üçtərəfli bəyanatla'],
    ['2020-ci il 10 noyabr tarixli üçtərəfli bəyanat Qarabağ müharibəsini dayandırdı.', '10 noyabr tarixli üçtərəfli bəyanat'],
    ['10 noyabr 2020-ci il tarixli bəyanat Qarabağda atəşi dayandırdı.', '10 noyabr 2020-ci il tarixli bəyanat'],
    ['La déclaration trilatérale du 10 novembre a mis fin à la guerre au Haut-Karabakh.', 'déclaration trilatérale'],
    ['La déclaration tripartite du 9 novembre 2020 a mis fin à la guerre au Haut-Karabakh.', 'déclaration tripartite'],
    ['Selon la déclaration trilatérale, le corridor de Latchine reste ouvert au Haut-Karabakh.', 'déclaration trilatérale'],
    ["L'accord trilatéral du 10 novembre a mis fin à la guerre au Haut-Karabakh.", 'accord trilatéral'],
    ['Die trilaterale Erklärung vom 10. November beendete den Krieg in Bergkarabach.', 'trilaterale Erklärung'],
    ['Die trilaterale Erklärung vom 10. November 2020 beendete den Krieg um Bergkarabach.', 'trilaterale Erklärung'],
    ['Die dreiseitige Erklärung vom 9. November beendete den Krieg um Bergkarabach.', 'dreiseitige Erklärung'],
    ['Laut der trilateralen Erklärung bleibt der Latschin-Korridor offen.', 'trilateralen Erklärung'],
    ['Die Waffenstillstandserklärung vom 10. November beendete den Krieg um Bergkarabach.', 'Waffenstillstandserklärung'],
    ['Трёхстороннее заявление от 10 ноября завершило войну в Карабахе.', 'Трёхстороннее заявление'],
    ['Согласно трёхстороннему заявлению от 9 ноября 2020 года, Лачинский коридор остаётся открытым.', 'трёхстороннему заявлению'],
    ['Ноябрьское трёхстороннее заявление остановило войну в Карабахе.', 'трёхстороннее заявление'],
    ['Նոյեմբերի 9-ի եռակողմ հայտարարությունը դադարեցրեց Արցախյան պատերազմը։', 'եռակողմ հայտարարությունը'],
    ['Նոյեմբերի 10-ի եռակողմ հայտարարության համաձայն՝ Լաչինի միջանցքը բաց է։', 'եռակողմ հայտարարության'],
    ['Եռակողմ հայտարարությամբ պատերազմը Արցախում ավարտվեց։', 'Եռակողմ հայտարարությամբ'],
    ['2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությունը Արցախում ավարտեց պատերազմը։', 'եռակողմ հայտարարությունը'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });
});

describe('named on a page about the region', () => {
  test.each([
    [
      'Qarabağ müharibəsi 44 gün davam etdi.',
      'Noyabrın 10-da imzalanmış üçtərəfli bəyanat qüvvədədir.',
      'Noyabrın 10-da imzalanmış üçtərəfli bəyanat',
    ],
    [
      'Qarabağ müharibəsi 44 gün davam etdi.',
      '10 noyabr 2020-ci il tarixli üçtərəfli bəyanatın müddəaları yerinə yetirilir.',
      '10 noyabr 2020-ci il tarixli üçtərəfli bəyanatın',
    ],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Üçtərəfli bəyanatın 9-cu bəndinə əsasən yollar açılmalıdır.', 'Üçtərəfli bəyanatın'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', '10 noyabr Bəyanatı tarixi sənəddir.', '10 noyabr Bəyanatı'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Noyabr bəyanatı tarixi sənəddir.', 'Noyabr bəyanatı'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', '10 noyabr üçtərəfli bəyanatı tarixi sənəddir.', '10 noyabr üçtərəfli bəyanatı'],
    [
      'Qarabağ müharibəsi 44 gün davam etdi.',
      '2020-ci il noyabrın 10-da imzalanan üçtərəfli bəyanat müharibəni bitirdi.',
      'noyabrın 10-da imzalanan üçtərəfli bəyanat',
    ],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Üçtərəfli bəyanatı Azərbaycan tam yerinə yetirib.', 'Üçtərəfli bəyanatı'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Üçtərəfli bəyanatları pozan Ermənistandır.', 'Üçtərəfli bəyanatları'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', '10 noyabr bəyanatından sonra sülh prosesi başladı.', '10 noyabr bəyanatından'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Üçtərəfli Bəyanatın icrası davam edir.', 'Üçtərəfli Bəyanatın'],
    ['Война в Карабахе длилась 44 дня.', 'Заявления от 9 ноября 2020 года никто не отменял.', 'Заявления от 9 ноября'],
    ['Война в Карабахе длилась 44 дня.', 'Трехсторонних договоренностей от 9 ноября никто не отменял.', 'Трехсторонних договоренностей'],
    ['Война в Карабахе длилась 44 дня.', 'Трехстороннего соглашения от 10 ноября никто не отменял.', 'Трехстороннего соглашения'],
    [
      'Война в Карабахе длилась 44 дня.',
      'Совместного заявления лидеров России, Азербайджана и Армении никто не отменял.',
      'Совместного заявления',
    ],
    ['Война в Карабахе длилась 44 дня.', 'Девятый пункт трехстороннего заявления касается коммуникаций.', 'трехстороннего заявления'],
    ['Война в Карабахе длилась 44 дня.', 'Ноябрьского заявления никто не отменял.', 'Ноябрьского заявления'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Նոյեմբերի 10-ի հայտարարությունը դեռ գործում է։', 'Նոյեմբերի 10-ի հայտարարությունը'],
    ['Արցախյան պատերազմը տևեց 44 օր։', '2020 թ. նոյեմբերի 9-ի հայտարարությունը դեռ գործում է։', 'նոյեմբերի 9-ի հայտարարությունը'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Եռակողմ հայտարարությունը դեռ գործում է։', 'Եռակողմ հայտարարությունը'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Նոյեմբերի 9-ի եռակողմ հայտարարության կետերը չեն կատարվում։', 'եռակողմ հայտարարության'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Եռակողմ հայտարարությունից հետո պատերազմը դադարեց։', 'Եռակողմ հայտարարությունից'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', "L'accord de cessez-le-feu du 9 novembre reste en vigueur.", 'accord de cessez-le-feu'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'La déclaration du 10 novembre 2020 reste en vigueur.', 'déclaration du 10 novembre'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', "L'accord tripartite du 10 novembre reste en vigueur.", 'accord tripartite'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', "L'accord du 9 novembre reste en vigueur.", 'accord du 9 novembre'],
    [
      'La guerre du Haut-Karabakh a duré 44 jours.',
      'La déclaration trilatérale de novembre 2020 reste en vigueur.',
      'déclaration trilatérale',
    ],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'La déclaration conjointe du 10 novembre reste en vigueur.', 'déclaration conjointe'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'Les termes de la déclaration tripartite sont respectés.', 'déclaration tripartite'],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Die Waffenstillstandsvereinbarung vom 10. November gilt weiter.',
      'Waffenstillstandsvereinbarung',
    ],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Das Waffenstillstandsabkommen vom November 2020 gilt weiter.',
      'Waffenstillstandsabkommen',
    ],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Das trilaterale Abkommen vom 10. November gilt weiter.', 'trilaterale Abkommen'],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Die Erklärung vom 9. November gilt weiter.', 'Erklärung vom 9. November'],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Die dreiseitige Vereinbarung vom 10. November gilt weiter.',
      'dreiseitige Vereinbarung',
    ],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Die Dreiparteienerklärung gilt weiter.', 'Dreiparteienerklärung'],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Der trilateralen Erklärung zufolge bleibt der Korridor offen.',
      'trilateralen Erklärung',
    ],
  ])('%s / %s', (topic, sentence, name) => {
    expect(mentionsAfterTopic(topic, sentence, 'trilateral-statement')).toEqual([name]);
  });
});

test('a date alone names it only on a page about the region', () => {
  expect(mentionTexts('10 noyabr bəyanatı imzalandı.', 'trilateral-statement')).toEqual([]);
});

// The Russian adjectives of the conflict's towns settle the name in its sentence as the towns do.
describe('Russian town adjectives (Агдамский район, Шушинский, Мартакертский)', () => {
  test.each([
    ['Согласно трехстороннему заявлению лидеров, Агдамский район был возвращён.', 'трехстороннему заявлению'],
    ['Согласно трехстороннему заявлению, Кельбаджарский район был возвращён.', 'трехстороннему заявлению'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });
});

describe('more case forms and phrasings, on a page about the region', () => {
  test.each([
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Նոյեմբերի 10-ի եռակողմ հայտարարության կետերը չկատարվեցին։', 'եռակողմ հայտարարության'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Նոյեմբերի 9-ի համաձայնագիրը խախտվեց։', 'Նոյեմբերի 9-ի համաձայնագիրը'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Նոյեմբերյան հայտարարության կետերը չկատարվեցին։', 'Նոյեմբերյան հայտարարության'],
    ['Արցախյան պատերազմը տևեց 44 օր։', 'Նոյեմբերի 9-ի փաստաթղթով պատերազմը կանգնեց։', 'Նոյեմբերի 9-ի փաստաթղթով'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', '10 noyabr tarixli bəyanat hələ də qüvvədədir.', '10 noyabr tarixli bəyanat'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', '2020-ci il 10 noyabr bəyanatı hələ də qüvvədədir.', '10 noyabr bəyanatı'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Noyabr bəyanatında Laçın dəhlizi qeyd olunub.', 'Noyabr bəyanatında'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Üçtərəfli Bəyanatın 9-cu bəndi icra olunmur.', 'Üçtərəfli Bəyanatın'],
    ['Qarabağ müharibəsi 44 gün davam etdi.', 'Noyabrın 10-da imzalanan bəyanat hələ də qüvvədədir.', 'Noyabrın 10-da imzalanan bəyanat'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', 'La déclaration du 9 novembre reste en vigueur.', 'déclaration du 9 novembre'],
    ['La guerre du Haut-Karabakh a duré 44 jours.', "L'accord de fin des hostilités reste en vigueur.", 'accord de fin des hostilités'],
    [
      'La guerre du Haut-Karabakh a duré 44 jours.',
      'La déclaration de cessez-le-feu du 10 novembre reste en vigueur.',
      'déclaration de cessez-le-feu',
    ],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Laut der Waffenstillstandserklärung bleibt der Korridor offen.',
      'Waffenstillstandserklärung',
    ],
    [
      'Der Krieg um Bergkarabach dauerte 44 Tage.',
      'Die Erklärung zum Waffenstillstand vom 10. November gilt weiter.',
      'Erklärung zum Waffenstillstand',
    ],
    ['Der Krieg um Bergkarabach dauerte 44 Tage.', 'Im Waffenstillstandsabkommen vom 10. November steht es.', 'Waffenstillstandsabkommen'],
    ['Война в Карабахе длилась 44 дня.', 'Трехсторонним заявлением была прекращена война.', 'Трехсторонним заявлением'],
    ['Война в Карабахе длилась 44 дня.', 'В трёхстороннем заявлении говорится о коридоре.', 'трёхстороннем заявлении'],
    ['Война в Карабахе длилась 44 дня.', 'Заявлением от 10 ноября война была прекращена.', 'Заявлением от 10 ноября'],
    ['Война в Карабахе длилась 44 дня.', 'В ноябрьском заявлении говорится о коридоре.', 'ноябрьском заявлении'],
    ['Война в Карабахе длилась 44 дня.', 'Договорённостей от 10 ноября 2020 года никто не отменял.', 'Договорённостей от 10 ноября'],
  ])('%s / %s', (topic, sentence, name) => {
    expect(mentionsAfterTopic(topic, sentence, 'trilateral-statement')).toEqual([name]);
  });
});
