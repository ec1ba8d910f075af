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
  /** Earlier chunks whose accepted mentions changed since the last call. */
  drainChanged(): Array<[K, Mention[]]>;
  counts(): Record<EntityId, number>;
}
