/** The three things the extension recognises. Order is display order everywhere. */
export const ENTITY_IDS = ['karabakh', 'rmc', 'trilateral-statement'] as const;

export type EntityId = (typeof ENTITY_IDS)[number];

export function isEntityId(value: unknown): value is EntityId {
  return typeof value === 'string' && (ENTITY_IDS as readonly string[]).includes(value);
}

/** One recognised mention: UTF-16 offsets into the text the matcher was given. */
export interface Mention {
  start: number;
  end: number;
  entity: EntityId;
  text: string;
}
