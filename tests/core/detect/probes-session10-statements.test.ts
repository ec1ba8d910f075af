/**
 * Issue 14, session 10: probes written for this project (none taken from the corpus) for the
 * three leaders' OTHER statements (11 January 2021 on transport links, the Sochi ones of
 * 2021 and 2022) and other countries' trilateral statements, on a page about Karabakh:
 * - "another / a further / the latest" statement right before the name (not "new", with or
 *   without an article: the news of November 2020 called this one new too, "signed a new
 *   ceasefire agreement on 10 November"; a later one called new is known by its date or
 *   its subject, and "a new statement" with neither is left to the other rules);
 * - another date attached to the name (a November day other than the 9th or 10th, a
 *   Turkish date);
 * - a statement "on" another subject (trade, customs, the economy, border delimitation,
 *   transport links), the subject right after the name (or, in Azerbaijani, Turkish and
 *   Armenian, right before it); transport links are point 9 of the November statement, so
 *   "point 9 of the statement on unblocking communications" is still it.
 * And the guards: its implementation, its points, "on the ceasefire", "of 10 November",
 * "the 2020 statement", a later date that is when someone spoke, "the new statement".
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

/** A first sentence that makes the page about Karabakh, so the probe's own words decide. */
const PAGE: Record<string, string> = {
  en: 'This article is about Nagorno-Karabakh.',
  ru: 'Эта статья о Нагорном Карабахе.',
  az: 'Bu yazı Dağlıq Qarabağ haqqındadır.',
  hy: 'Այս հոդվածը Լեռնային Ղարաբաղի մասին է։',
  fr: 'Cet article porte sur le Haut-Karabakh.',
  de: 'Dieser Artikel handelt von Bergkarabach.',
  tr: 'Bu yazı Dağlık Karabağ hakkındadır.',
};

const onPage = (lang: string, sentence: string) => mentionTexts(`${PAGE[lang]} ${sentence}`, 'trilateral-statement');

describe('another, later statement: not ours', () => {
  test.each([
    ['en', 'On 11 January 2021 the leaders signed a new trilateral statement on unblocking transport links in the region.'],
    ['en', 'Moscow hoped a second trilateral statement would settle the border.'],
    ['en', 'A further trilateral statement was adopted a year later.'],
    ['en', 'The latest trilateral statement says nothing about the corridor.'],
    ['ru', 'Лидеры приняли ещё одно трёхстороннее заявление.'],
    ['ru', 'Очередное трёхстороннее заявление появилось после встречи.'],
    ['az', 'Liderlər növbəti üçtərəfli bəyanatı qəbul etdilər.'],
    ['fr', 'Les dirigeants ont adopté une autre déclaration trilatérale.'],
    ['de', 'Die Staatschefs unterzeichneten eine weitere dreiseitige Erklärung.'],
    ['hy', 'Ստորագրվեց ևս մեկ եռակողմ հայտարարություն։'],
  ])('%s: %s', (lang, text) => {
    expect(onPage(lang, text)).toEqual([]);
  });
});

describe('another date attached to the name: not ours', () => {
  test.each([
    ['en', 'The trilateral statement of 26 November 2021 in Sochi created a border commission.'],
    ['en', 'The trilateral statement of November 26 created a working group.'],
    ['en', 'The 26 November trilateral statement created a working group.'],
    ['en', 'The trilateral statement of 31 October 2022 was shorter.'],
    ['ru', 'Трёхстороннее заявление от 26 ноября создало рабочую группу.'],
    ['az', '26 noyabr üçtərəfli bəyanatı işçi qrupu yaratdı.'],
    ['tr', '26 Kasım üçlü bildirisi bir çalışma grubu kurdu.'],
    ['tr', '11 Ocak üçlü bildirisi ulaşım bağlantılarıyla ilgiliydi.'],
    ['fr', 'La déclaration trilatérale du 26 novembre a créé une commission.'],
    ['de', 'Die dreiseitige Erklärung vom 26. November schuf eine Arbeitsgruppe.'],
    ['hy', 'Նոյեմբերի 26-ի եռակողմ հայտարարությունը ստեղծեց աշխատանքային խումբ։'],
  ])('%s: %s', (lang, text) => {
    expect(onPage(lang, text)).toEqual([]);
  });
});

describe('a statement on another subject: not ours', () => {
  test.each([
    ['en', 'Putin, Aliyev and Pashinyan issued a trilateral statement on trade and customs cooperation last week.'],
    ['en', 'The leaders issued a trilateral statement about economic cooperation.'],
    ['en', 'The tripartite statement on energy and investment was welcomed by business.'],
    ['en', 'The trilateral statement on unblocking transport links set up a working group.'],
    ['ru', 'Лидеры приняли трёхстороннее заявление о торгово-экономическом сотрудничестве.'],
    ['ru', 'Трёхстороннее заявление по вопросам таможенного сотрудничества было опубликовано.'],
    ['az', 'Ticarət əlaqələri haqqında üçtərəfli bəyanat imzalandı.'],
    ['tr', 'Ticaret konusunda üçlü bildiri yayımlandı.'],
    ['fr', 'Les trois dirigeants ont publié une déclaration trilatérale sur le commerce et les douanes.'],
    ['de', 'Die Staatschefs veröffentlichten eine trilaterale Erklärung zum Handel.'],
    ['de', 'Die trilaterale Erklärung über wirtschaftliche Zusammenarbeit wurde begrüßt.'],
    ['hy', 'Առևտրի վերաբերյալ եռակողմ հայտարարությունը ստորագրվեց։'],
  ])('%s: %s', (lang, text) => {
    expect(onPage(lang, text)).toEqual([]);
  });
});

describe('the November 2020 statement: still ours', () => {
  test.each([
    ['en', 'The trilateral statement of 9 November 2020 ended the war.', 'trilateral statement'],
    ['en', 'On 11 January 2021 the leaders met to discuss implementing the trilateral statement.', 'trilateral statement'],
    ['en', 'Aliyev said the trilateral statement on the ceasefire must be fully implemented.', 'trilateral statement'],
    ['en', 'The ninth point of the trilateral statement on unblocking communications is still on paper.', 'trilateral statement'],
    ['en', 'Point 9 of the trilateral statement on unblocking all economic and transport links was never met.', 'trilateral statement'],
    ['en', 'Under the new trilateral statement, Russian peacekeepers deploy along the line.', 'trilateral statement'],
    ['en', 'Armenia, Azerbaijan and Russia signed a new ceasefire agreement on 10 November 2020.', 'ceasefire agreement'],
    ['en', 'Under a new trilateral statement signed overnight, Russian peacekeepers will deploy along the line.', 'trilateral statement'],
    ['ru', 'Подписано новое трёхстороннее заявление о прекращении огня, вступившее в силу 10 ноября 2020 года.', 'трёхстороннее заявление'],
    ['en', 'The trilateral statement of 10 November ended the war.', 'trilateral statement'],
    ['en', 'The 2020 trilateral statement ended the war.', 'trilateral statement'],
    ['en', 'The trilateral statement on Nagorno-Karabakh was signed at night.', 'trilateral statement'],
    ['en', 'In 2022 Pashinyan said the trilateral statement had not been fully implemented.', 'trilateral statement'],
    ['en', 'On 26 November 2021 Aliyev said the trilateral statement was being implemented.', 'trilateral statement'],
    ['en', 'The trilateral statement on the cessation of hostilities came into force at midnight.', 'trilateral statement'],
    ['en', 'The trilateral statement says nothing about trade.', 'trilateral statement'],
    ['en', 'The November statement ended the war.', 'November statement'],
    ['en', 'Aliyev said the trilateral statement on 10 November was a capitulation.', 'trilateral statement'],
    ['en', 'The trilateral statement of November 9–10 ended the war.', 'trilateral statement'],
    ['en', 'The trilateral statement on the exchange of prisoners was welcomed.', 'trilateral statement'],
    ['en', 'Under the trilateral statement, on 20 November Agdam was returned.', 'trilateral statement'],
    ['en', 'The trilateral statement on the ceasefire and on transport links was signed at night.', 'trilateral statement'],
    ['ru', 'Трёхстороннее заявление о прекращении огня и обмене пленными выполнено.', 'Трёхстороннее заявление'],
    ['fr', 'La nouvelle déclaration trilatérale prévoit le retour des réfugiés.', 'déclaration trilatérale'],
    ['de', 'Die neue trilaterale Erklärung sieht die Rückkehr der Flüchtlinge vor.', 'trilaterale Erklärung'],
    ['de', 'Die trilaterale Erklärung über den Waffenstillstand und die Öffnung der Verkehrswege gilt.', 'trilaterale Erklärung'],
    ['tr', 'Karabağ konusunda üçlü bildiri savaşı bitirdi.', 'üçlü bildiri'],
    ['ru', 'Пункт 9 трёхстороннего заявления о разблокировании коммуникаций не выполнен.', 'трёхстороннего заявления'],
    ['ru', 'Трёхстороннее заявление о прекращении огня вступило в силу в полночь.', 'Трёхстороннее заявление'],
    ['ru', 'Трёхстороннее заявление от 10 ноября положило конец войне.', 'Трёхстороннее заявление'],
    ['ru', '11 января 2021 года лидеры обсудили выполнение трёхстороннего заявления.', 'трёхстороннего заявления'],
    ['az', 'Üçtərəfli bəyanatın 9-cu bəndi kommunikasiyaların açılmasını nəzərdə tutur.', 'Üçtərəfli bəyanatın'],
    ['az', 'Atəşkəs haqqında üçtərəfli bəyanat müharibəni dayandırdı.', 'üçtərəfli bəyanat'],
    ['az', 'Yanvarın 11-də liderlər üçtərəfli bəyanatın icrasını müzakirə etdilər.', 'üçtərəfli bəyanatın'],
    ['tr', '10 Kasım üçlü bildirisi savaşı bitirdi.', '10 Kasım üçlü bildirisi'],
    ['tr', 'Üçlü bildirinin 9. maddesi ulaşım bağlantılarının açılmasını öngörüyor.', 'Üçlü bildirinin'],
    ['fr', 'Le point 9 de la déclaration trilatérale sur le déblocage des communications reste lettre morte.', 'déclaration trilatérale'],
    ['fr', 'La déclaration trilatérale du 10 novembre a mis fin à la guerre.', 'déclaration trilatérale'],
    ['fr', 'La déclaration trilatérale sur le cessez-le-feu est entrée en vigueur à minuit.', 'déclaration trilatérale'],
    ['de', 'Punkt 9 der trilateralen Erklärung zur Öffnung der Verkehrswege ist nicht umgesetzt.', 'trilateralen Erklärung'],
    ['de', 'Die trilaterale Erklärung vom 10. November beendete den Krieg.', 'trilaterale Erklärung'],
    ['de', 'Die trilaterale Erklärung über die Waffenruhe trat um Mitternacht in Kraft.', 'trilaterale Erklärung'],
    ['hy', 'Եռակողմ հայտարարության 9-րդ կետը նախատեսում է հաղորդակցությունների ապաշրջափակում։', 'Եռակողմ հայտարարության'],
    ['hy', 'Հրադադարի մասին եռակողմ հայտարարությունը ավարտեց պատերազմը։', 'եռակողմ հայտարարությունը'],
  ])('%s: %s', (lang, text, name) => {
    expect(onPage(lang, text)).toEqual([name]);
  });
});
