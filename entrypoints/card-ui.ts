/**
 * The hover card's code, loaded by the content script the first time a card is about to
 * open (utils/card-ui-loader.ts). Most pages never show a card, so Preact, Floating UI
 * and the dataset stay out of the script that runs on every page.
 */
import { CARD_VIEW_KEY } from '@/utils/card-view-api';
import { createCardView } from '@/utils/card-view';

export default defineUnlistedScript(() => {
  // The content script's global, not the page's: see utils/card-view-api.ts.
  (globalThis as Record<symbol, unknown>)[CARD_VIEW_KEY] = createCardView;
});
