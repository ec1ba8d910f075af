import { describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '../../core/dataset';
import { validateDataset } from '../../core/dataset-validation';
import { ENTITY_IDS } from '../../core/entities';

describe('validateDataset rejects bad input', () => {
  type Mutation = (d: any) => void;
  const background = (d: any) => d.entities[0].notes.find((n: any) => n.kind === 'background');
  const cases: [string, Mutation, string][] = [
    ['a missing article', (d) => delete d.article, 'article: must be an object'],
    ['a missing title', (d) => delete d.article.title, 'article.title'],
    ['a non-ISO date', (d) => (d.article.date = '29 April 2024'), 'article.date'],
    ['an impossible date', (d) => (d.article.date = '2024-02-30'), 'article.date'],
    ['a url that is not http(s)', (d) => (d.article.url = 'javascript:alert(1)'), 'article.url'],
    ['a malformed paragraph ref', (d) => d.article.paragraphs.push('para15'), 'article.paragraphs[16]'],
    ['a missing entity', (d) => d.entities.pop(), 'missing entity "trilateral-statement"'],
    ['an unknown entity', (d) => (d.entities[0].id = 'armenia'), 'entities[0].id'],
    ['a duplicate entity', (d) => (d.entities[1].id = 'karabakh'), 'duplicate entity'],
    ['a missing summary', (d) => delete d.entities[0].summary, 'entities[0].summary'],
    ['otherNames not strings', (d) => (d.entities[0].otherNames = [1]), 'entities[0].otherNames'],
    ['a bad note kind', (d) => (d.entities[0].notes[0].kind = 'opinion'), 'notes[0].kind'],
    ['a note without kind', (d) => delete d.entities[0].notes[0].kind, 'notes[0].kind'],
    ['a note without refs', (d) => (d.entities[0].notes[0].refs = []), 'notes[0].refs'],
    ['an unknown ref', (d) => (d.entities[0].notes[0].refs = ['p15']), 'unknown paragraph ref "p15"'],
    ['an empty note text', (d) => (d.entities[0].notes[0].text = ' '), 'notes[0].text'],
    ['a duplicate id', (d) => (d.argument[0].id = d.timeline[0].id), 'already used'],
    ['a bad timeline date', (d) => (d.timeline[0].date = '2020-13'), 'timeline[0].date'],
    ['a timeline entity typo', (d) => (d.timeline[0].entities = ['rmcc']), 'timeline[0].entities'],
    ['no argument', (d) => (d.argument = []), 'argument'],
    ['background citing a paragraph', (d) => (background(d).refs = ['p9']), 'background cites no paragraph'],
    ['background without refs array', (d) => delete background(d).refs, 'background cites no paragraph'],
    ['background without a source', (d) => delete background(d).source, 'background must name its public source'],
    ['a fact naming a source instead of citing', (d) => ((d.entities[0].notes[0].source = 'x'), (d.entities[0].notes[0].refs = ['p1'])), 'only background names a source'],
    ['a fact without refs', (d) => ((d.entities[0].notes[0].kind = 'fact'), (d.entities[0].notes[0].refs = [])), 'must cite at least one paragraph'],
    ['a background event citing a paragraph', (d) => (d.timeline.find((t: any) => t.kind === 'background').refs = ['p6']), 'background cites no paragraph'],
    ['an article event without refs', (d) => (d.timeline.find((t: any) => !t.kind).refs = []), 'must cite at least one paragraph'],
    ['an unknown timeline kind', (d) => (d.timeline[1].kind = 'rumour'), 'must be "background" or absent'],
    ['an empty dateNote', (d) => (d.timeline[1].dateNote = ''), 'dateNote'],
    ['an empty shortName', (d) => (d.entities[1].shortName = ' '), 'entities[1].shortName'],
  ];

  it.each(cases)('%s', (_case, mutate, expected) => {
    const broken = structuredClone(dataset) as any;
    mutate(broken);
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it.each([null, 42, 'dataset', []])('rejects %j', (value) => {
    expect(validateDataset(value).ok).toBe(false);
  });

  it('accepts a YYYY-MM timeline date and a valid url', () => {
    const variant = structuredClone(dataset) as any;
    variant.timeline[0].date = '2020-11';
    variant.article.url = 'https://example.org/article';
    expect(validateDataset(variant).ok).toBe(true);
  });
});
