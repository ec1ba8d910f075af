/**
 * What the dataset tests share: the seed article (read from ../shared where present), the
 * prose we wrote, grouped by kind, and the copy check's word runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset } from '../../core/dataset';

// The seed sits beside the repository (../shared/seed); CI checkouts may not have it.
export const ARTICLE_PATH = fileURLToPath(new URL('../../../shared/seed/article.txt', import.meta.url));
export const articleExists = existsSync(ARTICLE_PATH);
export const articleText = articleExists ? readFileSync(ARTICLE_PATH, 'utf8') : '';
export const DOC_PATH = fileURLToPath(new URL('../../docs/dataset.md', import.meta.url));

/** Every piece of prose we wrote, with where it lives, for the convention tests. */
export const texts = [
  ...dataset.entities.map((e) => ({ where: `${e.id}.summary`, text: e.summary })),
  ...dataset.entities.flatMap((e) => e.notes.map((n) => ({ where: n.id, text: n.text }))),
  ...dataset.timeline.map((t) => ({ where: t.id, text: t.label })),
  ...dataset.timeline.flatMap((t) => (t.dateNote ? [{ where: `${t.id}.dateNote`, text: t.dateNote }] : [])),
  ...dataset.argument.map((a) => ({ where: a.id, text: a.text })),
  { where: 'article.perspective', text: dataset.article.perspective },
];

export const allNotes = dataset.entities.flatMap((e) => e.notes.map((note) => ({ entity: e.id, ...note })));
export const citing = [...allNotes, ...dataset.timeline, ...dataset.argument];
/** Notes and events drawn from the article (not background): they must cite it. */
export const fromArticle = [
  ...allNotes.filter((note) => note.kind !== 'background'),
  ...dataset.timeline.filter((event) => event.kind !== 'background'),
  ...dataset.argument,
];
export const background = [
  ...allNotes.filter((note) => note.kind === 'background'),
  ...dataset.timeline.filter((event) => event.kind === 'background'),
];

export const ATTRIBUTED = /article|author|Mammadov/i;
export const COPY_RUN = 8;

/** Lowercased words with punctuation removed (so "Russia’s" and "Russia's" agree). */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
}

export function runsOf(list: string[], n: number): string[] {
  return list.slice(0, Math.max(0, list.length - n + 1)).map((_, i) => list.slice(i, i + n).join(' '));
}

/** The first run of `n` words that `text` shares with `source`, if any. */
export function sharedRun(text: string, source: string, n = COPY_RUN): string | undefined {
  const sourceRuns = new Set(runsOf(words(source), n));
  return runsOf(words(text), n).find((run) => sourceRuns.has(run));
}

/** Paragraph refs per ../shared/seed/README.md: skip blanks, title once, then the rest. */
export function paragraphRefsOf(article: string): string[] {
  const lines = article
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [title, ...rest] = lines;
  const body = rest[0] === title ? rest.slice(1) : rest;
  return body.map((_, i) => (i === 0 ? 'standfirst' : i === 1 ? 'byline' : `p${i - 1}`));
}
