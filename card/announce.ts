import type { Announcement } from '@/core/announcements';
import { markOwnUi } from '@/dom/own-ui';
import { ANNOUNCE_KEY, type Announce } from './announce-api';
import { CARD_UI_PATH } from './ui-loader';
import { importFromPackage } from '@/utils/package-script';

/** Says it to screen readers (dom/announcer.ts), loading the announcer with the card's code if needed. */
export function announce(announcement: Announcement): void {
  importFromPackage<Announce>(CARD_UI_PATH, ANNOUNCE_KEY).then(
    (say) => say(document, announcement, markOwnUi),
    // No card code (the extension was reloaded): nothing can be said.
    () => {},
  );
}
