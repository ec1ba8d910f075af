import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findMentions } from '../../../core/detect/matcher';
import type { EntityId } from '../../../core/entities';

/** The mentions as "entity:text" strings, for compact tables. */
const found = (text: string) => findMentions(text).map((m) => `${m.entity}:${m.text}`);

// Context sentence that makes a page about our topic.
const ABOUT = 'Stepanakert is the main city of Nagorno-Karabakh. ';

describe('names and their forms', () => {
  test.each<[string, string, string[]]>([
    ['English compound', 'Fighting in Nagorno-Karabakh resumed.', ['karabakh:Nagorno-Karabakh']],
    ['space variant', 'Fighting in Nagorno Karabakh resumed.', ['karabakh:Nagorno Karabakh']],
    ['non-breaking hyphen', 'Fighting in Nagorno\u2011Karabakh resumed.', ['karabakh:Nagorno\u2011Karabakh']],
    ['line break', 'Fighting in Nagorno\nKarabakh resumed.', ['karabakh:Nagorno\nKarabakh']],
    ['Nagorny', 'the Nagorny Karabakh region', ['karabakh:Nagorny Karabakh']],
    ['possessive', "Karabakh's future", ["karabakh:Karabakh's"]],
    ['curly possessive', 'Karabakh’s future', ['karabakh:Karabakh’s']],
    ['Karabagh spelling', 'the war over Karabagh', ['karabakh:Karabagh']],
    ['demonym', 'Karabakhi soldiers', ['karabakh:Karabakhi']],
    ['Artsakh', 'the Republic of Artsakh', ['karabakh:Artsakh']],
    ['French', 'le territoire du Haut-Karabakh', ['karabakh:Haut-Karabakh']],
    ['German', 'der Konflikt um Bergkarabach', ['karabakh:Bergkarabach']],
    ['German Arzach', '"Arzach (Karabakh) ist Armenien"', ['karabakh:Arzach', 'karabakh:Karabakh']],
    ['Azerbaijani', 'Qarabağ Azərbaycandır', ['karabakh:Qarabağ']],
    ['Azerbaijani no diacritics', 'Qarabag Azerbaycandir', ['karabakh:Qarabag']],
    ['Azerbaijani upper case', 'QARABAĞ AZƏRBAYCANDIR', ['karabakh:QARABAĞ']],
    ['Azerbaijani locative', 'Qarabağda sülh', ['karabakh:Qarabağda']],
    ['Azerbaijani genitive compound', 'Dağlıq Qarabağın erməni icması', ['karabakh:Dağlıq Qarabağın']],
    ['Russian prepositional', 'в Нагорном Карабахе', ['karabakh:Нагорном Карабахе']],
    ['Russian genitive', 'статус Нагорного Карабаха', ['karabakh:Нагорного Карабаха']],
    ['Russian adjective', 'в зоне карабахского конфликта', ['karabakh:карабахского']],
    ['Russian compound adjective', 'Нагорно-Карабахскую республику', ['karabakh:Нагорно-Карабахскую']],
    ['Russian Artsakh', 'размещается в Арцахе', ['karabakh:Арцахе']],
    ['Armenian genitive', 'Լեռնային Ղարաբաղի տարածքում', ['karabakh:Լեռնային Ղարաբաղի']],
    ['Armenian Artsakh', 'Արցախի խորհրդարանը', ['karabakh:Արցախի']],
    ['Armenian locative', 'Արցախում', ['karabakh:Արցախում']],
    ['Armenian adjective', 'Արցախյան պատերազմ', ['karabakh:Արցախյան']],
    ['glued lower→upper', 'ԱրցախՌուսական', ['karabakh:Արցախ']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['inside a longer word', 'Karabakhstan is not a place'],
    ['Latin transliterated adjective', 'the Karabakhskaya breed'],
    ['RMCs inside a word', 'ARMCs and FIRMCs'],
    ['inside a URL', 'see https://example.org/wiki/Nagorno-Karabakh_war.svg'],
    ['lower-case acronym', 'the rmc of the page'],
    ['NK without the region in view', 'NK cells kill tumour cells.'],
  ])('must not match: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('Karabakh confusers', () => {
  test.each<[string, string, string[]]>([
    ['horse breed', 'The Karabakh horse is a mountain-steppe breed.', []],
    ['horse, Azerbaijani', 'Qarabağ atı dağ-çöl cinsidir.', []],
    ['horse, Armenian', 'Ղարաբաղի ձին', []],
    ['horse, Russian', 'карабахская лошадь', []],
    ['horse sentence', 'The Karabakh is thought to be influenced by Persian horses.', []],
    ['region beside the breed', 'It is named after the Karabakh region, from which the breed originates.', ['karabakh:Karabakh']],
    ['khanate', 'In Transcaucasia, Karabakh Khanate was known for breeding horses.', ['karabakh:Karabakh']],
    ['rug', 'Antique Russian Karabagh runner', []],
    ['carpet', 'a Karabakh carpet with palmettes', []],
    ['rug page naming the region', 'Karabagh is the name of a region in the Southern Caucasus where rugs are made.', ['karabakh:Karabagh']],
    ['football club', 'Qarabağ FK won the Premier League.', []],
    ['football sentence', 'Qarabağ plays its matches at the Azersun Arena.', []],
    [
      'club from the region',
      'The club originates from the Karabakh (Azerbaijani: Qarabağ) region.',
      ['karabakh:Karabakh', 'karabakh:Qarabağ'],
    ],
    ['decoration', '204 servicemen with Karabakh Order', []],
    ['order in another sense', 'the Republic of Artsakh in order to restore peace', ['karabakh:Artsakh']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a page dominated by football rejects a bare club name on its own line', () => {
    const page = ['Qarabağ FK is a football club.', 'Qarabağ plays its matches in Baku.', 'Qarabağ won the league title.', 'Qarabağ'].join(
      '\n',
    );
    expect(found(page)).toEqual([]);
  });
});

describe('RMC', () => {
  test.each<[string, string, string[]]>([
    ['unambiguous name', 'The Russian Military Contingent left.', ['rmc:Russian Military Contingent']],
    ['peacekeepers on a topic page', `${ABOUT}Russian peacekeepers arrived.`, ['karabakh:Nagorno-Karabakh', 'rmc:Russian peacekeepers']],
    ['in the same sentence', 'Russian peacekeepers were deployed in Karabakh.', ['rmc:Russian peacekeepers', 'karabakh:Karabakh']],
    ['scare quotes', 'Russian "peacekeepers" in Karabakh', ['rmc:Russian "peacekeepers"', 'karabakh:Karabakh']],
    ['possessive form', "Russia's peacekeeping contingent in Karabakh", ["rmc:Russia's peacekeeping contingent", 'karabakh:Karabakh']],
    [
      'of the Russian Federation',
      'The peacekeeping contingent of the Russian Federation in Nagorno-Karabakh',
      ['rmc:peacekeeping contingent of the Russian Federation', 'karabakh:Nagorno-Karabakh'],
    ],
    [
      'acronym on a topic page that names the force',
      `${ABOUT}Russian peacekeepers arrived. The RMC withdrew.`,
      ['karabakh:Nagorno-Karabakh', 'rmc:Russian peacekeepers', 'rmc:RMC'],
    ],
    ['acronym on a topic page that never names the force', `${ABOUT}The RMC withdrew.`, ['karabakh:Nagorno-Karabakh']],
    ['Russian', 'Российские миротворцы в Нагорном Карабахе', ['rmc:Российские миротворцы', 'karabakh:Нагорном Карабахе']],
    [
      'Russian contingent',
      'Российский миротворческий контингент в Арцахе',
      ['rmc:Российский миротворческий контингент', 'karabakh:Арцахе'],
    ],
    ['Azerbaijani', 'Rusiya sülhməramlıları Qarabağda', ['rmc:Rusiya sülhməramlıları', 'karabakh:Qarabağda']],
    [
      'Azerbaijani contingent',
      'Rusiya Federasiyasının sülhməramlı kontingentinin Qarabağda qalma müddəti',
      ['rmc:Rusiya Federasiyasının sülhməramlı kontingentinin', 'karabakh:Qarabağda'],
    ],
    ['Armenian', 'Ռուսական խաղաղապահ զորախումբը Արցախում', ['rmc:Ռուսական խաղաղապահ զորախումբը', 'karabakh:Արցախում']],
    [
      'French',
      'le contingent russe de maintien de la paix au Haut-Karabakh',
      ['rmc:contingent russe de maintien de la paix', 'karabakh:Haut-Karabakh'],
    ],
    ['German', 'russische Friedenstruppen in Bergkarabach', ['rmc:russische Friedenstruppen', 'karabakh:Bergkarabach']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['RMC Sport', 'Les matches de Ligue des champions sur RMC Sport.'],
    ['Royal Military College', 'The Royal Military College of Canada (RMC) is in Kingston.'],
    ['ready-mixed concrete', 'RMC Group, the ready-mixed concrete maker, was bought by Cemex.'],
    ['Transnistria', 'The Russian peacekeepers in Transnistria should leave, Sandu said.'],
    ['peacekeepers off topic', 'Russian peacekeepers arrived at the airport.'],
    ['Turkish peacekeepers', 'Turkish peacekeepers were proposed.'],
    ['РМК copper', 'РМК — Русская медная компания.'],
  ])('must not match: %s', (_name, text) => {
    expect(findMentions(text).filter((m) => m.entity === 'rmc')).toEqual([]);
  });

  test('Transnistria on a Karabakh page stays rejected', () => {
    expect(found(`${ABOUT}\nRussian peacekeepers in Transnistria guard depots.`)).toEqual(['karabakh:Nagorno-Karabakh']);
  });
});

describe('Trilateral Statement', () => {
  test.each<[string, string, string[]]>([
    ['dated', 'the trilateral statement of 10 November 2020', ['trilateral-statement:trilateral statement']],
    ['US date order', 'the November 9, 2020 trilateral statement', ['trilateral-statement:trilateral statement']],
    [
      'tripartite on topic page',
      `${ABOUT}The tripartite statement ended the war.`,
      ['karabakh:Nagorno-Karabakh', 'trilateral-statement:tripartite statement'],
    ],
    [
      'ceasefire agreement',
      'the Nagorno-Karabakh ceasefire agreement',
      ['karabakh:Nagorno-Karabakh', 'trilateral-statement:ceasefire agreement'],
    ],
    ['2020 ceasefire', `${ABOUT}the 2020 cease-fire held`, ['karabakh:Nagorno-Karabakh', 'trilateral-statement:2020 cease-fire']],
    [
      'joint statement with date',
      'On November 9, 2020, Putin, Aliyev and Pashinyan signed a joint statement.',
      ['trilateral-statement:joint statement'],
    ],
    [
      'Moscow Agreement',
      `${ABOUT}The Moscow Agreement returned the districts.`,
      ['karabakh:Nagorno-Karabakh', 'trilateral-statement:Moscow Agreement'],
    ],
    ['French', "selon l'accord tripartite, au Haut-Karabakh", ['trilateral-statement:accord tripartite', 'karabakh:Haut-Karabakh']],
    [
      'Russian',
      'трехстороннее заявление о Нагорном Карабахе',
      ['trilateral-statement:трехстороннее заявление', 'karabakh:Нагорном Карабахе'],
    ],
    ['Azerbaijani', 'üçtərəfli bəyanata əsasən Qarabağda', ['trilateral-statement:üçtərəfli bəyanata', 'karabakh:Qarabağda']],
    ['Armenian', '2020 թ․ նոյեմբերի 9-ի եռակողմ հայտարարությանը', ['trilateral-statement:եռակողմ հայտարարությանը']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['1994 Ukraine statement', 'The US-Russia-Ukraine Trilateral Statement and Annex, January 14, 1994.'],
    ['1994 ceasefire on a topic page', `${ABOUT}It was the deadliest year since the 1994 ceasefire agreement.`],
    ['later joint statement', `${ABOUT}Joint statement on 17 November 2021 by the EU delegation.`],
    ['plural joint statements', `${ABOUT}Belarus supported Azerbaijan in joint statements.`],
    ['Sochi interim statement', `${ABOUT}the signing of an interim trilateral statement in Sochi`],
    ['Camp David', 'The Camp David joint statement of Japan, Korea and the United States.'],
    ['ceasefire agreement off topic', 'The Lebanon ceasefire agreement took effect.'],
  ])('must not match: %s', (_name, text) => {
    expect(findMentions(text).filter((m) => m.entity === 'trilateral-statement')).toEqual([]);
  });
});

describe('bad input', () => {
  test('empty text', () => expect(findMentions('')).toEqual([]));
  test('10 MB without spaces', () => {
    const text = `${'ab'.repeat(5_000_000)}karabakh`;
    expect(findMentions(text)).toEqual([]);
  });
  test('glued names without spaces stay linear', () => {
    const text = 'Karabakh'.repeat(100_000);
    const mentions = findMentions(text);
    expect(mentions.length).toBe(100_000);
  });
  test('lone surrogates', () => {
    expect(found('\uD800Karabakh\uDC00 and \uDC00Karabakh')).toEqual(['karabakh:Karabakh', 'karabakh:Karabakh']);
  });
  test('mixed scripts', () => {
    expect(found('Карабах Karabakh Ղարաբաղ Qarabağda')).toEqual([
      'karabakh:Карабах',
      'karabakh:Karabakh',
      'karabakh:Ղարաբաղ',
      'karabakh:Qarabağda',
    ]);
  });
});

describe('properties', () => {
  const entities: EntityId[] = ['karabakh', 'rmc', 'trilateral-statement'];
  const pieces = fc.constantFrom(
    'Karabakh',
    'Nagorno-Karabakh',
    'Russian peacekeepers',
    'RMC',
    'trilateral statement',
    'ceasefire agreement',
    'Qarabağda',
    'Арцахе',
    'Ղարաբաղի',
    'horse',
    ' ',
    '.',
    '\n',
    '-',
    '"',
    '\uD800',
    '2020',
    'FK',
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((a) => a.join('')),
  );

  test('never throws; ordered, non-overlapping, in-bounds offsets', () => {
    fc.assert(
      fc.property(text, (t) => {
        const mentions = findMentions(t);
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(m.text).toBe(t.slice(m.start, m.end));
          expect(entities).toContain(m.entity);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
