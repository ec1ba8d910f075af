import type { TimelineEvent } from '@/core/dataset';
import { formatDate } from './format-date';

export interface TimelineProps {
  events: readonly TimelineEvent[];
}

/** Short dates; an event the article does not give is tagged "Background", its source in the tooltip. */
export function Timeline({ events }: TimelineProps) {
  if (events.length === 0) return null;
  return (
    <ol class="timeline" aria-label="Timeline">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.date} title={event.dateNote}>
            {formatDate(event.date, 'short')}
          </time>
          <span>
            {event.kind === 'background' && (
              <span class="tag tag-background" title={`Public source, not the article: ${event.source}`}>
                Background
              </span>
            )}
            {event.label}
          </span>
        </li>
      ))}
    </ol>
  );
}
