import { ENTITY_IDS, type EntityId } from '@/core/entities';
import { SNIPPET_CONTEXT } from '@/core/snippet-text';
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
 * The first few mentions of each entity with the raw text around them (one character more
 * than is shown on each side), for the popup's page summary: the popup shapes it
 * (core/snippet-text.ts).
 */
export function mentionSnippets(ordered: readonly PlacedMention[], perEntity = 3): Snippet[] {
  const taken: Record<EntityId, number> = Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>;
  const snippets: Snippet[] = [];
  const reach = SNIPPET_CONTEXT + 1;
  ordered.forEach((mention, index) => {
    if (taken[mention.entity] >= perEntity) return;
    taken[mention.entity]++;
    const text = mention.chunk.text;
    snippets.push({
      index,
      entity: mention.entity,
      text: mention.text,
      before: text.slice(Math.max(0, mention.start - reach), mention.start),
      after: text.slice(mention.end, mention.end + reach),
    });
  });
  return snippets;
}
