/**
 * What the content script and page-detector.js (loaded once some text on the page may
 * name one of our entities) agree on. Types and one key only: importing this must not
 * pull the detector's code into the content script.
 */
import type { PageDetector } from '@/core/detect/page-detector';

export type CreatePageDetector = <K>() => PageDetector<K>;

/** Where page-detector.js leaves createPageDetector, in the content script's own global (see package-script.ts). */
export const PAGE_DETECTOR_KEY = Symbol.for('karabakh-context.page-detector');
