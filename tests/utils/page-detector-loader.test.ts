import { describe, expect, test } from 'vitest';
import { mayNameEntity } from '../../core/detect/name-prefilter';
import { createPageDetector } from '../../core/detect/page-detector';
import { loadedDetectorSource } from '../../utils/page-detector-loader';
import type { CreatePageDetector } from '../../utils/page-detector-api';

describe('loadedDetectorSource', () => {
  test('prefilters with the name prefilter, without loading anything', () => {
    let loads = 0;
    const source = loadedDetectorSource(async () => {
      loads++;
      return createPageDetector as CreatePageDetector;
    });
    expect(source.mayFindIn).toBe(mayNameEntity);
    expect(loads).toBe(0);
  });

  test('loads once, however many ask while it loads; afterwards detectors come at once', async () => {
    let loads = 0;
    const source = loadedDetectorSource(async () => {
      loads++;
      return createPageDetector as CreatePageDetector;
    });
    const [a, b] = await Promise.all([source.create(), source.create()]);
    expect(loads).toBe(1);
    expect(a).not.toBe(b);
    const later = source.create();
    expect(later).not.toBeInstanceOf(Promise);
    expect((later as ReturnType<CreatePageDetector>).add('k', 'Nagorno-Karabakh').map((m) => m.text)).toEqual(['Nagorno-Karabakh']);
  });

  test('a failed load rejects, and the next request tries again', async () => {
    let loads = 0;
    const source = loadedDetectorSource(async () => {
      if (++loads === 1) throw new Error('/page-detector.js did not load');
      return createPageDetector as CreatePageDetector;
    });
    await expect(source.create()).rejects.toThrow(/did not load/);
    await expect(source.create()).resolves.toBeDefined();
    expect(loads).toBe(2);
  });
});
