/**
 * Probes for the confuser families of issue 14, in every language we read, written for
 * this project (not taken from any page): the football club, Karabagh rugs, the horse,
 * the Karabakh Order and peacekeepers elsewhere must not be highlighted; the region named
 * on such pages, and the long grammatical names of the force, must. Each text is one page;
 * expectations list every mention as "entity:text" (or "entity:text@offset" where the
 * same word occurs twice).
 */
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../../core/detect/matcher';

const found = (text: string) => findMentions(text).map((m) => `${m.entity}:${m.text}@${m.start}`);
const names = (text: string) => findMentions(text).map((m) => `${m.entity}:${m.text}`);

describe('the football club is not the region, in every language', () => {
  test.each([
    ['en', 'Qarabağ beat Chelsea 2-1 in the Champions League group stage, with the Azerbaijani champions scoring twice after the break.'],
    ['fr', "Le Qarabağ s'est qualifié pour les huitièmes de finale de la Ligue Europa après sa victoire contre Braga."],
    ['de', '„Karabach“ gewann das Hinspiel in Baku mit 2:1, der Trainer lobte die Mannschaft.'],
    ['ru', '«Карабах» обыграл «Фиорентину» в матче Лиги конференций, забив два гола во втором тайме.'],
    ['ru cup', 'Кубок Азербайджана выиграл «Карабах», обыграв в финале соперника по кубку.'],
    ['az', '“Qarabağ” Çempionlar Liqasının təsnifat mərhələsində növbəti oyununu keçirəcək.'],
    ['tr', "Karabağ, Şampiyonlar Ligi'nde Chelsea ile 2-2 berabere kaldı ve maçın ardından teknik direktör açıklama yaptı."],
    ['hy', '«Ղարաբաղ» ակումբը հաղթեց Չեմպիոնների լիգայի խաղում։'],
    [
      'az, the country beside the club',
      'Azərbaycan çempionu “Qarabağ” avrokuboklarda növbəti oyununu keçirib. “Qarabağ” (Azərbaycan) - “Viktoriya” (Çexiya) - 0:0',
    ],
  ])('%s', (_lang, text) => {
    expect(names(text)).toEqual([]);
  });

  test('the region on a football page is still the region', () => {
    expect(names('Qarabağ FK plays its home games in Baku because Aghdam was destroyed during the Karabakh war.')).toEqual([
      'karabakh:Karabakh',
    ]);
  });
});

describe('rugs and carpets: the rug type is not a mention, the place it comes from is', () => {
  test.each([
    ['en', 'An antique Karabagh rug with a large central medallion, hand-knotted wool pile.'],
    ['de', 'Ein alter Karabach-Teppich aus Wolle, handgeknüpft.'],
    ['ru', 'Старинный карабахский ковёр ручной работы из шерсти.'],
    ['az', 'Qarabağ xalçası əl ilə toxunmuş yun xalçadır.'],
    ['tr', 'El dokuması Karabağ halısı, yün, antika.'],
  ])('%s: no mention', (_lang, text) => {
    expect(names(text)).toEqual([]);
  });

  test('fr: "tapis du Karabagh" is the type, "provenance : Karabagh, Azerbaïdjan" the place', () => {
    expect(found('Tapis du Karabagh ancien, laine nouée à la main, provenance : Karabagh, Azerbaïdjan.')).toEqual(['karabakh:Karabagh@62']);
  });

  test('en: "rugs from Karabagh, Azerbaijan": the country right after the name wins over the rug a word before', () => {
    expect(names('Rugs from Karabagh, Azerbaijan are woven with wool.')).toEqual(['karabakh:Karabagh']);
  });

  test('en: a rug woven in the Karabakh region', () => {
    expect(found('This Karabagh rug was woven in the Karabakh region of Azerbaijan.')).toEqual(['karabakh:Karabakh@35']);
  });
});

describe('the horse breed is not the region', () => {
  test.each([
    ['en', 'The Karabakh horse is a mountain-steppe breed known for its golden coat.'],
    ['fr', 'Le cheval du Karabakh est une race de montagne.'],
    ['ru', 'Карабахская лошадь — порода верховых лошадей.'],
    ['az', 'Qarabağ atı dünyanın ən qədim cins atlarından biridir.'],
    ['hy', 'Ղարաբաղյան ձիատեսակը հնագույն ցեղատեսակ է։'],
  ])('%s', (_lang, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the Karabakh Order is not the region', () => {
  test.each([
    ['en', 'President Aliyev awarded the Karabakh Order to servicemen who fought in the war.'],
    ['fr', "Il a reçu l'ordre du Karabakh des mains du président Aliyev."],
    ['az', 'Hərbi qulluqçular "Qarabağ" ordeni ilə təltif edilib.'],
    ['tr', 'Askerlere Karabağ Nişanı verildi.'],
  ])('%s', (_lang, text) => {
    expect(names(text)).toEqual([]);
  });

  test('award news still names the war and the region', () => {
    expect(names('Aliyev awarded the Karabakh Order to veterans of the Second Karabakh War.')).toEqual(['karabakh:Karabakh']);
  });
});

describe('peacekeepers elsewhere are not the RMC', () => {
  test.each([
    ['en Transnistria', 'Russian peacekeepers have been stationed in Transnistria since 1992.'],
    ['ru South Ossetia', 'Российские миротворцы в Южной Осетии охраняли границу.'],
    ['fr Kosovo', 'Les soldats de la paix russes au Kosovo ont quitté la région en 2003.'],
    ['de Kazakhstan', 'Russische Friedenstruppen der OVKS landeten in Kasachstan.'],
    ['en CSTO, two sentences', 'CSTO peacekeepers, most of them Russian, landed in Almaty. Russian peacekeepers guarded the airport.'],
  ])('%s', (_name, text) => {
    expect(names(text)).toEqual([]);
  });

  test('fr: "un contingent" is not the UN (acronyms of other forces are matched in capitals only)', () => {
    expect(names("Le déploiement d'un contingent de maintien de la paix russe dans le Haut-Karabakh.")).toEqual([
      'rmc:contingent de maintien de la paix russe',
      'karabakh:Haut-Karabakh',
    ]);
  });
});

describe('long names of the force, from each language’s grammar', () => {
  test.each<[string, string, string[]]>([
    [
      'en of the Russian Federation',
      'The peacekeeping troops of the Russian Federation were deployed along the Lachin corridor in Nagorno-Karabakh.',
      ['rmc:peacekeeping troops of the Russian Federation', 'karabakh:Nagorno-Karabakh'],
    ],
    [
      'en a number inside',
      "Russia's 1,960 peacekeepers arrived in Nagorno-Karabakh.",
      ["rmc:Russia's 1,960 peacekeepers", 'karabakh:Nagorno-Karabakh'],
    ],
    [
      'ru genitive plural + of the RF',
      'Колонна миротворческих войск Российской Федерации прибыла в Степанакерт.',
      ['rmc:миротворческих войск Российской Федерации'],
    ],
    [
      'ru adjective + noun, oblique',
      'В зоне ответственности российских миротворческих войск в Карабахе спокойно.',
      ['rmc:российских миротворческих войск', 'karabakh:Карабахе'],
    ],
    [
      'hy of the Russian Federation',
      'Ռուսաստանի Դաշնության խաղաղապահ զորակազմի ստորաբաժանումները տեղակայվեցին Արցախում։',
      ['rmc:Ռուսաստանի Դաշնության խաղաղապահ զորակազմի', 'karabakh:Արցախում'],
    ],
    [
      'az of the Russian Federation',
      'Rusiya Federasiyasının sülhməramlı kontingentinin postları Laçın dəhlizində yerləşir.',
      ['rmc:Rusiya Federasiyasının sülhməramlı kontingentinin'],
    ],
    [
      'fr du maintien de la paix',
      'Des points de contrôle des forces russes du maintien de la paix dans le Haut-Karabakh.',
      ['rmc:forces russes du maintien de la paix', 'karabakh:Haut-Karabakh'],
    ],
    [
      'de Friedenssicherung',
      'Die russischen Friedenssicherungskräfte in Bergkarabach meldeten Schüsse.',
      ['rmc:russischen Friedenssicherungskräfte', 'karabakh:Bergkarabach'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the statement and the region in more spellings', () => {
  test.each<[string, string, string[]]>([
    [
      'de gemeinsamen Erklärung',
      'Die Waffenruhe gilt seit der gemeinsamen Erklärung vom 10. November für Bergkarabach.',
      ['trilateral-statement:gemeinsamen Erklärung', 'karabakh:Bergkarabach'],
    ],
    [
      'de compound of the conflict',
      'Der Bergkarabachkonflikt und der Karabachkrieg von 2020.',
      ['karabakh:Bergkarabachkonflikt', 'karabakh:Karabachkrieg'],
    ],
    [
      'en Nov. 10 agreement',
      'The Nov. 10 agreement ended the Nagorno-Karabakh war.',
      ['trilateral-statement:Nov. 10 agreement', 'karabakh:Nagorno-Karabakh'],
    ],
    ['hy եւ spelling of Aliyev', 'Ալիեւը հայտարարեց, որ Ղարաբաղը Ադրբեջանի մաս է։', ['karabakh:Ղարաբաղը']],
    ['tr apostrophe suffix', "Dağlık Karabağ'da çatışmalar yeniden başladı.", ["karabakh:Dağlık Karabağ'da"]],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    ['de dreiteilig is "in three parts"', 'Die dreiteilige Erklärung der Regierung über Armenien.'],
    [
      'en joint statement of another summit, Armenia in the sentence',
      'Armenia attended the summit in Granada, but the joint statement of the European leaders dealt with migration.',
    ],
  ])('not: %s', (_name, text) => {
    expect(names(text).filter((m) => m.startsWith('trilateral'))).toEqual([]);
  });
});
