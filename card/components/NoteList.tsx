import type { Note } from '@/core/dataset';
import type { UiLocale } from '@/core/locale';
import { refText } from '@/components/ref-label';
import { useTexts } from '@/components/texts';

export interface NoteListProps {
  notes: readonly Note[];
  /** The language of the notes' text (the tags follow the browser's). */
  locale?: UiLocale;
}

/**
 * Facts as plain statements; the author's views tagged so they are never read as fact;
 * background tagged and followed by its public source where a note shows its paragraphs,
 * so it is never read as the article's.
 */
export function NoteList({ notes, locale }: NoteListProps) {
  const texts = useTexts();
  const { t } = texts;
  if (notes.length === 0) return null;
  return (
    <ul class="notes">
      {notes.map((note) => (
        <li key={note.id} class={`note note-${note.kind}`}>
          {note.kind === 'view' && <span class="tag">{t('card.view')}</span>}
          {note.kind === 'background' && <span class="tag tag-background">{t('card.background')}</span>}
          <span class="note-text" lang={locale}>
            {note.text}
          </span>{' '}
          {note.kind === 'background' ? (
            <span class="refs" title={t('card.backgroundTitle')} lang={locale}>
              ({note.source})
            </span>
          ) : (
            <span class="refs" title={t('card.refsTitle')}>
              {note.refs.map((ref) => refText(texts, ref)).join(' ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
