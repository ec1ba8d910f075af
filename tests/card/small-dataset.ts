import { dataset, type Dataset } from '@/core/dataset';

/** A small dataset whose notes differ in one word each, so ranking is easy to read. */
export const small: Dataset = {
  article: { ...dataset.article },
  entities: [
    {
      id: 'karabakh',
      name: 'Karabakh',
      otherNames: ['Nagorno-Karabakh', 'Artsakh', 'Карабах', 'Арцах', 'Ղարաբաղ'],
      summary: 'A region.',
      notes: [
        { id: 'f-bridge', kind: 'fact', text: 'A bridge was built.', refs: ['p1'] },
        { id: 'f-road', kind: 'fact', text: 'A road was closed.', refs: ['p2'] },
        { id: 'f-river', kind: 'fact', text: 'A river flooded.', refs: ['p3'] },
        { id: 'f-tower', kind: 'fact', text: 'A tower fell.', refs: ['p4'] },
        { id: 'v-road', kind: 'view', text: 'The article argues the road mattered.', refs: ['p5'] },
        { id: 'v-bridge', kind: 'view', text: 'The author thinks the bridge mattered.', refs: ['p6'] },
      ],
    },
    ...dataset.entities.filter((entry) => entry.id !== 'karabakh'),
  ],
  timeline: [
    { id: 'e-1', date: '2020-11', label: 'Bridge opened', refs: ['p1'], entities: ['karabakh'] },
    { id: 'e-2', date: '2021-05', label: 'Road closed', refs: ['p2'], entities: ['karabakh'] },
    { id: 'e-3', date: '2022-01', label: 'River flooded', refs: ['p3'], entities: ['karabakh'] },
    { id: 'e-4', date: '2023-09', label: 'Tower fell', refs: ['p4'], entities: ['karabakh'] },
    { id: 'e-5', date: '2024-04', label: 'Peacekeepers left', refs: ['p5'], entities: ['rmc'] },
  ],
  argument: dataset.argument,
};
