/**
 * Issue 14, second pass: the context that tells our entities from look-alikes — another
 * time (a year and its "year" word), another place (Russian peacekeepers elsewhere, in each
 * language's spelling), another document (the October 2020 humanitarian truce), and the
 * places that make a name the region on rug and horse pages. Probe sentences are written for
 * this project, none taken from the corpus.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';
import { findMentions } from '../../../core/detect/matcher';

describe('the year and the word "year" after it are one date: an earlier or later year next to a statement name dates another text', () => {
  test.each([
    'Լեռնային Ղարաբաղ. 1994 թվականի հրադադարի համաձայնագիրը գործում էր։',
    'Нагорный Карабах. Подписанное в мае 1994 года соглашение о прекращении огня действовало.',
    'Dağlıq Qarabağ. 1994-cü il atəşkəs razılaşması Bişkekdə imzalanıb.',
    'Dağlıq Qarabağ. 2021-ci il üçtərəfli bəyanatı nəqliyyat haqqında idi.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });

  test.each([
    ['Dağlıq Qarabağ. 2020-ci il üçtərəfli bəyanatı müharibəni bitirdi.', 'üçtərəfli bəyanatı'],
    ['Нагорный Карабах. Трехстороннее заявление 2020 года завершило войну.', 'Трехстороннее заявление'],
    ['Լեռնային Ղարաբաղ. 2020 թվականի եռակողմ հայտարարությունը գործում է։', 'եռակողմ հայտարարությունը'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });

  test('the year 2020 settles a statement name only next to it: elsewhere in the sentence the October 2020 truce is of 2020 too', () => {
    const text =
      'The war in Nagorno-Karabakh went on. In 2020 Moscow hosted the talks, and the Moscow agreement on a humanitarian truce collapsed within hours.';
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
    expect(mentionTexts('The war in Nagorno-Karabakh ended. The ceasefire agreement of 2020 held.', 'trilateral-statement')).toEqual([
      'ceasefire agreement',
    ]);
  });
});

describe('a place is a place on a rug or horse page: a capital, a territory, German im', () => {
  test.each([
    ['Antique Karabagh rug with wool pile and medallions. Shusha was the capital of Karabakh and a centre of weaving.', ['Karabakh']],
    ['Antique Karabagh rug with wool pile. These rugs were woven within Karabagh and near Karabagh.', ['Karabagh', 'Karabagh']],
    [
      'Alte Karabach-Teppiche mit Wollflor. Die Teppiche stammen aus dem Gebiet Karabach und wurden im Karabach geknüpft.',
      ['Karabach', 'Karabach'],
    ],
    ['Alte Karabach-Teppiche mit Wollflor. Die Hauptstadt Karabachs war Schuscha.', ['Karabachs']],
    ['Старинный карабахский ковёр. Столица Карабаха славилась коврами.', ['Карабаха']],
    ['Ղարաբաղի ձին հնագույն ձիատեսակ է։ Այն տարածված էր Արցախի տարածքում։', ['Արցախի']],
    ['The Karabakh horse is a mountain breed. The breed is native to Karabakh and endemic to Karabakh.', ['Karabakh', 'Karabakh']],
    ['Le cheval du Karabakh est une race de montagne. Cette race est originaire du Karabakh.', ['Karabakh']],
    ["Antique Karabagh rug with wool pile. Karabakh's capital Shusha was a weaving centre.", ["Karabakh's"]],
    ['The Karabakh horse is a mountain breed. The breed is named after Karabakh, where it was developed.', ['Karabakh']],
    ['Das Karabach-Pferd ist eine Gebirgsrasse. Die Rasse ist benannt nach Karabach.', ['Karabach']],
    ['Le cheval du Karabakh est une race de montagne. La race tire son nom du Karabakh.', ['Karabakh']],
    ['Карабахская лошадь — горная порода. Порода названа в честь Карабаха.', ['Карабаха']],
    ['Antique Caucasian rug with wool pile. This rug comes from southern Karabagh.', ['Karabagh']],
    ['Antique Caucasian rug with wool pile. Weavers in the villages of Karabagh used madder.', ['Karabagh']],
    ['Antique Caucasian rug with wool pile. Les habitants du Karabakh tissaient.', ['Karabakh']],
    [
      'The Karabakh horse is a mountain breed. Russia annexed Karabakh in 1805; the conquest of Karabakh took decades.',
      ['Karabakh', 'Karabakh'],
    ],
    ['Antique Karabagh rug with wool pile. Karabagh was inhabited by Armenians and Azeris.', ['Karabagh']],
  ])('%s', (text, names) => {
    expect(mentionTexts(text, 'karabakh')).toEqual(names);
  });

  test.each([
    // a capital after the name is a club's epithet in Azerbaijani, so only "capital of" before it counts
    'Qarabağ FK won the derby. Qarabağ beat capital club Neftçi 2-0.',
    'Qarabağ FK qalib gəldi. Qarabağ paytaxt klubu Neftçini məğlub etdi.',
    'Qarabağ FK won the derby. Qarabağ capital club rivalry is fierce.',
    'The stud farm near Baku is named after the Karabakh horse.',
    'The rug design is named after Karabagh rugs.',
    'Antique Caucasian rug with wool pile. The history of Karabagh rugs is long.',
    'Qarabağ FK won the derby. The history of Qarabağ is full of titles.',
    'Qarabağ FK won the derby. Qarabağ annexed the title again.',
    'The Karabakh horse is a mountain breed. Southern Karabakh horses are smaller.',
    'The Karabakh horse is a mountain breed. The Karabakh is bred near Baku.',
    'Alte Karabach-Teppiche mit Wollflor. Der Teppich im Karabach-Stil ist neu.',
  ])('the product, the breed and the club stay themselves: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

describe('Russian peacekeepers of another time or place are not the contingent', () => {
  test.each([
    // another conflict's place, in Azerbaijani, Turkish, Armenian, German and French spellings
    'Dağlıq Qarabağ. Rusiya sülhməramlıları 1992-ci ildə Dnestryanıda yerləşdirilib.',
    'Dağlıq Qarabağ. Rusiya sülhməramlıları Abxaziyada qalır.',
    'Լեռնային Ղարաբաղ. Ռուս խաղաղապահները Աբխազիայում են։',
    'Bergkarabach. Die russischen Friedenstruppen in Abchasien blieben.',
    'Bergkarabach. Die russischen Friedenstruppen in Südossetien blieben.',
    'Bergkarabach. Russlands Friedenstruppen in Kasachstan zogen ab.',
    'Haut-Karabakh. Les soldats de la paix russes en Ossétie du Sud sont restés.',
    // a year before 2020 written as a date right next to the force
    'Nagorno-Karabakh war. In 1994 Russia proposed sending Russian peacekeepers to the line of contact.',
    'Nagorno-Karabakh war. After the 1994 ceasefire, Russian peacekeepers were never deployed.',
    'Нагорный Карабах. В 1994 году российские миротворцы так и не появились.',
    // other Russian forces of the region, which are not called peacekeepers
    'Nagorno-Karabakh war. The Russian-Turkish joint monitoring centre near Aghdam was closed in 2024.',
    'Nagorno-Karabakh war. Russian border guards patrol Armenia’s border with Turkey.',
    'Nagorno-Karabakh war. The Russian military base in Gyumri hosts thousands of Russian troops.',
    'Nagorno-Karabakh war. UN peacekeepers have never been deployed in the region.',
    'Nagorno-Karabakh war. CSTO peacekeepers, mostly Russian, were sent to Kazakhstan in January 2022.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });

  test.each([
    // the contingent's strength is a number, not a year; "since" runs up to now
    ['Nagorno-Karabakh war. About 1960 Russian peacekeepers arrived in November 2020.', 'Russian peacekeepers'],
    ['Bergkarabach. Das russische Friedenskontingent umfasst 1960 Soldaten.', 'russische Friedenskontingent'],
    ['Nagorno-Karabakh war. Armenians who had lived there since 1994 fled as Russian peacekeepers watched.', 'Russian peacekeepers'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });
});

describe("Karabakh's smaller towns settle the force and the statement in their sentence", () => {
  test.each([
    ['Rusiya sülhməramlıları Xocalıdan çıxıb.', 'rmc', 'Rusiya sülhməramlıları'],
    ['Rusiya sülhməramlı kontingentinin son hərbçiləri Ağdərə rayonunu tərk edib.', 'rmc', 'Rusiya sülhməramlı kontingentinin'],
    ['Российские миротворцы покинули Мартакерт.', 'rmc', 'Российские миротворцы'],
    ['Ռուս խաղաղապահները լքել են Մարտունին։', 'rmc', 'Ռուս խաղաղապահները'],
    ['Die russischen Friedenstruppen haben Latschin verlassen.', 'rmc', 'russischen Friedenstruppen'],
    ['Üçtərəfli bəyanata əsasən Ağdərə rayonu qaytarıldı.', 'trilateral-statement', 'Üçtərəfli bəyanata'],
  ] as const)('%s', (text, entity, span) => {
    expect(mentionTexts(text, entity)).toEqual([span]);
  });

  test('without a town, a page with nothing about Karabakh leaves them alone', () => {
    expect(findMentions('Rusiya sülhməramlıları bölgədən çıxıb.')).toEqual([]);
  });
});

describe('English pages about the contingent that compare it with Russian peacekeepers elsewhere', () => {
  test.each([
    'Nagorno-Karabakh war. Russian peacekeepers in Georgia did nothing to stop the 2008 war.',
    'Nagorno-Karabakh war. Putin sent Russian "peacekeepers" to Donetsk and Luhansk in February 2022.',
    'Nagorno-Karabakh war. The joint Russian-Turkish peacekeeping centre monitors the ceasefire.',
    'Nagorno-Karabakh war. In Transnistria, as here, Russian peacekeepers froze the conflict.',
    'Nagorno-Karabakh war. Unlike the Russian peacekeepers in Abkhazia, these have a five-year mandate.',
    'Nagorno-Karabakh war. The Russian-led CSTO peacekeeping force left Kazakhstan.',
    'Bergkarabach. Die russischen Friedenstruppen in Georgien sahen 2008 zu.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });

  test('"Russian-led" names the force too', () => {
    expect(mentionTexts('Nagorno-Karabakh war. Russian-led peacekeepers patrol the Lachin corridor.', 'rmc')).toEqual([
      'Russian-led peacekeepers',
    ]);
  });
});

describe('the humanitarian truce of October 2020 in a sentence makes a generic statement name that truce, even beside Karabakh', () => {
  test.each([
    'On 10 October 2020, Armenia and Azerbaijan agreed in Moscow to a humanitarian truce in Nagorno-Karabakh, but the Moscow agreement collapsed within hours.',
    'The humanitarian ceasefire in Nagorno-Karabakh, the ceasefire agreement reached in Moscow, did not hold.',
    "Le cessez-le-feu humanitaire au Haut-Karabakh, un accord de Moscou, n'a pas tenu.",
    'Гуманитарное перемирие, то есть московское соглашение, в Нагорном Карабахе не соблюдалось.',
    'Die humanitäre Waffenruhe in Bergkarabach, ein Moskauer Abkommen, hielt nicht.',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([]);
  });

  test.each([
    [
      'The ceasefire agreement of 10 November 2020 ended the war in Nagorno-Karabakh, after three humanitarian truces had failed.',
      'ceasefire agreement',
    ],
    ['The trilateral statement ended the war in Nagorno-Karabakh.', 'trilateral statement'],
  ])('the November date right beside the name still wins: %s', (text, name) => {
    expect(mentionTexts(text, 'trilateral-statement')).toEqual([name]);
  });
});
