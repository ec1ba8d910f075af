// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { renderIn } from '../helpers/texts';
import { afterEach, describe, expect, test } from 'vitest';
import { dataset, type ArticleMeta } from '@/core/dataset';
import { EntitySwatch } from '@/components/EntitySwatch';
import { formatDate } from '@/core/locale';
import { ENTITY_IDS } from '@/core/entities';
import { highlightDeclarations } from '@/dom/highlight-sheet';
import { NoteList } from '@/card/components/NoteList';
import { SourceLine } from '@/card/components/SourceLine';
import { Timeline } from '@/card/components/Timeline';

afterEach(cleanup);

describe('EntitySwatch', () => {
  test.each(ENTITY_IDS)('%s shows the fill and line its highlights have on the page', (entity) => {
    const { container } = renderIn(<EntitySwatch entity={entity} />);
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
    expect(formatDate('en', value, style)).toBe(expected);
  });
});

describe('NoteList', () => {
  test('renders nothing for no notes', () => {
    const { container } = renderIn(<NoteList notes={[]} />);
    expect(container.innerHTML).toBe('');
  });

  test('refs read as paragraph marks; standfirst keeps its name', () => {
    renderIn(<NoteList notes={[{ id: 'n', kind: 'fact', text: 'T.', refs: ['standfirst', 'p2', 'p14'] }]} />);
    expect(screen.getByRole('listitem').textContent).toBe('T. standfirst ¶2 ¶14');
  });

  test('background is tagged "Background" and shows its public source, never a paragraph', () => {
    renderIn(<NoteList notes={[{ id: 'b', kind: 'background', text: 'B.', refs: [], source: 'A public record, 2023' }]} />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe('BackgroundB. (A public record, 2023)');
    expect(item.textContent).not.toMatch(/¶/);
    expect(item.querySelector('.refs')?.getAttribute('title')).toBe('Public source, not the article');
  });

  test('a view is tagged "View"; a fact carries no tag', () => {
    renderIn(
      <NoteList
        notes={[
          { id: 'f', kind: 'fact', text: 'F.', refs: ['p1'] },
          { id: 'v', kind: 'view', text: 'The article argues V.', refs: ['p2'] },
        ]}
      />,
    );
    const [fact, view] = screen.getAllByRole('listitem');
    expect(fact!.textContent).toBe('F. ¶1');
    expect(view!.textContent).toBe('ViewThe article argues V. ¶2');
  });
});

describe('Timeline', () => {
  test('renders nothing for no events', () => {
    const { container } = renderIn(<Timeline events={[]} />);
    expect(container.innerHTML).toBe('');
  });

  test('tags background events, names their source, and says where a date comes from', () => {
    renderIn(
      <Timeline
        events={[
          { id: 'a', date: '2020-11', dateNote: 'Month from the Statement.', label: 'From the article', refs: ['p6'], entities: ['rmc'] },
          { id: 'b', date: '2024-04-17', label: 'Confirmed', refs: [], kind: 'background', source: 'A spokesman', entities: ['rmc'] },
        ]}
      />,
    );
    const [fromArticle, background] = screen.getAllByRole('listitem');
    expect(fromArticle!.textContent).toBe('Nov 2020From the article');
    expect(fromArticle!.querySelector('time')?.getAttribute('title')).toBe('Month from the Statement.');
    expect(background!.textContent).toBe('17 Apr 2024BackgroundConfirmed');
    expect(background!.querySelector('.tag')?.getAttribute('title')).toContain('A spokesman');
  });
});

describe('SourceLine', () => {
  const article: ArticleMeta = { ...dataset.article };

  test('links the title only when the dataset knows the URL', () => {
    renderIn(<SourceLine article={{ ...article, url: undefined }} />);
    expect(screen.queryByRole('link')).toBeNull();
    cleanup();
    renderIn(<SourceLine article={{ ...article, url: 'https://example.org/a' }} />);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  test('says plainly whose view it is, and dates it "as of" the article', () => {
    renderIn(<SourceLine article={article} />);
    expect(screen.getByText(article.perspective)).toBeTruthy();
    expect(screen.getByText(/^An opinion piece by an Azerbaijani commentator writing in Baku/)).toBeTruthy();
    expect(screen.getByText(/^Source:/).textContent).toMatch(/ · as of 29 April 2024$/);
  });
});
