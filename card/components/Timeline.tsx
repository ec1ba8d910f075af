import type { TimelineEvent } from '@/core/dataset';
import { formatDate } from '../../components/format-date';

export interface TimelineProps {
  events: readonly TimelineEvent[];
}

export function Timeline({ events }: TimelineProps) {
  if (events.length === 0) return null;
  return (
    <ol class="timeline" aria-label="Timeline">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.date}>{formatDate(event.date, 'short')}</time>
          <span>{event.label}</span>
        </li>
      ))}
    </ol>
  );
}
