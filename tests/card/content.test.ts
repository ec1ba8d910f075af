import { describe, expect, test } from 'vitest';
import { cardContentFor, stemsOf } from '@/card/content';
import type { Dataset } from '@/core/dataset';
import { ENTITY_IDS } from '@/core/entities';
import { small } from './small-dataset';

const ids = (notes: { id: string }[]) => notes.map((note) => note.id);

describe('stemsOf', () => {
  test.each([
    ['peacekeepers and peacekeeping', ['peacek']],
    ['Russia, Russian', ['russia']],
    ['the war in it', []], // short words carry no signal
    ['that which would', []], // stop words
    ['', []],
    ['Карабах Ղարաբաղ', ['караба', 'ղարաբա']],
  ])('%j → %j', (text, expected) => {
    expect([...stemsOf(text)]).toEqual(expected);
  });
});

describe('cardContentFor', () => {
  test('facts come before views, and words shared with the page rank a note higher', () => {
    const context = 'Protesters blocked the road for weeks.';
    expect(ids(cardContentFor('karabakh', { context }, small).notes)).toEqual(['f-road', 'v-road']);
    expect(ids(cardContentFor('karabakh', { context, maxNotes: 3 }, small).notes)).toEqual(['f-road', 'f-bridge', 'v-road']);
  });

  test('a view takes the second slot only when the page shares words with it; otherwise a second fact does', () => {
    // "tower" and "river" are in facts only.
    expect(ids(cardContentFor('karabakh', { context: 'The tower by the river.' }, small).notes)).toEqual(['f-river', 'f-tower']);
    expect(ids(cardContentFor('karabakh', { context: 'The bridge.' }, small).notes)).toEqual(['f-bridge', 'v-bridge']);
  });

  test('with no shared words, dataset order decides within each kind', () => {
    const content = cardContentFor('karabakh', { context: 'Nothing in common here at all.', maxNotes: 3 }, small);
    expect(ids(content.notes)).toEqual(['f-bridge', 'f-road', 'v-road']);
  });

  test('by default a card has two notes and at most two events', () => {
    const content = cardContentFor('karabakh', { context: 'The road and the bridge.' }, small);
    expect(content.notes).toHaveLength(2);
    expect(content.timeline).toHaveLength(2);
  });

  test('views fill in when the entity has too few facts', () => {
    const oneFact: Dataset = {
      ...small,
      entities: small.entities.map((entry) =>
        entry.id === 'karabakh' ? { ...entry, notes: entry.notes.filter((note) => note.id === 'f-bridge' || note.kind === 'view') } : entry,
      ),
    };
    expect(ids(cardContentFor('karabakh', { context: 'Nothing in common.' }, oneFact).notes)).toEqual(['f-bridge', 'v-road']);
  });

  test('the entity’s own names do not count as shared words', () => {
    const withName = cardContentFor('karabakh', { context: 'Karabakh Artsakh bridge' }, small);
    const withoutName = cardContentFor('karabakh', { context: 'bridge' }, small);
    expect(ids(withName.notes)).toEqual(ids(withoutName.notes));
  });

  test('limits are honoured, and nonsense limits give empty lists, not errors', () => {
    expect(cardContentFor('karabakh', { maxFacts: 1, maxViews: 2, maxNotes: 3 }, small).notes.map((n) => n.kind)).toEqual([
      'fact',
      'view',
      'view',
    ]);
    expect(cardContentFor('karabakh', { maxNotes: 1, context: 'the road' }, small).notes.map((n) => n.kind)).toEqual(['fact']);
    const none = cardContentFor('karabakh', { maxFacts: -3, maxViews: 0, maxOtherNames: -1, maxEvents: 0 }, small);
    expect(cardContentFor('karabakh', { maxNotes: -1 }, small).notes).toEqual([]);
    expect(none.notes).toEqual([]);
    expect(none.otherNames).toEqual([]);
    expect(none.timeline).toEqual([]);
  });

  test('the timeline keeps chronological order, picks the relevant events, and needs two to show', () => {
    expect(ids(cardContentFor('karabakh', { context: 'the tower and the river', maxEvents: 2 }, small).timeline)).toEqual(['e-3', 'e-4']);
    expect(cardContentFor('karabakh', { maxEvents: 1 }, small).timeline).toEqual([]);
    expect(ids(cardContentFor('rmc', {}, small).timeline)).toEqual([]); // rmc has one event here
  });

  test('a month and year on the page pick that month’s events', () => {
    expect(ids(cardContentFor('karabakh', { context: 'Back in January 2022 and September 2023.' }, small).timeline)).toEqual([
      'e-3',
      'e-4',
    ]);
  });

  test('among events the page does not touch on, those naming the entity come first', () => {
    const named: Dataset = {
      ...small,
      timeline: [
        { id: 'e-plain', date: '2020-01', label: 'Elections held', refs: ['p1'], entities: ['karabakh'] },
        { id: 'e-named-1', date: '2021-01', label: 'Artsakh votes', refs: ['p1'], entities: ['karabakh'] },
        { id: 'e-named-2', date: '2022-01', label: 'Karabakh floods', refs: ['p1'], entities: ['karabakh'] },
      ],
    };
    expect(ids(cardContentFor('karabakh', {}, named).timeline)).toEqual(['e-named-1', 'e-named-2']);
  });

  test('other names skip what the reader already sees and favour the mention’s script', () => {
    const content = cardContentFor('karabakh', { mentionText: 'Карабах', maxOtherNames: 4 }, small);
    expect(content.otherNames).toEqual(['Арцах', 'Nagorno-Karabakh', 'Artsakh', 'Ղարաբաղ']);
    expect(cardContentFor('karabakh', { mentionText: 'nagorno-karabakh' }, small).otherNames).not.toContain('Nagorno-Karabakh');
  });

  test('bad option values give a card, not a crash', () => {
    const content = cardContentFor('rmc', { context: 42 as unknown as string, mentionText: null as unknown as string });
    expect(content.name).toBe('Russian Military Contingent');
    expect(content.notes.length).toBeGreaterThan(0);
  });

  test.each(ENTITY_IDS)('the bundled dataset gives %s a short card: a plain statement first, then at most one view, the source', (id) => {
    const content = cardContentFor(id, { context: 'Russian peacekeepers leave Karabakh early, Baku and Moscow agreed.' });
    expect(content.notes).toHaveLength(2);
    expect(content.notes[0]!.kind).not.toBe('view');
    expect(content.notes.filter((note) => note.kind === 'view').length).toBeLessThanOrEqual(1);
    expect(content.otherNames.length).toBeLessThanOrEqual(3);
    expect(content.timeline.length).toBeLessThanOrEqual(2);
    expect(content.source.outlet).toBe('bne IntelliNews');
  });

  test('the card is titled with the full name, not the abbreviation', () => {
    expect(cardContentFor('rmc', { mentionText: 'RMC' }).name).toBe('Russian Military Contingent');
  });
});

describe('a view never displaces a plain statement that bears on the page as much', () => {
  // Two plain notes and a view share the same single word with the page: the plain ones win.
  const tie: Dataset = {
    ...small,
    entities: small.entities.map((entry) =>
      entry.id === 'karabakh'
        ? {
            ...entry,
            notes: [
              { id: 'f-other', kind: 'fact', text: 'A tower fell.', refs: ['p1'] },
              { id: 'f-road', kind: 'fact', text: 'A road was closed.', refs: ['p2'] },
              { id: 'b-road', kind: 'background', text: 'The road was the only link.', refs: [], source: 'a public record' },
              { id: 'v-road', kind: 'view', text: 'The article argues the road mattered.', refs: ['p5'] },
            ],
          }
        : entry,
    ),
  };

  test('background counts as plain: it is listed before views and beats an equally relevant view', () => {
    const context = 'The road out of the region.';
    expect(ids(cardContentFor('karabakh', { context, maxNotes: 2 }, tie).notes)).toEqual(['f-road', 'b-road']);
    expect(ids(cardContentFor('karabakh', { context, maxNotes: 3, maxFacts: 3 }, tie).notes)).toEqual(['f-road', 'b-road', 'v-road']);
    // A view the page shares more with than the next plain note does take the slot.
    expect(ids(cardContentFor('karabakh', { context: 'Why the road mattered.', maxNotes: 2 }, tie).notes)).toEqual(['f-road', 'v-road']);
  });

  // Pages written in the words such reports use; the card must lead with the plain
  // account of the page's subject, and keep it when a view competes for the slot.
  const pages = [
    {
      page: 'an exodus report',
      entity: 'karabakh' as const,
      context:
        'More than 100,000 ethnic Armenians have fled Nagorno-Karabakh since Azerbaijan seized the enclave in a lightning offensive, Armenia said. The exodus has left the region almost empty, and refugees crowd the border towns.',
      plain: ['karabakh-armenians-left', 'karabakh-exodus-scale'],
    },
    {
      page: 'a short exodus item',
      entity: 'karabakh' as const,
      context: 'Almost the entire Armenian population of Karabakh left for Armenia within a week of the offensive.',
      plain: ['karabakh-armenians-left', 'karabakh-exodus-scale'],
    },
    {
      page: 'a withdrawal report',
      entity: 'rmc' as const,
      context:
        'Russian peacekeepers have begun withdrawing from Nagorno-Karabakh, the Kremlin confirmed on Wednesday, more than a year before their mandate was due to expire.',
      plain: ['rmc-early-withdrawal', 'rmc-withdrawal-confirmed'],
    },
    {
      page: 'a withdrawal brief',
      entity: 'rmc' as const,
      context: 'Russia is withdrawing its peacekeepers from Karabakh early.',
      plain: ['rmc-early-withdrawal', 'rmc-withdrawal-confirmed'],
    },
    {
      page: 'a ceasefire report',
      entity: 'trilateral-statement' as const,
      context:
        'Armenia, Azerbaijan and Russia signed a ceasefire agreement ending six weeks of fighting over Nagorno-Karabakh; Russian peacekeepers will deploy along the front line.',
      plain: ['trilateral-ceasefire'],
    },
    {
      page: 'a ceasefire anniversary',
      entity: 'trilateral-statement' as const,
      context: 'The ceasefire ended the 44-day war in November 2020.',
      plain: ['trilateral-ceasefire', 'trilateral-five-year-term'],
    },
  ];

  test.each(pages)('$page: the $entity card leads with $plain', ({ entity, context, plain }) => {
    const notes = cardContentFor(entity, { context }).notes;
    expect(notes[0]!.kind).not.toBe('view');
    expect(ids(notes)).toEqual(expect.arrayContaining(plain));
    // Every view shown is placed after every plain note.
    const firstView = notes.findIndex((note) => note.kind === 'view');
    if (firstView >= 0) expect(notes.slice(firstView).every((note) => note.kind === 'view')).toBe(true);
  });
});
