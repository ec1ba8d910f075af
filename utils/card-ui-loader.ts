/**
 * Brings the card's view into the content script the first time a card is about to open:
 * card-ui.js leaves it under CARD_VIEW_KEY (see package-script.ts).
 */
import { CARD_VIEW_KEY, type CreateCardView } from './card-view-api';
import { importFromPackage } from './package-script';

export const CARD_UI_PATH = '/card-ui.js';

export function importCardView(): Promise<CreateCardView> {
  return importFromPackage<CreateCardView>(CARD_UI_PATH, CARD_VIEW_KEY);
}
