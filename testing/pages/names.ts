import { dataset } from '../../core/dataset';
import type { EntityId } from '../../core/entities';

export interface BenchName {
  entity: EntityId;
  name: string;
}

/**
 * Every name the bundled dataset shows a reader (primary name and other names). The pages
 * plant these, and the floor and mark.js look for exactly these, so all three compare
 * the same work. The extension's own lexicon may hold more aliases; that only adds to its work.
 */
export function benchNames(): BenchName[] {
  return dataset.entities.flatMap((entry) => [entry.name, ...entry.otherNames].map((name) => ({ entity: entry.id, name })));
}
