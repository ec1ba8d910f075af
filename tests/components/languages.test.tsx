// @vitest-environment happy-dom
/**
 * Components in the reader's language: the card's words in the browser's, its content
 * in the one picked (each marked with its `lang`), the switch offering the others; the
 * popup's counts in the language's plural forms.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cardContentFor } from '@/card/content';
import { notesLanguageOptions } from '@/core/locale';
import { datasetIn } from '@/core/translations';
import { MentionCard, type CardLanguage } from '@/card/components/MentionCard';
import type { CardContent } from '@/card/content';
import type { UiLocale } from '@/core/locale';
import { PageSection } from '@/components/popup/PageSection';
import { SiteSwitch } from '@/components/popup/SiteSwitch';
import { renderIn } from '../helpers/texts';

afterEach(cleanup);

/** The card as card-ui.js renders it, in the words of `uiLocale`, with a notes-language switch. */
function renderCard(content: CardContent, uiLocale: UiLocale, language: CardLanguage) {
  return renderIn(
    <MentionCard content={content} theme="light" pinned={false} onPinnedChange={() => {}} onClose={() => {}} language={language} />,
    uiLocale,
  );
}

describe('the card in Russian', () => {
  test('its words and its notes in Russian, marked as such; English one press away', () => {
    const onChange = vi.fn();
    const content = cardContentFor('rmc', {}, datasetIn('ru'));
    renderCard(content, 'ru', { current: 'ru', options: notesLanguageOptions('ru', 'fr'), onChange });
    const dialog = screen.getByRole('dialog', { name: 'Российский миротворческий контингент' });
    expect(dialog.getAttribute('lang')).toBe('ru');
    expect(screen.getByRole('button', { name: 'Закрыть' })).toBeTruthy();
    expect(dialog.textContent).toContain(content.summary);
    expect(dialog.textContent).toContain('Источник:');
    expect(dialog.textContent).toMatch(/по состоянию на 29 апреля 2024/);
    const languages = within(screen.getByRole('group', { name: 'Язык заметок' })).getAllByRole('button');
    expect(languages.map((button) => [button.textContent, button.getAttribute('lang'), button.getAttribute('aria-pressed')])).toEqual([
      ['Русский', 'ru', 'true'],
      ['English', 'en', 'false'],
      ['Français', 'fr', 'false'],
    ]);
    fireEvent.click(languages[1]!);
    expect(onChange).toHaveBeenCalledWith({ choice: 'en', locale: 'en' });
  });

  test('content in English under Russian words: the content says it is English', () => {
    const content = cardContentFor('karabakh', {}, datasetIn('en'));
    renderCard(content, 'ru', { current: 'en', options: notesLanguageOptions('ru', undefined), onChange: () => {} });
    expect(screen.getByRole('heading').getAttribute('lang')).toBe('en');
    expect(document.querySelector('.summary')?.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Закрыть' })).toBeTruthy();
  });

  test('no switch when there is only one language to offer', () => {
    renderCard(cardContentFor('karabakh'), 'en', { current: 'en', options: notesLanguageOptions('en', undefined), onChange: () => {} });
    expect(screen.queryByRole('group')).toBeNull();
  });
});

describe('the popup’s words', () => {
  const report = {
    siteKey: 'example.com',
    complete: true,
    counts: { karabakh: 3, rmc: 1, 'trilateral-statement': 1 },
    snippets: [],
  };
  const names = { karabakh: 'Карабах', rmc: 'РМК', 'trilateral-statement': 'Трёхстороннее заявление' };

  test.each([
    ['ru', '5 упоминаний на этой странице.'],
    ['en', '5 mentions on this page.'],
    ['hy', 'Այս էջում՝ 5 հիշատակում.'],
  ] as const)('%s: the count in the language’s plural form', (locale, text) => {
    renderIn(<PageSection page={{ kind: 'report', report } as never} highlighting entityNames={names} onReveal={() => {}} />, locale);
    expect(document.querySelector('.status')?.textContent).toBe(text);
  });

  test('Russian: 3 is “few”, 1 is “one”', () => {
    renderIn(
      <PageSection
        page={{ kind: 'report', report: { ...report, counts: { karabakh: 2, rmc: 1, 'trilateral-statement': 0 } } } as never}
        highlighting
        entityNames={names}
        onReveal={() => {}}
      />,
      'ru',
    );
    expect(document.querySelector('.status')?.textContent).toBe('3 упоминания на этой странице.');
  });

  test('the site switch is named in the language', () => {
    renderIn(<SiteSwitch site="example.com" enabled reason="on" onChange={() => {}} />, 'de');
    expect(screen.getByRole('switch', { name: 'Hervorheben auf example.com' })).toBeTruthy();
    expect(screen.getByText('An: Erwähnungen auf example.com werden hervorgehoben.')).toBeTruthy();
  });
});
