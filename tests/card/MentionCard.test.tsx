// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { renderIn } from '../helpers/texts';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cardContentFor } from '@/card/content';
import { refLabel } from '@/core/dataset';
import { ENTITY_IDS } from '@/core/entities';
import { MentionCard } from '@/card/components/MentionCard';

afterEach(cleanup);

/** A page about the early exit: the RMC card leads with the plain account of it. */
const CONTEXT = 'Russian peacekeepers leave Karabakh early, as Moscow agreed.';

function renderCard(entity: (typeof ENTITY_IDS)[number] = 'rmc', pinned = false) {
  const onPinnedChange = vi.fn();
  const onClose = vi.fn();
  const content = cardContentFor(entity, { context: CONTEXT });
  renderIn(<MentionCard content={content} theme="light" pinned={pinned} onPinnedChange={onPinnedChange} onClose={onClose} />);
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

  test('plain notes come first; views carry a "View" tag, background a "Background" tag; each shows its refs or source', () => {
    const { content } = renderCard('rmc');
    const items = within(screen.getByRole('dialog')).getAllByRole('listitem').slice(0, content.notes.length);
    content.notes.forEach((note, i) => {
      const item = items[i]!;
      expect(item.textContent).toContain(note.text);
      expect(item.textContent?.startsWith('View')).toBe(note.kind === 'view');
      expect(item.textContent?.startsWith('Background')).toBe(note.kind === 'background');
      for (const ref of note.refs) expect(item.textContent).toContain(refLabel(ref));
      if (note.kind === 'background') expect(item.textContent).toContain(note.source);
    });
    expect(content.notes[0]!.kind).not.toBe('view');
  });

  test('a withdrawal page gets the plain account and the background the article lacks, each marked', () => {
    const content = cardContentFor('rmc', { context: 'The Kremlin confirmed that Russian peacekeepers are withdrawing early.' });
    renderIn(<MentionCard content={content} theme="light" pinned={false} onPinnedChange={() => {}} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Russian Military Contingent' });
    const notes = within(dialog)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('note'));
    expect(notes.some((item) => /withdrawing early/.test(item.textContent ?? ''))).toBe(true);
    expect(notes.find((item) => item.textContent?.startsWith('Background'))?.textContent).toContain('(Kremlin spokesman Dmitry Peskov)');
  });

  test('the source line names title, outlet and author, dated "as of"; then whose view it is', () => {
    renderCard('karabakh');
    const source = screen.getByText(/^Source:/);
    expect(source.textContent).toBe(
      'Source: “Why are Russian peacekeepers leaving Karabakh?”, bne IntelliNews, Seymur Mammadov · as of 29 April 2024',
    );
    expect(source.nextElementSibling?.textContent).toBe(
      "An opinion piece by an Azerbaijani commentator writing in Baku, arguing Azerbaijan's case. Armenian, Russian and international accounts differ.",
    );
  });

  test('the title is the full name, not the abbreviation the page used', () => {
    const content = cardContentFor('rmc', { context: CONTEXT, mentionText: 'RMC' });
    renderIn(<MentionCard content={content} theme="light" pinned={false} onPinnedChange={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Russian Military Contingent');
    expect(screen.getByRole('dialog').textContent).toContain('(RMC)'); // spelt out in the summary
  });

  test('the timeline shows short dates in order', () => {
    renderCard('rmc');
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    const dates = within(timeline)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('time')?.textContent);
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
    renderIn(<MentionCard content={content} theme="dark" pinned={false} onPinnedChange={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('dialog').dataset.theme).toBe('dark');
  });
});
