// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { dataset, type ArticleMeta } from '@/core/dataset';
import { EntitySwatch } from '@/components/EntitySwatch';
import { formatDate } from '@/components/format-date';
import { ENTITY_IDS } from '@/core/entities';
import { highlightDeclarations } from '@/dom/highlight-sheet';
import { NoteList } from '@/card/components/NoteList';
import { SourceLine } from '@/card/components/SourceLine';
import { Timeline } from '@/card/components/Timeline';

afterEach(cleanup);

describe('EntitySwatch', () => {
  test.each(ENTITY_IDS)('%s shows the fill and line its highlights have on the page', (entity) => {
    const { container } = render(<EntitySwatch entity={entity} />);
    const swatch = container.querySelector('.swatch') as HTMLElement;
    expect(swatch.getAttribute('aria-hidden')).toBe('true');
    // The page's background look, e.g. "background-color:#ffe28a;…;text-decoration:underline solid #9a6200 2px".
    const [, fill, line, ink] = /background-color:(#\w+);.*underline (\w+) (#\w+)/.exec(highlightDeclarations(entity, 'background'))!;
    const probe = document.createElement('span');
    probe.style.background = fill!;
    probe.style.borderBottomColor = ink!;
    expect(swatch.style.background).toBe(probe.style.background);
    expect(swatch.style.borderBottomStyle).toBe(line);
    expect(swatch.style.borderBottomColor).toBe(probe.style.borderBottomColor);
  });
});

describe('formatDate', () => {
  test.each([
    ['2024-04-29', 'long', '29 April 2024'],
    ['2024-04-29', 'short', '29 Apr 2024'],
    ['2020-11', 'long', 'November 2020'],
    ['2020-11', 'short', 'Nov 2020'],
    ['2024-13', 'long', '2024-13'], // no such month: shown as given
    ['soon', 'short', 'soon'],
    ['', 'long', ''],
  ] as const)('%s (%s) → %s', (value, style, expected) => {
    expect(formatDate(value, style)).toBe(expected);
  });
});

describe('NoteList', () => {
  test('renders nothing for no notes', () => {
    const { container } = render(<NoteList notes={[]} />);
    expect(container.innerHTML).toBe('');
  });

  test('refs read as paragraph marks; standfirst keeps its name', () => {
    render(<NoteList notes={[{ id: 'n', kind: 'fact', text: 'T.', refs: ['standfirst', 'p2', 'p14'] }]} />);
    expect(screen.getByRole('listitem').textContent).toBe('T. standfirst ¶2 ¶14');
  });
});

describe('Timeline', () => {
  test('renders nothing for no events', () => {
    const { container } = render(<Timeline events={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('SourceLine', () => {
  const article: ArticleMeta = { ...dataset.article };

  test('links the title only when the dataset knows the URL', () => {
    render(<SourceLine article={{ ...article, url: undefined }} />);
    expect(screen.queryByRole('link')).toBeNull();
    cleanup();
    render(<SourceLine article={{ ...article, url: 'https://example.org/a' }} />);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  test('shows the article’s standpoint', () => {
    render(<SourceLine article={article} />);
    expect(screen.getByText(article.perspective)).toBeTruthy();
  });
});
