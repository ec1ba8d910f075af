import type { EntityId } from './entities';
import type { HighlightReason } from './sites';

/**
 * What the extension says to screen readers through an aria-live region: when the
 * highlights are switched or paused, and when the keyboard steps to a mention. The
 * sentences are in the locale files (`announce.*`), worded by card/announce-text.ts.
 */
export type Announcement = { kind: 'state'; reason: HighlightReason } | { kind: 'step'; entity: EntityId; position: number; total: number };
