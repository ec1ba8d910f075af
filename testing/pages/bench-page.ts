import { join } from 'node:path';
import { sharedDir } from '../harness/paths';
import { articlePage } from './article-page';
import { loadProse } from './corpus';
import { benchNames } from './names';
import { textNodePage } from './text-node-page';

/** The benchmark pages experiment scripts ask for by name, and their size in bytes. */
const BENCH_PAGE_BYTES = { '100kb': 100_000, '1mb': 1_000_000, '5mb': 5_000_000, '2mbtextnode': 2_000_000 } as const;

export type BenchPageName = keyof typeof BENCH_PAGE_BYTES;

export function isBenchPageName(name: string): name is BenchPageName {
  return Object.hasOwn(BENCH_PAGE_BYTES, name);
}

/**
 * A benchmark page by name, as `npm run bench` builds it (the shared corpus's prose, the
 * planted names, seed 7): the article of that size, or the 2 MB plain-text page (one text
 * node in a <pre>).
 */
export function benchPage(name: BenchPageName): { html: string; bytes: number; plantedMentions: number } {
  const prose = loadProse(join(sharedDir, 'corpus/docs'));
  const options = { targetBytes: BENCH_PAGE_BYTES[name], paragraphs: prose.paragraphs, names: benchNames(), seed: 7 };
  return name === '2mbtextnode' ? textNodePage(options) : articlePage(options);
}
