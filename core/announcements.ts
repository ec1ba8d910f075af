import type { EntityId } from './entities';
import type { HighlightReason } from './sites';

/**
 * What the extension says to screen readers through an aria-live region, and every
 * sentence of it, in one place (to be translated with the rest of the UI). Spoken when
 * the highlights are switched or paused, and when the keyboard steps to a mention.
 */
export type Announcement =
  | { kind: 'state'; reason: HighlightReason }
  | { kind: 'step'; entity: EntityId; position: number; total: number };

const ENTITY_NAMES: Record<EntityId, string> = {
  karabakh: 'Karabakh',
  rmc: 'Russian peacekeepers',
  'trilateral-statement': 'Trilateral Statement',
};

const STATE_SENTENCES: Record<HighlightReason, string> = {
  on: 'Karabakh Context: highlights on for this site.',
  'site-off': 'Karabakh Context: highlights off for this site.',
  'not-listed': 'Karabakh Context: highlights off, this site is not on your list.',
  paused: 'Karabakh Context: highlights paused everywhere.',
  'paused-session': 'Karabakh Context: highlights paused until the browser restarts.',
};

export function announcementText(announcement: Announcement): string {
  if (announcement.kind === 'state') return STATE_SENTENCES[announcement.reason];
  const { entity, position, total } = announcement;
  return `${ENTITY_NAMES[entity]}, mention ${position} of ${total}`;
}
