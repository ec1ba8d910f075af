/**
 * A card in the language the reader chose. Which notes and events a card shows is decided
 * by their relevance to the page, so it is ranked on the dataset in the page's language
 * (the words a page shares with a note are only found in the same language); what the
 * card says is then taken, item by item, from the dataset in the reader's language.
 */
import { cardContentFor, type CardContent, type CardContentOptions } from './content';
import type { Dataset } from '@/core/dataset';
import type { EntityId } from '@/core/entities';

export function cardContentIn(entity: EntityId, options: CardContentOptions, data: { shownIn: Dataset; rankedIn: Dataset }): CardContent {
  const shown = cardContentFor(entity, options, data.shownIn);
  if (data.rankedIn === data.shownIn) return shown;
  const ranked = cardContentFor(entity, options, data.rankedIn);
  const notes = new Map(data.shownIn.entities.flatMap((entry) => entry.notes).map((note) => [note.id, note]));
  const events = new Map(data.shownIn.timeline.map((event) => [event.id, event]));
  return {
    ...shown,
    notes: ranked.notes.map((note) => notes.get(note.id) ?? note),
    timeline: ranked.timeline.map((event) => events.get(event.id) ?? event),
  };
}
