import type { CardContent } from '@/card/content';
import type { NotesLanguageOption, UiLocale } from '@/core/locale';
import { NoteList } from './NoteList';
import { NotesLanguageSwitch } from './NotesLanguageSwitch';
import { SourceLine } from './SourceLine';
import { useTexts } from '@/components/texts';
import { Timeline } from './Timeline';

export type CardTheme = 'light' | 'dark';

/** The language the card's content is in, and the others it can switch to. */
export interface CardLanguage {
  current: UiLocale;
  options: readonly NotesLanguageOption[];
  onChange(option: NotesLanguageOption): void;
}

export interface MentionCardProps {
  content: CardContent;
  theme: CardTheme;
  /** A pinned card stays when the pointer leaves; only the close button or Escape shuts it. */
  pinned: boolean;
  onPinnedChange(pinned: boolean): void;
  onClose(): void;
  /** Absent: the content is in the browser's language and there is nothing to switch. */
  language?: CardLanguage;
}

const NAME_ID = 'kc-card-name';
const SUMMARY_ID = 'kc-card-summary';

/**
 * The hover card: a non-modal dialog named by the entity and described by its summary,
 * so a screen reader announces what it is about before the details. The card's own
 * words follow the browser's language; its content (`lang` set on it, so a screen
 * reader pronounces it right) the language the reader picked.
 */
export function MentionCard({ content, theme, pinned, onPinnedChange, onClose, language }: MentionCardProps) {
  const { t, locale } = useTexts();
  const contentLocale = language?.current ?? locale;
  return (
    <div
      class="card"
      data-theme={theme}
      role="dialog"
      aria-modal="false"
      aria-labelledby={NAME_ID}
      aria-describedby={SUMMARY_ID}
      tabIndex={-1}
      lang={locale}
    >
      <header class="head">
        <div class="titles">
          <h2 id={NAME_ID} class="name" lang={contentLocale}>
            {content.name}
          </h2>
          {content.otherNames.length > 0 && (
            <p class="aka" title={content.otherNames.join(' · ')}>
              {t('card.alsoCalled', [content.otherNames.join(' · ')])}
            </p>
          )}
        </div>
        <div class="actions">
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            aria-label={t('card.keepOpen')}
            title={pinned ? t('card.pinned') : t('card.pin')}
            onClick={() => onPinnedChange(!pinned)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M6 1.5h4l-.6 4.2 2.6 2.3v1.2H8.6V14L8 15l-.6-1V9.2H4V8l2.6-2.3z" />
            </svg>
          </button>
          <button type="button" class="icon" aria-label={t('card.close')} title={t('card.closeTitle')} onClick={onClose}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M3.5 3.5l9 9m0-9l-9 9" />
            </svg>
          </button>
        </div>
      </header>
      <p id={SUMMARY_ID} class="summary" lang={contentLocale}>
        {content.summary}
      </p>
      <NoteList notes={content.notes} locale={contentLocale} />
      <Timeline events={content.timeline} locale={contentLocale} />
      <SourceLine article={content.source} locale={contentLocale} />
      {language && <NotesLanguageSwitch options={language.options} current={language.current} onChange={language.onChange} />}
    </div>
  );
}
