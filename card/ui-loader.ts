/**
 * Brings the card's view into the content script the first time a card is about to open:
 * card-ui.js leaves it under CARD_UI_KEY (see package-script.ts).
 */
import { CARD_UI_KEY, type CreateCardUi } from './ui-api';
import { importFromPackage } from '../utils/package-script';

export const CARD_UI_PATH = '/card-ui.js';

export function importCardUi(): Promise<CreateCardUi> {
  return importFromPackage<CreateCardUi>(CARD_UI_PATH, CARD_UI_KEY);
}
