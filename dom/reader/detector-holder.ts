import type { DetectorSource, PageDetector } from '@/core/detect/page-detector';

/**
 * The page reader's one detector, made the first time it is asked for: building it
 * compiles its lexicon, and the content script may have to load its code first
 * (DetectorSource.create() then gives a promise). Most pages never ask.
 */
export interface DetectorHolder<K> {
  /** The detector; undefined while it loads (see `loading`) or when none can be had. */
  get(): PageDetector<K> | undefined;
  /** The detector if one was made, without making one. */
  peek(): PageDetector<K> | undefined;
  /** True while a detector is loading: reading waits for it. */
  readonly loading: boolean;
  /** Forgets the detector (a rescan, switched off); one still loading for the old read is not used. */
  reset(): void;
}

/**
 * `onSettled` is called when a load finishes, either way: the reader goes on. A detector
 * that cannot be had is logged once and asked for again only after a reset().
 */
export function holdDetector<K>(source: DetectorSource<K>, onSettled: () => void): DetectorHolder<K> {
  let detector: PageDetector<K> | undefined;
  let loading = false;
  let unavailable = false;
  // Bumped by reset(): a detector loading for an older read is not used.
  let generation = 0;

  function giveUp(error: unknown): undefined {
    unavailable = true;
    console.warn('[Karabakh Context] no page detector', error);
    return undefined;
  }

  return {
    get() {
      if (detector || loading || unavailable) return detector;
      let made: PageDetector<K> | Promise<PageDetector<K>>;
      try {
        made = source.create();
      } catch (error) {
        return giveUp(error);
      }
      if (!isPromise(made)) {
        detector = made;
        return detector;
      }
      loading = true;
      const forRead = generation;
      made
        .then(
          (loaded) => {
            if (forRead === generation) detector = loaded;
          },
          (error: unknown) => {
            if (forRead === generation) giveUp(error);
          },
        )
        .finally(() => {
          loading = false;
          onSettled();
        });
      return undefined;
    },
    peek: () => detector,
    get loading() {
      return loading;
    },
    reset() {
      detector = undefined;
      unavailable = false;
      generation++;
    },
  };
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T>).then === 'function';
}
