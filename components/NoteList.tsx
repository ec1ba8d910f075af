import { refLabel, type Note } from '@/core/dataset';

export interface NoteListProps {
  notes: readonly Note[];
}

/**
 * Facts as plain statements; the author's views tagged so they are never read as fact;
 * background tagged and followed by its public source where a note shows its paragraphs,
 * so it is never read as the article's.
 */
export function NoteList({ notes }: NoteListProps) {
  if (notes.length === 0) return null;
  return (
    <ul class="notes">
      {notes.map((note) => (
        <li key={note.id} class={`note note-${note.kind}`}>
          {note.kind === 'view' && <span class="tag">View</span>}
          {note.kind === 'background' && <span class="tag tag-background">Background</span>}
          <span class="note-text">{note.text}</span>{' '}
          {note.kind === 'background' ? (
            <span class="refs" title="Public source, not the article">
              ({note.source})
            </span>
          ) : (
            <span class="refs" title="Paragraph of the source article">
              {note.refs.map(refLabel).join(' ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
