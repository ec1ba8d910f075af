import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../core/dataset';
import { ARTICLE_PATH, articleExists, articleText, DOC_PATH, texts, allNotes, citing, fromArticle, background, ATTRIBUTED, COPY_RUN, words, runsOf, sharedRun, paragraphRefsOf } from './dataset-fixtures';


function factCheckRows(markdown: string): Map<string, { kind: string; refs: string[]; support: string }> {
  const section = markdown.split(/^## Fact-check table\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, { kind: string; refs: string[]; support: string }>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!id || cells.length !== 4) continue;
    const refs = cells[2] === '—' ? [] : cells[2]!.split(',').map((ref) => ref.trim());
    rows.set(id, { kind: cells[1]!, refs, support: cells[3]! });
  }
  return rows;
}

describe('fact-check table in docs/dataset.md', () => {
  const rows = factCheckRows(readFileSync(DOC_PATH, 'utf8'));
  const kindOf = (item: (typeof citing)[number]) =>
    'kind' in item && item.kind ? item.kind : 'text' in item ? 'argument' : 'event';

  it('has a row for every note, timeline event and argument point, and none for ids that do not exist', () => {
    expect([...rows.keys()].sort()).toEqual(citing.map((item) => item.id).sort());
  });

  it.each(citing.map((item) => [item.id, item] as const))('row for %s: same kind and refs as the data, refs exist, support given', (id, item) => {
    const row = rows.get(id);
    expect(row, `no row for ${id}`).toBeDefined();
    expect(row!.kind).toBe(kindOf(item));
    expect(row!.refs).toEqual([...item.refs]);
    for (const ref of row!.refs) expect(dataset.article.paragraphs).toContain(ref);
    expect(row!.support.length).toBeGreaterThan(10);
    // Background's support names its source; it may not lean on a paragraph.
    if (row!.kind === 'background') expect(row!.support).not.toMatch(/¶\d|\bp\d+\b/);
  });

  it.skipIf(!articleExists)(
    articleExists ? 'its own words share no run of 8+ words with article.txt' : 'article.txt not found at ../shared/seed — copy-check of the table skipped',
    () => {
      const copied = [...rows].map(([id, row]) => ({ id, run: sharedRun(row.support, articleText) })).filter((found) => found.run);
      expect(copied).toEqual([]);
    },
  );
});

/** Which notes, events and argument points cite each paragraph. */
const citedBy = new Map(dataset.article.paragraphs.map((ref) => [ref, citing.filter((item) => item.refs.includes(ref)).map((item) => item.id)]));

describe('coverage: every paragraph of the article is reachable from the dataset', () => {
  const body = dataset.article.paragraphs.filter((ref) => ref !== 'byline');
  it.each(body.map((ref) => [ref, citedBy.get(ref) ?? []] as const))('%s is cited by %j', (_ref, ids) => {
    expect(ids.length).toBeGreaterThan(0);
  });

});
