import { describe, expect, it } from 'vitest';
import { dataset, entityById, NOTE_KINDS, notesFor, refLabel, timelineFor, type Dataset } from '../../core/dataset';
import { validateDataset } from '../../core/dataset-validation';
import { ENTITY_IDS } from '../../core/entities';
import { ARTICLE_PATH, articleExists, articleText, DOC_PATH, texts, allNotes, citing, fromArticle, background, ATTRIBUTED, COPY_RUN, words, runsOf, sharedRun, paragraphRefsOf } from './dataset-fixtures';

describe('look-ups', () => {
  const note = (id: string, kind: 'fact' | 'view') => ({ id, kind, text: id, refs: ['p1' as const] });
  const small: Dataset = {
    article: { ...dataset.article, paragraphs: ['p1'] },
    entities: ENTITY_IDS.map((id) => ({
      id,
      name: id,
      otherNames: [],
      summary: id,
      notes:
        id === 'rmc'
          ? [note('v1', 'view'), note('f1', 'fact'), note('v2', 'view'), note('f2', 'fact')]
          : [],
    })),
    timeline: [
      { id: 'first', date: '2020-11', label: 'first', refs: ['p1'], entities: ['karabakh'] },
      { id: 'day', date: '2024-04-22', label: 'day', refs: ['p1'], entities: ['rmc'] },
      { id: 'month', date: '2024-04', label: 'month', refs: ['p1'], entities: ['rmc', 'karabakh'] },
    ],
    argument: [{ id: 'a', text: 'a', refs: ['p1'] }],
  };

  it('the fixture itself is valid', () => {
    expect(validateDataset(small).ok).toBe(true);
  });

  it('entityById finds the entry', () => {
    expect(entityById('rmc', small).id).toBe('rmc');
    expect(entityById('karabakh').name).toBe('Karabakh');
  });

  it.each([
    [undefined, ['f1', 'f2', 'v1', 'v2']],
    [3, ['f1', 'f2', 'v1']],
    [1, ['f1']],
    [0, []],
  ])('notesFor with limit %s → facts first, stable', (limit, expected) => {
    expect(notesFor('rmc', { limit }, small).map((n) => n.id)).toEqual(expected);
  });

  it.each([
    ['rmc', ['day', 'month']],
    ['karabakh', ['first', 'month']],
    ['trilateral-statement', []],
  ] as const)('timelineFor(%s) keeps the events that involve it, in dataset order', (id, expected) => {
    expect(timelineFor(id, small).map((t) => t.id)).toEqual(expected);
  });

  it('notesFor on the bundled dataset lists facts, then background, then views', () => {
    for (const id of ENTITY_IDS) {
      const order = notesFor(id).map((n) => NOTE_KINDS.indexOf(n.kind));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it.each([
    ['standfirst', 'standfirst'],
    ['byline', 'byline'],
    ['p7', '¶7'],
  ] as const)('refLabel(%s) → %s', (ref, label) => {
    expect(refLabel(ref)).toBe(label);
  });
});

/**
 * The fact-check table in docs/dataset.md: one row per note, timeline event and argument
 * point — `| id | kind | refs | support |`, refs comma-separated or "—" for background.
 */
