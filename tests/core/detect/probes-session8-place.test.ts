/**
 * Issue 14, session 8: probes written for this project (none taken from the corpus) for the
 * region named on rug and horse pages in the grammar of a place: a verb of location right
 * after the name ("Karabakh, located in the Lesser Caucasus", "Karabagh lies between the
 * Kura and the Araks") and its villagers or residents before it; German "aus dem Karabach".
 * The club in a league table ("Qarabağ lies second"), a transfer ("wechselte aus dem
 * Karabach-Kader") and the breed or the rug type stay what they were.
 * And a person's team in politics ("Aliyev's team", l'équipe de Pachinian, Paşinyanın
 * komandası) is not a football word, while the club's own team still is; contracts awarded
 * are not an award of the Karabakh Order; political metaphors ("the Karabakh knot", "a
 * breeding ground", "carpet bombing", "front-runner") are not rug or horse words.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

// Each probe sits on a product page: the sentence before it makes the page about horses or rugs.
const HORSE_PAGE = 'The Karabakh horse is a mountain-steppe racing and riding horse. ';
const RUG_PAGE = 'Karabagh rugs are among the most colourful Caucasian weavings. ';

describe('a verb of location after the name makes it the region on product pages too', () => {
  test.each([
    [HORSE_PAGE, 'Karabakh, located in the Lesser Caucasus, gave its name to the breed.', 'Karabakh'],
    [HORSE_PAGE, 'Karabakh lies between the Kura and Araks rivers, where these horses were bred.', 'Karabakh'],
    [RUG_PAGE, 'Karabagh, located in the south of the Caucasus, has a long weaving tradition.', 'Karabagh'],
    [RUG_PAGE, 'Karabakh lies in the Lesser Caucasus, where sheep give a lustrous wool.', 'Karabakh'],
    [RUG_PAGE, 'Karabagh borders Iran, and its rugs were sold in Tabriz.', 'Karabagh'],
    [RUG_PAGE, 'Most rugs were woven by Armenian and Azeri villagers of Karabagh.', 'Karabagh'],
    [RUG_PAGE, 'Le Karabagh, situé entre la Koura et l’Araxe, tisse des tapis.', 'Karabagh'],
    [RUG_PAGE, 'Karabach liegt im Südkaukasus, und seine Teppiche sind rot.', 'Karabach'],
    [RUG_PAGE, 'Teppiche aus dem Karabach wurden in Schuscha verkauft.', 'Karabach'],
    [HORSE_PAGE, 'Das Pferd stammt aus dem Karabach.', 'Karabach'],
  ])('%s%s', (page, sentence, name) => {
    // One mention: the page's own first sentence (the breed, the rug type) is still not the region.
    expect(mentionTexts(page + sentence, 'karabakh')).toEqual([name]);
  });

  test.each([
    'Qarabağ lies second in the league after the match.',
    'Qarabağ lies in second place in the Premier League.',
    'Qarabağ, located in Baku since 1993, won the league match.',
    'Der Spieler wechselte aus dem Karabach-Kader zu Ferencváros.',
    `${HORSE_PAGE}The Karabakh horse lies down rarely.`,
    `${RUG_PAGE}This Karabagh rug has a red field.`,
  ])('still the club, the breed or the rug: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

describe("a person's team is politics as much as football: it leaves the name to the page", () => {
  test.each([
    ["Aliyev's team met the Armenian side to discuss Karabakh.", 'Karabakh'],
    ["The Kremlin's team discussed Karabakh with Aliyev.", 'Karabakh'],
    ["L'équipe de Pachinian a négocié le statut du Karabakh à Moscou.", 'Karabakh'],
    ["L'équipe de négociateurs arméniens a évoqué le Karabakh.", 'Karabakh'],
    ['Die Mannschaft um Paschinjan verhandelte über Karabach.', 'Karabach'],
    ['Paşinyanın komandası Qarabağ məsələsini müzakirə etdi.', 'Qarabağ'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([name]);
  });

  test.each([
    "Qarabağ's team beat Ajax.",
    "L'équipe de Qarabağ a gagné.",
    'Qarabağın komandası qalib gəldi.',
    'Karabachs Mannschaft gewann.',
    'Qarabağ komandası Çempionlar Liqasında oynadı.',
  ])('the club: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

describe('contracts and grants awarded are not the Karabakh Order', () => {
  test.each([
    ['Contracts for rebuilding Karabakh were awarded to Turkish firms.', 'Karabakh'],
    ['Azerbaijan awarded Turkish companies the right to rebuild Karabakh.', 'Karabakh'],
    ['Karabakh reconstruction grants were awarded last year.', 'Karabakh'],
    ['Qarabağ uğrunda döyüşlərdə fərqlənən hərbçilər medalla təltif edildi.', 'Qarabağ'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([name]);
  });

  test.each(['He was awarded the Karabakh Order for bravery.', 'He was awarded the Karabakh for bravery.'])('the order: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});

describe('political metaphors are not rug or horse words', () => {
  test.each([
    ['Karabakh became a breeding ground for nationalism.', 'Karabakh'],
    ['Untying the Karabakh knot will take decades.', 'Karabakh'],
    ['Der Karabach-Knoten ist schwer zu lösen.', 'Karabach'],
    ['Carpet bombing of Karabakh towns was reported.', 'Karabakh'],
    ['Armenia was the front-runner in the Karabakh arms race.', 'Karabakh'],
    ["Karabakh's cavalry fought in the 1918 war.", "Karabakh's"],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([name]);
  });

  test.each([
    'Karabagh rugs have about 80 knots per square inch.',
    'This Karabagh runner has a red field.',
    'The Karabakh is a breed of mountain horse.',
  ])('still the rug or the horse: %s', (text) => {
    expect(mentionTexts(text, 'karabakh')).toEqual([]);
  });
});
