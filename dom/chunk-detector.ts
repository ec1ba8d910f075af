import type { EntityId, Mention } from '@/core/entities';

/**
 * What highlighting needs from the detection engine (core/page-detector.ts): chunks go
 * in by key, accepted mentions come out, and page-level context may later change the
 * verdict on chunks added earlier. Declared here so the DOM side depends on a shape,
 * and tests can pass a small detector.
 */
export interface ChunkDetector<K> {
  /** Accepted mentions in `text` (UTF-16 offsets into it), given the page so far. */
  add(key: K, text: string): Mention[];
  remove(key: K): void;
  /**
   * True while the detector keeps the chunk: it holds a mention or something that counts
   * towards the page's context. A chunk it does not hold can be forgotten by the caller.
   */
  holds(key: K): boolean;
  /**
   * False when chunks cut from `text` at word boundaries would certainly hold nothing:
   * lets the reader pass over a block after one cheap look at its whole text.
   */
  mayFindIn(text: string): boolean;
  /** Earlier chunks whose accepted mentions changed since the last call. */
  drainChanged(): Array<[K, Mention[]]>;
  counts(): Record<EntityId, number>;
}
