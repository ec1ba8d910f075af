import type { EntityId } from '@/core/entities';
import type { HighlightReason } from '@/core/sites';

/**
 * Every message that crosses a context boundary, declared once.
 * Receivers validate with the `is…` guards: a message can come from an old
 * content script after an update, so its shape is never trusted.
 */

/** Why highlights are or are not drawn on a page: decided in core/sites.ts, carried by messages. */
export type { HighlightReason };

export interface MentionSnippet {
  /** Position in document order, used to reveal it. */
  index: number;
  entity: EntityId;
  text: string;
  /** The raw text around it, up to SNIPPET_CONTEXT + 1 characters a side; the popup shapes it (core/snippet-text.ts). */
  before: string;
  after: string;
}

/** What the content script knows about its page; the popup renders it. */
export interface PageReport {
  url: string;
  siteKey: string;
  reason: HighlightReason;
  /** false while the first scan is still running. */
  complete: boolean;
  counts: Record<EntityId, number>;
  /** The first few mentions per entity, with context. */
  snippets: MentionSnippet[];
}

export type ContentRequest =
  | { type: 'get-page-report' }
  | { type: 'reveal-mention'; index: number }
  | { type: 'step-mention'; direction: 1 | -1 };

export type BackgroundRequest = { type: 'mention-count'; total: number };

export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'get-page-report':
      return true;
    case 'reveal-mention':
      return Number.isInteger(message.index) && (message.index as number) >= 0;
    case 'step-mention':
      return message.direction === 1 || message.direction === -1;
    default:
      return false;
  }
}

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return message.type === 'mention-count' && Number.isInteger(message.total) && (message.total as number) >= 0;
}
