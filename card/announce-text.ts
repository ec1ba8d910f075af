/**
 * The sentences screen readers hear (dom/announcer.ts), in the reader's language: the
 * locale files' `announce.*` messages, and the entity's name as the translated dataset
 * writes it, so the announcement agrees with the card's title.
 */
import type { Texts } from '@/components/texts';
import type { Announcement } from '@/core/announcements';
import { entityById } from '@/core/dataset';
import type { HighlightReason } from '@/core/sites';
import { datasetIn } from '@/core/translations';

const STATE_MESSAGES = {
  on: 'announce.on',
  'site-off': 'announce.siteOff',
  'not-listed': 'announce.notListed',
  paused: 'announce.paused',
  'paused-session': 'announce.pausedSession',
} as const satisfies Record<HighlightReason, string>;

export function announcementText(announcement: Announcement, texts: Texts): string {
  if (announcement.kind === 'state') return texts.t(STATE_MESSAGES[announcement.reason]);
  const { entity, position, total } = announcement;
  const { name } = entityById(entity, datasetIn(texts.locale));
  return texts.t('announce.step', [name, texts.number(position), texts.number(total)]);
}
