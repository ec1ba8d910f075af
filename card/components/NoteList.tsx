import { refLabel, type Note } from '@/core/dataset';

export interface NoteListProps {
  notes: readonly Note[];
}

/** Facts as plain statements; the author's views tagged so they are never read as fact. */
export function NoteList({ notes }: NoteListProps) {
  if (notes.length === 0) return null;
  return (
    <ul class="notes">
      {notes.map((note) => (
        <li key={note.id} class={`note note-${note.kind}`}>
          {note.kind === 'view' && <span class="tag">View</span>}
          <span class="note-text">{note.text}</span>{' '}
          <span class="refs" title="Paragraph of the source article">
            {note.refs.map(refLabel).join(' ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
