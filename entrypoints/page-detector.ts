/**
 * The page detector's code: the lexicon, its patterns and the rules that decide what a
 * name means (core/). The content script loads it the first time some text on a page
 * passes the name prefilter (core/detect/name-prefilter.ts), so the script that runs in every
 * frame of every page stays small, and pages that never come near our names never load it.
 */
import { createPageDetector } from '@/core/detect/page-detector';
import { PAGE_DETECTOR_KEY } from '@/utils/page-detector-api';

export default defineUnlistedScript(() => {
  // The content script's global, not the page's: see utils/package-script.ts.
  (globalThis as Record<symbol, unknown>)[PAGE_DETECTOR_KEY] = createPageDetector;
});
