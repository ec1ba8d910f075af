/**
 * Issue 14, session 11: probes written for this project (none taken from the corpus) for a
 * bare name directly enclosed by quotation marks («Карабах», "Qarabağ", „Karabach“,
 * « Qarabag », 'Karabakh'): the name of a thing (the football club, the Karabakh Order),
 * not the region, in every language, even with no football or award word in the sentence.
 * What stays the region: compound names in quotes, Artsakh in quotes (its quotes say
 * "so-called"), a name cited as a word ("the word «Karabakh» means…") or called
 * "so-called", a place word confirming it, and a name beside quotation marks that do not
 * enclose it (a quotation that ends "…in Karabakh.").
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

describe('a quoted bare name is a title (the club, the order), not the region', () => {
  test.each([
    // en
    '"Qarabag" beat Chelsea 3-0 on Tuesday night.',
    'The "Karabakh" order was given to the general.',
    "'Karabakh' won 3-0 on Tuesday.",
    '‘Qarabag’ won again.',
    '“Karabakh” flew home on Wednesday.',
    // fr
    'Le « Qarabag » s’est imposé à Bakou.',
    'Le «Qarabağ» a battu Chelsea mardi soir.',
    'Il a reçu l’ordre « Karabakh » des mains du président.',
    // de
    '„Karabach“ gewann am Dienstagabend mit 3:0.',
    '»Karabach« spielt am Donnerstag in Baku.',
    'Er erhielt den Orden „Karabach“.',
    '„Qarabag“ siegte.',
    // ru
    '«Карабах» уверенно обыграл соперника со счётом 3:0.',
    'Игрок перешёл в «Карабах» летом.',
    'Он играл в «Карабахе» два сезона.',
    'Он был награждён орденом «Карабах».',
    '«Карабах» вылетел в Баку.',
    // az
    '“Qarabağ” Çelsini 3:0 hesabı ilə məğlub etdi.',
    '"Qarabağ" ordeni ilə təltif olunub.',
    '“Qarabağ”ın üstünlüyü ilə keçib.',
    '“Qarabağ”da oynayır.',
    '«Qarabağ» Bakıya qayıtdı.',
    // tr
    '"Karabağ" Chelsea\'yi 3-0 yendi.',
    'Cumhurbaşkanı ona "Karabağ" nişanını verdi.',
    '“Karabağ” Bakü’ye döndü.',
    // hy
    '«Ղարաբաղ»-ը հաղթեց «Չելսիին» 3:0 հաշվով։',
    '«Ղարաբաղ» շքանշանով պարգևատրվել է։',
    '«Ղարաբաղ»-ը վերադարձավ Բաքու։',
  ])('%s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

describe('still the region', () => {
  test.each([
    // a name cited as a word, or called "so-called": the quotes do not make it a title
    ['The word "Karabakh" means black garden.', 'Karabakh'],
    ['Le nom « Karabakh » signifie « jardin noir ».', 'Karabakh'],
    ['Der Begriff „Karabach“ bedeutet „schwarzer Garten“.', 'Karabach'],
    ['Слово «Карабах» означает «чёрный сад».', 'Карабах'],
    ['"Qarabağ" sözü türk və fars mənşəlidir.', 'Qarabağ'],
    ['"Karabağ" kelimesi kara bağ anlamına gelir.', 'Karabağ'],
    ['«Ղարաբաղ» բառը նշանակում է սև այգի։', 'Ղարաբաղ'],
    ['The so-called "Karabakh" clan ruled Armenia for years.', 'Karabakh'],
    ['Так называемый «Карабах» требовал автономии.', 'Карабах'],
    // a place word confirms it
    ['They spoke of the region of “Karabakh”.', 'Karabakh'],
    // compound names and Artsakh in quotes
    ['Azerbaijani forces entered "Nagorno-Karabakh" in September.', 'Nagorno-Karabakh'],
    ['Les troupes sont entrées dans le « Haut-Karabakh ».', 'Haut-Karabakh'],
    ['Sie sprachen vom „Bergkarabach“.', 'Bergkarabach'],
    ['Войска вошли в «Нагорный Карабах».', 'Нагорный Карабах'],
    ['"Dağlıq Qarabağ" adlı qondarma qurum ləğv edildi.', 'Dağlıq Qarabağ'],
    ['"Dağlık Karabağ" meselesi yeniden gündemde.', 'Dağlık Karabağ'],
    ['«Լեռնային Ղարաբաղ» անվանումը վերացվեց։', 'Լեռնային Ղարաբաղ'],
    ['The so-called "Artsakh" republic was dissolved.', 'Artsakh'],
    ['Так называемая «Арцах» республика распалась.', 'Арцах'],
    // quotation marks that do not enclose the name
    ['He said: "Peace will come to Karabakh."', 'Karabakh'],
    ['"Karabakh is Azerbaijan", he said in Shusha.', 'Karabakh'],
    ['«Мы вернёмся в Карабах», — сказал он.', 'Карабах'],
    ['« Nous resterons au Karabakh », a-t-il déclaré.', 'Karabakh'],
    ['„Wir verlassen Karabach nicht“, sagte er.', 'Karabach'],
    ['"Qarabağ Azərbaycandır!" şüarı səsləndi.', 'Qarabağ'],
    ['"Karabağ bizimdir" dedi.', 'Karabağ'],
    ['«Ղարաբաղը մերն է», ասաց նա։', 'Ղարաբաղը'],
    ['They chanted "Karabakh!" in the streets of Baku.', 'Karabakh'],
    // an apostrophe is not a quotation mark
    ["l'Artsakh et le Karabakh", 'Karabakh'],
    ["Karabağ'da yaşayanlar döndü.", "Karabağ'da"],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'karabakh')).toContain(name);
  });
});

describe('the force and the statement inside quoted speech', () => {
  test.each([
    ['He said: "Russian peacekeepers will stay in Karabakh until 2025."', 'rmc', 'Russian peacekeepers'],
    ['"The trilateral statement of 10 November 2020 is being violated," Pashinyan said.', 'trilateral-statement', 'trilateral statement'],
    ['«Российские миротворцы в Карабахе выполняют свою задачу», — заявил он.', 'rmc', 'Российские миротворцы'],
    ['« Les soldats de la paix russes resteront au Karabakh », a déclaré le ministre.', 'rmc', 'soldats de la paix russes'],
    ['„Die russischen Friedenstruppen bleiben in Bergkarabach“, sagte er.', 'rmc', 'russischen Friedenstruppen'],
  ] as const)('%s', (text, entity, name) => {
    expect(mentionTexts(text, entity)).toContain(name);
  });
});

describe('on a page', () => {
  // The quotes alone say "a title" but not which one: they cast no vote for the club on the page.
  test('a region page that quotes a name once keeps its bare names the region', () => {
    const page = [
      'Karabakh has a long history of khans and poets.',
      'Many families returned to Karabakh this year.',
      '«Qarabağ» flew home on Wednesday.',
    ].join('\n');
    expect(mentionTexts(page, 'karabakh')).toEqual(['Karabakh', 'Karabakh']);
  });
});
