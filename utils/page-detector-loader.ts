/**
 * The content script's detectors: the name prefilter at once, from its own bundle, and
 * page detectors from page-detector.js, loaded the first time a page's text passes the
 * prefilter. Pages that never mention anything like our names never load it.
 */
import type { DetectorSource } from '@/core/detect/page-detector';
import { mayNameEntity } from '@/core/detect/name-prefilter';
import { importFromPackage } from './package-script';
import { PAGE_DETECTOR_KEY, type CreatePageDetector } from './page-detector-api';

export const PAGE_DETECTOR_PATH = '/page-detector.js';

export function loadedDetectorSource<K>(load: () => Promise<CreatePageDetector> = importPageDetector): DetectorSource<K> {
  let create: CreatePageDetector | undefined;
  let loading: Promise<CreatePageDetector> | undefined;
  return {
    mayFindIn: mayNameEntity,
    create() {
      if (create) return create<K>();
      // A failed load may be tried again (a rescan asks anew).
      loading ??= load()
        .then((loaded) => (create = loaded))
        .finally(() => (loading = undefined));
      return loading.then((loaded) => loaded<K>());
    },
  };
}

function importPageDetector(): Promise<CreatePageDetector> {
  return importFromPackage<CreatePageDetector>(PAGE_DETECTOR_PATH, PAGE_DETECTOR_KEY);
}
