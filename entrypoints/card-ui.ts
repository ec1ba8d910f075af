/**
 * The hover card's code, loaded by the content script the first time a card is about to
 * open (card/ui-loader.ts). Most pages never show a card, so Preact, Floating UI
 * and the dataset stay out of the script that runs on every page.
 */
import { announcementText } from '@/card/announce-text';
import { createAnnouncer, type Announcer } from '@/dom/announcer';
import { ANNOUNCE_KEY, type Announce } from '@/card/announce-api';
import { CARD_UI_KEY, type CardUiHandlers } from '@/card/ui-api';
import { createCardUi } from '@/card/ui';
import { textsFor } from '@/components/texts';
import { messagesLocale, translate } from '@/utils/i18n';
import { readNotesLanguage, writeNotesLanguage } from '@/utils/notes-language';

export default defineUnlistedScript(() => {
  // The content script's global, not the page's: see card/ui-api.ts.
  const texts = textsFor(messagesLocale(), translate);
  const services = { texts, readNotesLanguage, writeNotesLanguage };
  (globalThis as Record<symbol, unknown>)[CARD_UI_KEY] = (doc: Document, handlers: CardUiHandlers) => createCardUi(doc, handlers, services);
  // One live region per document, reused by announcements that follow each other.
  const announcers = new WeakMap<Document, Announcer>();
  const announce: Announce = (doc, announcement, markOwnUi) => {
    let announcer = announcers.get(doc);
    if (!announcer) {
      announcer = createAnnouncer(doc, markOwnUi);
      announcers.set(doc, announcer);
    }
    announcer.say(announcementText(announcement, texts));
  };
  (globalThis as Record<symbol, unknown>)[ANNOUNCE_KEY] = announce;
});
