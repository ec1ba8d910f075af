// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cardContentFor } from '@/card/content';
import { ENTITY_IDS } from '@/core/entities';
import { MentionCard } from '@/card/components/MentionCard';

afterEach(cleanup);

/** Shares "Moscow" with a view on the RMC, so that card shows a fact and a view. */
const CONTEXT = 'Russian peacekeepers leave Karabakh early, as Moscow agreed.';

function renderCard(entity: (typeof ENTITY_IDS)[number] = 'rmc', pinned = false) {
  const onPinnedChange = vi.fn();
  const onClose = vi.fn();
  const content = cardContentFor(entity, { context: CONTEXT });
  render(
    <MentionCard content={content} theme="light" pinned={pinned} onPinnedChange={onPinnedChange} onClose={onClose} />,
  );
  return { content, onPinnedChange, onClose };
}

describe('MentionCard', () => {
  test.each(ENTITY_IDS)('%s: a non-modal dialog named by the entity, described by its summary', (entity) => {
    const { content } = renderCard(entity);
    const dialog = screen.getByRole('dialog', { name: content.name });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const summary = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).toBe(content.summary);
    expect(dialog.textContent).toContain('bne IntelliNews');
  });

  test('facts come first; views carry a "View" tag; every note shows its paragraph refs', () => {
    const { content } = renderCard('rmc');
    const items = within(screen.getByRole('dialog')).getAllByRole('listitem').slice(0, content.notes.length);
    content.notes.forEach((note, i) => {
      const item = items[i]!;
      expect(item.textContent).toContain(note.text);
      expect(item.textContent?.startsWith('View')).toBe(note.kind === 'view');
      for (const ref of note.refs) expect(item.textContent).toContain(`¶${ref.slice(1)}`);
    });
    expect(content.notes.map((note) => note.kind)).toEqual(['fact', 'view']);
  });

  test('the source line names title, outlet, author and date', () => {
    renderCard('karabakh');
    const source = screen.getByText(/^Source:/);
    expect(source.textContent).toBe(
      'Source: “Why are Russian peacekeepers leaving Karabakh?”, bne IntelliNews, Seymur Mammadov, 29 April 2024',
    );
  });

  test('the timeline shows short dates in order', () => {
    renderCard('rmc');
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    const dates = within(timeline).getAllByRole('listitem').map((item) => item.querySelector('time')?.textContent);
    expect(dates.length).toBe(2);
    expect(dates.every((date) => /^[A-Z][a-z]{2} \d{4}$|^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(date ?? ''))).toBe(true);
  });

  test('the pin button toggles and reports its state; the close button closes', () => {
    const { onPinnedChange, onClose } = renderCard('rmc', false);
    const pin = screen.getByRole('button', { name: 'Keep this card open' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    expect(onPinnedChange).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('other names sit on one line, the full list in its title', () => {
    const { content } = renderCard('karabakh');
    const aka = screen.getByText(/^Also /);
    expect(aka.textContent).toBe(`Also ${content.otherNames.join(' · ')}`);
    expect(aka.getAttribute('title')).toBe(content.otherNames.join(' · '));
  });

  test('a pinned card says so', () => {
    renderCard('rmc', true);
    expect(screen.getByRole('button', { name: 'Keep this card open' }).getAttribute('aria-pressed')).toBe('true');
  });

  test('the dark theme is a data attribute the stylesheet keys on', () => {
    const content = cardContentFor('karabakh');
    render(<MentionCard content={content} theme="dark" pinned={false} onPinnedChange={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('dialog').dataset.theme).toBe('dark');
  });
});
