import { SHOW_TEXT } from '../node-types';
import { isParsing } from '../parsing';
import type { DetectorSource } from '@/core/detect/page-detector';
import { isSkippedElement } from '../element-kinds';

/** Longer than any of our names' first words: how far back a look starts again in a node that grew. */
const CUT_NAME_CHARS = 64;

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
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  let left = 65_536;
  // The last node looked at, and how much of it: the parser appends to the node it is in,
  // so a long <pre> or plain-text document is one node that grows between looks.
  let last: Text | undefined;
  let seen = 0;
  /** Whether what `node` gained since the last look (and the few characters before, where a name may have been cut) may name one of ours. */
  const mayName = (node: Text): boolean => {
    const data = node.data;
    if (data.length <= seen) return false;
    const from = Math.max(0, seen - CUT_NAME_CHARS);
    const part = data.slice(from, Math.min(data.length, seen + left));
    left -= part.length - (seen - from);
    seen = data.length;
    return !isSkippedElement(node.parentElement!) && detectors.mayFindIn(part);
  };
  const look = (): void => {
    if (signal?.aborted || !isParsing(doc)) return;
    let found = last !== undefined && left > 0 && mayName(last);
    for (let node = walker.nextNode(); !found && node && left > 0; node = walker.nextNode()) {
      last = node as Text;
      seen = 0;
      found = mayName(last);
    }
    // Made only to be loaded: the reader asks for its own detector once the page is parsed
    // (and says so if it cannot be had).
    if (found) return void (detectors.create() as Partial<Promise<unknown>>).catch?.(() => {});
    if (left > 0) setTimeout(look, 30);
  };
  look();
}
