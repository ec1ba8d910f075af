/**
 * Where the material outside the repo lies (../shared, next to the project), and the
 * off-topic real pages' check: the detector over their visible text should find nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Mention } from '../../core/entities';

/** ../shared next to the project; SHARED_DIR overrides it (tests of the absent case, other checkouts). */
export const SHARED = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(import.meta.dirname, '../../../shared');
const offTopicDir = join(SHARED, 'real-pages/text');

export const offTopicPresent = (): boolean => existsSync(join(offTopicDir, 'offtopic.list'));

export interface OffTopicHit extends Mention {
  file: string;
}

/** Every mention `find` reports in the off-topic pages' text (each file one page). */
export function offTopicHits(find: (text: string) => Mention[]): OffTopicHit[] {
  const files = readFileSync(join(offTopicDir, 'offtopic.list'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const hits: OffTopicHit[] = [];
  for (const line of files) {
    const file = join(offTopicDir, line.replace(/^.*\//, ''));
    for (const m of find(readFileSync(file, 'utf8'))) hits.push({ ...m, file: line });
  }
  return hits;
}
