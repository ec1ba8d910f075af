/**
 * The longer grammatical names of the force and the statement (issue 14), in the languages
 * whose case and number endings the lexicon spells out: each probe, written for this project,
 * follows one sentence naming the region (as on a page about it) and must be found; the same
 * kinds of phrase about other places and years must not.
 */
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../../core/detect/matcher';

const REGION_FIRST: Record<string, string> = {
  ru: 'Война в Нагорном Карабахе закончилась в 2020 году. ',
  de: 'Der Krieg um Berg-Karabach endete 2020. ',
  az: 'Qarabağ müharibəsi 2020-ci ildə başa çatdı. ',
  hy: 'Արցախյան պատերազմը ավարտվեց 2020 թվականին։ ',
  fr: 'La guerre du Haut-Karabakh a pris fin en 2020. ',
};

const afterRegion = (lang: string, probe: string) => {
  const lead = REGION_FIRST[lang]!;
  return findMentions(lead + probe).filter((m) => m.start >= lead.length && m.entity !== 'karabakh');
};

describe('long names of the force and the statement, after a sentence about the region', () => {
  test.each([
    ['ru', 'Там стоял российский военный контингент.'],
    ['ru', 'Российских миротворческих сил стало больше.'],
    ['ru', 'О российских миротворцах писали.'],
    ['ru', '«Миротворческого» контингента России нет.'],
    ['ru', 'Российским миротворческим контингентом командовал генерал.'],
    ['ru', 'Российские миротворческие силы ушли.'],
    ['ru', 'Заявлений трехсторонних нет, но трехсторонних заявлений много.'],
    ['ru', 'Трехсторонний документ подписали.'],
    ['ru', 'Трехсторонний договор подписали.'],
    ['ru', 'Соглашений о прекращении огня было несколько.'],
    ['ru', 'По трёхстороннему заявлению от 10 ноября.'],
    ['ru', 'Трехстороннем заявлении сказано.'],
    ['ru', 'Российские военные миротворцы ушли.'],
    ['ru', 'Миротворческие силы Российской Федерации ушли.'],
    ['de', 'Die russischen Friedenstruppen zogen ab.'],
    ['de', 'Der russischen Friedenstruppe fehlte es an Soldaten.'],
    ['de', 'Russischer Friedenssoldaten Abzug.'],
    ['de', 'Die russische Friedensmission endete.'],
    ['de', 'Das russische Militärkontingent zog ab.'],
    ['de', 'Das russische Friedenskontingent zog ab.'],
    ['de', 'Die Waffenstillstandsvereinbarung vom 9./10. November hielt.'],
    ['de', 'Die Erklärung vom 9./10. November hielt.'],
    ['de', 'Das Abkommen vom 10. November 2020 hielt.'],
    ['de', 'Das Friedensabkommen vom 10. November 2020 hielt.'],
    ['de', 'Die Dreiparteien-Erklärung hielt.'],
    ['de', 'Die trilaterale Waffenstillstandserklärung hielt.'],
    ['de', 'Laut der Waffenstillstandserklärung hielt.'],
    ['az', 'Rusiya sülhməramlı kontingentinin komandanı gəldi.'],
    ['az', 'Rusiya sülhməramlı kontingentinə müraciət etdi.'],
    ['az', 'Rusiya sülhməramlı kontingentində xidmət edir.'],
    ['az', 'Rusiya sülhməramlılarından biri.'],
    ['az', 'Rusiya sülhməramlılarına müraciət.'],
    ['az', 'Rusiyanın sülhməramlıları getdi.'],
    ['az', 'Rusiya hərbi kontingenti getdi.'],
    ['az', 'Rusiya sülhməramlı qüvvələrinin komandanı.'],
    ['az', 'Üçtərəfli bəyanatın icrası.'],
    ['az', 'Üçtərəfli bəyanatda deyilir.'],
    ['az', 'Üçtərəfli bəyannaməyə əsasən.'],
    ['az', '10 noyabr bəyanatının icrası.'],
    ['az', '10 noyabr bəyanatında deyilir.'],
    ['az', '10 Noyabr Bəyannaməsinə əsasən.'],
    ['az', '10 noyabr 2020-ci il tarixli bəyanatın icrası.'],
    ['az', '2020-ci il 10 noyabr tarixli bəyanatın icrası.'],
    ['az', '10 noyabr tarixli üçtərəfli bəyanatın icrası.'],
    ['az', 'Noyabr bəyanatından sonra.'],
    ['hy', 'Ռուս խաղաղապահներից մեկը։'],
    ['hy', 'Ռուս խաղաղապահներին դիմեց։'],
    ['hy', 'Ռուս խաղաղապահ զորքերը եկան։'],
    ['hy', 'Ռուս խաղաղապահ զինվորականները եկան։'],
    ['hy', 'Ռուսական խաղաղապահ կոնտինգենտը եկավ։'],
    ['hy', 'Ռուսաստանի խաղաղապահ ուժերի հրամանատարը։'],
    ['hy', 'Ռուսական խաղաղապահ առաքելության ավարտը։'],
    ['hy', 'Եռակողմ հայտարարությամբ։'],
    ['hy', 'Եռակողմ հայտարարությունների կետերը։'],
    ['hy', 'Նոյեմբերի 9-ի եռակողմ հայտարարությունը։'],
    ['hy', 'Նոյեմբերի 9-ի հայտարարությունը։'],
    ['hy', 'Նոյեմբերի 10-ի համաձայնությունը։'],
    ['hy', 'Նոյեմբերի 9-10-ի հայտարարությունը։'],
    ['fr', 'Le contingent militaire russe est parti.'],
    ['fr', 'Les forces de paix russes sont parties.'],
    ['fr', 'Les soldats russes de la paix sont partis.'],
    ['fr', 'Les forces de maintien de la paix de la Russie sont parties.'],
    ['fr', "L'accord de paix du 10 novembre."],
    ['fr', "L'accord du 9 au 10 novembre."],
    ['fr', 'La déclaration trilatérale du 10 novembre.'],
    ['ru', 'Российских военнослужащих-миротворцев стало больше.'],
    ['ru', 'Миротворческий контингент ВС РФ ушёл.'],
    ['de', 'Die russischen Peacekeeper zogen ab.'],
    ['de', 'Die russischen Friedenswächter zogen ab.'],
    ['hy', 'Ռուս խաղաղարարները եկան։'],
    ['hy', 'Եռակողմ փաստաթղթի կետերը։'],
    ['hy', 'Եռակողմ փաստաթուղթը։'],
    ['az', '10 noyabr sazişinin icrası.'],
    ['az', '10 noyabr kapitulyasiya aktı imzalandı.'],
  ])('%s: %s', (lang, probe) => {
    expect(afterRegion(lang, probe).length).toBeGreaterThan(0);
  });
});

describe('the same kinds of phrase about other places and years', () => {
  test.each([
    ['ru', 'В Приднестровье стоит российский военный контингент с 1992 года.'],
    ['ru', 'Стороны подписали трехсторонний договор о поставках газа на 2030 год.'],
    ['de', 'Das russische Militärkontingent in Syrien wurde 2015 verstärkt.'],
    ['de', 'Die Dreiparteien-Erklärung der Gewerkschaften vom 3. März 1998.'],
    ['fr', 'Le contingent militaire russe en Transnistrie compte 1 500 soldats.'],
    ['fr', 'Un accord de paix du 10 novembre 1918 fut évoqué par les historiens.'],
    ['az', 'Rusiya hərbi kontingenti Suriyada yerləşir.'],
    ['hy', 'Ռուս խաղաղարար զորքերը Մերձդնեստրում են։'],
  ])('%s: %s', (_lang, text) => {
    expect(findMentions(text)).toEqual([]);
  });
});
