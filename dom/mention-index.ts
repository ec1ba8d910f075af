import type { EntityId } from '@/core/entities';

/**
 * The page's mentions as live DOM ranges. The DOM/highlighting side builds and keeps
 * it current; the hover card only reads it. Types only here: the implementation lives
 * with the highlighting code.
 */
export interface LiveMention {
  readonly id: number;
  readonly entity: EntityId;
  readonly text: string;
  readonly range: AbstractRange;
}

export interface MentionIndex {
  /** The mention covering that text position, if any. */
  at(node: Node, offset: number): LiveMention | undefined;
  /** Every mention in document order. */
  ordered(): readonly LiveMention[];
  /** Called after mentions are added or removed; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}
