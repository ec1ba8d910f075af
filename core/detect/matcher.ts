/**
 * Finds mentions of our entities in a text treated as one whole page.
 * Same rules as the incremental page detector: this is a page with one chunk.
 */
import type { Mention } from '../entities';
import type { Lexicon } from './lexicon';
import { defaultLexicon } from './lexicon';
import { createPageDetector } from './page-detector';

export type { Lexicon } from './lexicon';

/** Mentions in `text`, sorted by offset and non-overlapping (UTF-16 offsets). */
export function findMentions(text: string, lexicon: Lexicon = defaultLexicon): Mention[] {
  return createPageDetector<0>(lexicon).add(0, text);
}
