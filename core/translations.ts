/**
 * The bundled dataset in each language the extension speaks: English as written
 * (data/dataset.json), the others with data/translations/<locale>.json laid over it.
 * Imported only by the card's code and the extension pages, never by the content script
 * that runs on every page, so the translations load only with a card.
 */
import { dataset as english, type Dataset } from './dataset';
import { translateDataset, type DatasetTranslation } from './dataset-translation';
import type { UiLocale } from './locale';
import ru from '../data/translations/ru.json';
import az from '../data/translations/az.json';
import hy from '../data/translations/hy.json';
import fr from '../data/translations/fr.json';
import de from '../data/translations/de.json';

export const TRANSLATIONS: Record<Exclude<UiLocale, 'en'>, DatasetTranslation> = {
  ru: ru as DatasetTranslation,
  az: az as DatasetTranslation,
  hy: hy as DatasetTranslation,
  fr: fr as DatasetTranslation,
  de: de as DatasetTranslation,
};

const translated = new Map<UiLocale, Dataset>();

export function datasetIn(locale: UiLocale): Dataset {
  if (locale === 'en') return english;
  let found = translated.get(locale);
  if (!found) {
    found = translateDataset(english, TRANSLATIONS[locale]);
    translated.set(locale, found);
  }
  return found;
}
