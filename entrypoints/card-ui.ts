/**
 * The hover card's code, loaded by the content script the first time a card is about to
 * open (utils/card-ui-loader.ts). Most pages never show a card, so Preact, Floating UI
 * and the dataset stay out of the script that runs on every page.
 */
import { announcementText } from '@/core/announcements';
import { createAnnouncer, type Announcer } from '@/dom/announcer';
import type { Announce } from '@/utils/announce-api';
import { ANNOUNCE_KEY } from '@/utils/announce-api';
import { CARD_VIEW_KEY } from '@/utils/card-view-api';
import { createCardView } from '@/utils/card-view';

export default defineUnlistedScript(() => {
  // The content script's global, not the page's: see utils/card-view-api.ts.
  (globalThis as Record<symbol, unknown>)[CARD_VIEW_KEY] = createCardView;
  (globalThis as Record<symbol, unknown>)[ANNOUNCE_KEY] = announce;
});

// One live region per document, reused by announcements that follow each other.
const announcers = new WeakMap<Document, Announcer>();

const announce: Announce = (doc, announcement, markOwnUi) => {
  let announcer = announcers.get(doc);
  if (!announcer) announcers.set(doc, (announcer = createAnnouncer(doc, markOwnUi)));
  announcer.say(announcementText(announcement));
};
