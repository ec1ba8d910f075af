import { ENTITY_IDS, type EntityId } from '@/core/entities';
import type { PlacedMention } from './chunk-registry';

export interface Snippet {
  /** Position in document order. */
  index: number;
  entity: EntityId;
  text: string;
  before: string;
  after: string;
}

/**
 * The first few mentions of each entity with the text around them, cut at word
 * boundaries and with whitespace collapsed, for the popup's page summary.
 */
export function mentionSnippets(ordered: readonly PlacedMention[], perEntity = 3, contextChars = 60): Snippet[] {
  const taken: Record<EntityId, number> = Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>;
  const snippets: Snippet[] = [];
  ordered.forEach((mention, index) => {
    if (taken[mention.entity] >= perEntity) return;
    taken[mention.entity]++;
    const text = mention.chunk.text;
    snippets.push({
      index,
      entity: mention.entity,
      text: squeeze(mention.text),
      before: trimStartToWord(squeeze(text.slice(Math.max(0, mention.start - contextChars), mention.start)), mention.start > contextChars),
      after: trimEndToWord(squeeze(text.slice(mention.end, mention.end + contextChars)), mention.end + contextChars < text.length),
    });
  });
  return snippets;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Drops a word cut in half at the start of the context. */
function trimStartToWord(text: string, cut: boolean): string {
  if (!cut) return text.trimStart();
  const space = text.indexOf(' ');
  return space >= 0 && space < text.length - 1 ? text.slice(space + 1) : text;
}

function trimEndToWord(text: string, cut: boolean): string {
  if (!cut) return text.trimEnd();
  const space = text.lastIndexOf(' ');
  return space > 0 ? text.slice(0, space) : text;
}
