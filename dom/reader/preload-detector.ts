import type { DetectorSource } from '@/core/detect/page-detector';
import { isSkippedElement } from '../element-kinds';

/**
 * While the page is still being parsed, looks at the text parsed so far (at most the first
 * 64 K characters: the top of the page is what matters) for anything that may be one of
 * our names, and if some passes, starts loading the page detector at once.
 *
 * Why: the page is read once it is parsed, its top first (page-highlighter.ts); a detector
 * loaded only then arrives after the browser's first frame of the parsed page, and the
 * first highlights a frame or more later. This only looks, text node by text node, a
 * few at a time: nothing is read or drawn here, and a page with nothing like our
 * names still never loads the detector.
 */
export function preloadDetectorWhileParsing<K>(doc: Document, detectors: DetectorSource<K>, signal?: AbortSignal): void {
  // Live: past the last node parsed so far, it goes on with whatever the parser adds.
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  let left = 65_536;
  const look = (): void => {
    if (signal?.aborted || doc.readyState !== 'loading') return;
    for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
      const text = (node as Text).data;
      // Made only to be loaded: the reader asks for its own detector once the page is parsed
      // (and says so if it cannot be had).
      if (!isSkippedElement(node.parentElement!) && detectors.mayFindIn(text))
        return void (detectors.create() as Partial<Promise<unknown>>).catch?.(() => {});
      left -= text.length;
    }
    if (left > 0) setTimeout(look, 30);
  };
  look();
}
