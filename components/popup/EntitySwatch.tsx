import type { EntityId } from '@/core/entities';

/**
 * The entity's colour and line style, as drawn on the page (dom/highlight-sheet.ts), so a
 * count in the popup is recognisable on the page. Decorative: the name is always written.
 */
export function EntitySwatch({ entity }: { entity: EntityId }) {
  return <span class={`swatch swatch-${entity}`} aria-hidden="true" />;
}
