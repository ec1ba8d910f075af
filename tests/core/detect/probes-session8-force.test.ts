/**
 * Issue 14, session 8: probes written for this project (none taken from the corpus) for the
 * force's names as news in each language writes them, and their near misses:
 * - the contingent's strength written as a number ("some 2000 Russian peacekeepers"): a
 *   count, not a year before the deployment; nor is a year in a later clause that dates
 *   something else ("…the Lachin corridor, which Armenian forces took in 1992");
 * - German Moscow's and the Kremlin's force, the force sent by Russia, Friedenseinsatz;
 * - French casques bleus (quoted, of Moscow) and the soldiers "chargés du maintien de la paix";
 * - "the Russian Federation's peacekeeping contingent", "Russia's 2,000-strong peacekeeping force",
 *   "peacekeepers deployed by Russia"; Azerbaijani Qarabağdakı inside the name;
 * - Turkish kuvvetleri and misyonu beside gücü;
 * - "group", "info", "story" in the sentence of "RMC" are not RMC Group, RMC Info, RMC Story.
 * The statement's names: probes-session8-statement.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { mentionTexts } from '../../helpers/mention-texts';

describe("the contingent's strength is a count, not a year before the deployment", () => {
  test.each([
    ['Some 2000 Russian peacekeepers were deployed to Nagorno-Karabakh.', 'Russian peacekeepers'],
    ['Rund 2000 russische Friedenssoldaten wurden nach Bergkarabach verlegt.', 'russische Friedenssoldaten'],
    ['Près de 2000 soldats de la paix russes ont été déployés au Haut-Karabakh.', 'soldats de la paix russes'],
    ['Около 2000 российских миротворцев вошли в Нагорный Карабах.', 'российских миротворцев'],
    ['2000 nəfərlik Rusiya sülhməramlı kontingenti Dağlıq Qarabağa gəldi.', 'Rusiya sülhməramlı kontingenti'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    // A year after a preposition of time is still a year: proposed, never deployed.
    'In 2000 Russia offered Russian peacekeepers for Nagorno-Karabakh.',
    'В 2000 году Москва предлагала российских миротворцев для Нагорного Карабаха.',
    'Im Jahr 2016 schlug Moskau russische Friedenstruppen für Bergkarabach vor.',
  ])('a year before the deployment still rejects it: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('a year in a later clause dates something else, not the force', () => {
  test.each([
    ['Russian peacekeepers now guard the Lachin corridor, which Armenian forces captured in 1992.', 'Russian peacekeepers'],
    ['Российские миротворцы охраняют Лачинский коридор, который армяне заняли в 1992 году.', 'Российские миротворцы'],
    ['Die russischen Friedenstruppen bewachen den Latschin-Korridor, den Armenien 1992 eroberte.', 'russischen Friedenstruppen'],
    ['Les soldats de la paix russes gardent le corridor de Latchine, ouvert depuis 1992.', 'soldats de la paix russes'],
    // Only a sentence of a proposal, a plan, a wish or a denial dates the force itself.
    ['Lachin, which Armenian forces seized in 1992, is now guarded by Russian peacekeepers.', 'Russian peacekeepers'],
    ['Armenian forces seized Lachin in 1992; Russian peacekeepers guard the corridor now.', 'Russian peacekeepers'],
    ['Армянские силы заняли Лачин в 1992 году; теперь его охраняют российские миротворцы.', 'российские миротворцы'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    // The year in the force's own clause, before or after it, still dates a proposal.
    'Moscow proposed Russian peacekeepers for Nagorno-Karabakh back in 1994, but Baku refused.',
    'Back in the 1990s, Moscow pushed for Russian peacekeepers in Nagorno-Karabakh.',
    'In 1994 Moscow wanted Russian peacekeepers in Nagorno-Karabakh.',
    'In 1994 Russian peacekeepers were proposed for Nagorno-Karabakh.',
  ])('a year in its own clause still rejects it: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('German: the force of Moscow, of the Kremlin, sent by Russia', () => {
  test.each([
    ['Moskaus Friedenstruppen standen in Bergkarabach.', 'Moskaus Friedenstruppen'],
    ['Die Moskauer Friedenstruppen griffen in Bergkarabach nicht ein.', 'Moskauer Friedenstruppen'],
    ['Der russische Friedenseinsatz in Bergkarabach endete 2024.', 'russische Friedenseinsatz'],
    ['Die von Russland entsandten Friedenstruppen in Bergkarabach sahen zu.', 'von Russland entsandten Friedenstruppen'],
    ['Die von Moskau gestellten Blauhelme verließen Bergkarabach.', 'von Moskau gestellten Blauhelme'],
    ['Rund 2000 russische Soldaten zur Friedenssicherung kamen nach Bergkarabach.', 'russische Soldaten zur Friedenssicherung'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    'Bergkarabach ist leer. Der russische Friedenseinsatz in Syrien wurde beendet.',
    'Bergkarabach ist leer. Die von Russland entsandten Friedenstruppen in Transnistrien bleiben.',
    'Die UN-Friedenstruppen in Bergkarabach gab es nie.',
  ])('not the contingent: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('French: casques bleus and the soldiers in charge of keeping the peace', () => {
  test.each([
    ['Les Casques bleus russes ont quitté le Haut-Karabakh.', 'Casques bleus russes'],
    ['Les « casques bleus » russes ont quitté le Haut-Karabakh.', 'casques bleus » russes'],
    ['Les casques bleus de Moscou ont quitté le Haut-Karabakh.', 'casques bleus de Moscou'],
    ['Les casques bleus de la Russie ont quitté le Haut-Karabakh.', 'casques bleus de la Russie'],
    [
      'Les militaires russes chargés du maintien de la paix au Haut-Karabakh sont partis.',
      'militaires russes chargés du maintien de la paix',
    ],
    ['Les soldats russes chargés de maintenir la paix au Haut-Karabakh sont partis.', 'soldats russes chargés de maintenir la paix'],
    [
      'Les militaires russes de la mission de maintien de la paix ont quitté le Haut-Karabakh.',
      'militaires russes de la mission de maintien de la paix',
    ],
    ["Les soldats russes de la force d'interposition ont quitté le Haut-Karabakh.", "soldats russes de la force d'interposition"],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    "Les casques bleus de l'ONU au Liban ne sont pas au Haut-Karabakh.",
    'Le Haut-Karabakh est vide. Les casques bleus russes au Kosovo sont restés.',
  ])('not the contingent: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('English: the Russian Federation as the force’s owner', () => {
  test.each([
    ["The Russian Federation's peacekeeping contingent left Karabakh.", "Russian Federation's peacekeeping contingent"],
    ['Russian Federation peacekeepers left Karabakh.', 'Russian Federation peacekeepers'],
    ["The Russian Armed Forces' peacekeeping contingent left Karabakh.", "Russian Armed Forces' peacekeeping contingent"],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test('peacekeepers of the Russian Federation elsewhere are not it', () => {
    expect(mentionTexts('Karabakh is empty now. Russian Federation peacekeepers served in Abkhazia.', 'rmc')).toEqual([]);
  });
});

describe('Azerbaijani: where the force is, between the country and the force; Armenian servicemen; Russian ministry', () => {
  test.each([
    ['Dağlıq Qarabağ. Rusiyanın Qarabağdakı sülhməramlı kontingenti çıxarıldı.', 'Rusiyanın Qarabağdakı sülhməramlı kontingenti'],
    ['Rusiyanın bölgədəki sülhməramlı kontingenti Qarabağda qalırdı.', 'Rusiyanın bölgədəki sülhməramlı kontingenti'],
    // Armenian: the servicemen of the force.
    ['Ռուս խաղաղապահ զինծառայողները լքեցին Արցախը։', 'Ռուս խաղաղապահ զինծառայողները'],
    // Russian: the peacekeepers of Russia's defence ministry.
    ['Миротворцы Минобороны России в Карабахе обеспечили проезд.', 'Миротворцы Минобороны России'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });
});

describe('the force sent by Russia, its strength as an adjective, Turkish kuvvet and misyon', () => {
  test.each([
    ["Russia's 2,000-strong peacekeeping force left Karabakh.", "Russia's 2,000-strong peacekeeping force"],
    ['Peacekeepers deployed by Russia left Karabakh.', 'Peacekeepers deployed by Russia'],
    ['Die Friedenstruppen Moskaus verließen Bergkarabach.', 'Friedenstruppen Moskaus'],
    ['Les soldats de la paix déployés par la Russie ont quitté le Haut-Karabakh.', 'soldats de la paix déployés par la Russie'],
    ["Rus barış koruma kuvvetleri Karabağ'dan çekildi.", 'Rus barış koruma kuvvetleri'],
    ["Rus barış misyonu Karabağ'da sona erdi.", 'Rus barış misyonu'],
  ])('%s', (text, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([name]);
  });

  test.each([
    'Karabakh is quiet. Peacekeepers deployed by Russia in Abkhazia stayed.',
    "Karabağ sakin. Rus barış koruma kuvvetleri Transdinyester'de kaldı.",
  ])('elsewhere: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});

describe('another RMC is named by the word right after it, not by common words in the sentence', () => {
  // On pages that name the force in words too, as pages meaning it do (needsNameOnPage).
  test.each([
    [
      'Nagorno-Karabakh. Russian peacekeepers arrived. The RMC set up a joint working group with Azerbaijani officials.',
      'Russian peacekeepers',
      'RMC',
    ],
    [
      "Nagorno-Karabakh. Russian peacekeepers arrived. The RMC's monitoring group reported three violations.",
      'Russian peacekeepers',
      "RMC's",
    ],
    [
      "Haut-Karabakh. Les soldats de la paix russes sont arrivés. Le RMC a confirmé la découverte d'un charnier près de Choucha.",
      'soldats de la paix russes',
      'RMC',
    ],
  ])('%s', (text, force, name) => {
    expect(mentionTexts(text, 'rmc')).toEqual([force, name]);
  });

  test.each([
    'Nagorno-Karabakh. The RMC Group supplies ready-mix concrete in Britain.',
    'Haut-Karabakh. RMC Découverte diffuse un documentaire sur les volcans.',
    'Haut-Karabakh. RMC Sport diffuse le match de Ligue des champions.',
  ])('another RMC: %s', (text) => {
    expect(mentionTexts(text, 'rmc')).toEqual([]);
  });
});
