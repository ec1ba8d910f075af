import type { CardContent } from '@/card/content';
import { NoteList } from './NoteList';
import { SourceLine } from './SourceLine';
import { Timeline } from './Timeline';

export type CardTheme = 'light' | 'dark';

export interface MentionCardProps {
  content: CardContent;
  theme: CardTheme;
  /** A pinned card stays when the pointer leaves; only the close button or Escape shuts it. */
  pinned: boolean;
  onPinnedChange(pinned: boolean): void;
  onClose(): void;
}

const NAME_ID = 'kc-card-name';
const SUMMARY_ID = 'kc-card-summary';

/**
 * The hover card: a non-modal dialog named by the entity and described by its summary,
 * so a screen reader announces what it is about before the details.
 */
export function MentionCard({ content, theme, pinned, onPinnedChange, onClose }: MentionCardProps) {
  return (
    <div
      class="card"
      data-theme={theme}
      role="dialog"
      aria-modal="false"
      aria-labelledby={NAME_ID}
      aria-describedby={SUMMARY_ID}
      tabIndex={-1}
    >
      <header class="head">
        <div class="titles">
          <h2 id={NAME_ID} class="name">
            {content.name}
          </h2>
          {content.otherNames.length > 0 && (
            <p class="aka" title={content.otherNames.join(' · ')}>
              Also {content.otherNames.join(' · ')}
            </p>
          )}
        </div>
        <div class="actions">
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            aria-label="Keep this card open"
            title={pinned ? 'Pinned: stays open' : 'Pin: keep open'}
            onClick={() => onPinnedChange(!pinned)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M6 1.5h4l-.6 4.2 2.6 2.3v1.2H8.6V14L8 15l-.6-1V9.2H4V8l2.6-2.3z" />
            </svg>
          </button>
          <button type="button" class="icon" aria-label="Close" title="Close (Esc)" onClick={onClose}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M3.5 3.5l9 9m0-9l-9 9" />
            </svg>
          </button>
        </div>
      </header>
      <p id={SUMMARY_ID} class="summary">
        {content.summary}
      </p>
      <NoteList notes={content.notes} />
      <Timeline events={content.timeline} />
      <SourceLine article={content.source} />
    </div>
  );
}
