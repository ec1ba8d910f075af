/**
 * The hover card's code, loaded by the content script the first time a card is about to
 * open (card/ui-loader.ts). Most pages never show a card, so Preact, Floating UI
 * and the dataset stay out of the script that runs on every page.
 */
import { CARD_UI_KEY } from '@/card/ui-api';
import { createCardUi } from '@/card/ui';

export default defineUnlistedScript(() => {
  // The content script's global, not the page's: see card/ui-api.ts.
  (globalThis as Record<symbol, unknown>)[CARD_UI_KEY] = createCardUi;
});
