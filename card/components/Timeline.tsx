import type { TimelineEvent } from '@/core/dataset';
import { formatDate, type UiLocale } from '@/core/locale';
import { useTexts } from '@/components/texts';

export interface TimelineProps {
  events: readonly TimelineEvent[];
  /** The language of the labels and dates (the tags follow the browser's). */
  locale?: UiLocale;
}

/** Short dates; an event the article does not give is tagged "Background", its source in the tooltip. */
export function Timeline({ events, locale }: TimelineProps) {
  const texts = useTexts();
  const { t } = texts;
  const contentLocale = locale ?? texts.locale;
  if (events.length === 0) return null;
  return (
    <ol class="timeline" aria-label={t('card.timeline')}>
      {events.map((event) => (
        <li key={event.id} lang={contentLocale}>
          <time dateTime={event.date} title={event.dateNote}>
            {formatDate(contentLocale, event.date, 'short')}
          </time>
          <span>
            {event.kind === 'background' && (
              <span class="tag tag-background" lang={texts.locale} title={t('card.backgroundSourceTitle', [event.source ?? ''])}>
                {t('card.background')}
              </span>
            )}
            {event.label}
          </span>
        </li>
      ))}
    </ol>
  );
}
