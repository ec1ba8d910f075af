import { describe, expect, it } from 'vitest';
import { dataset } from '../../core/dataset';
import { ARTICLE_PATH, articleExists, articleText, DOC_PATH, texts, allNotes, citing, fromArticle, background, ATTRIBUTED, COPY_RUN, words, runsOf, sharedRun, paragraphRefsOf } from './dataset-fixtures';

describe('copy check helper', () => {
  const source = 'The quick brown fox jumps over the lazy dog near the old river bank.';
  it.each([
    ['the same sentence', 'The quick brown fox jumps over the lazy dog.', true],
    ['different case and punctuation', 'the QUICK, brown fox — jumps over the lazy dog!', true],
    ['only seven shared words', 'A quick brown fox jumps over the lazy cat.', false],
    ['a paraphrase', 'A fast fox leapt over a sleepy dog by the river.', false],
  ])('%s → copied: %s', (_case, text, copied) => {
    expect(sharedRun(text, source) !== undefined).toBe(copied);
  });
});

describe('against the seed article', () => {
  it.skipIf(!articleExists)(
    articleExists
      ? 'no summary, note, label or argument shares 8+ consecutive words with article.txt'
      : 'article.txt not found at ../shared/seed — copy-check skipped',
    () => {
      const copied = texts
        .map(({ where, text }) => ({ where, run: sharedRun(text, articleText) }))
        .filter((found) => found.run !== undefined);
      expect(copied).toEqual([]);
    },
  );

  it.skipIf(!articleExists)(
    articleExists
      ? 'article.paragraphs matches the paragraphs of article.txt'
      : 'article.txt not found at ../shared/seed — paragraph-count check skipped',
    () => {
      expect(dataset.article.paragraphs).toEqual(paragraphRefsOf(articleText));
    },
  );
});
