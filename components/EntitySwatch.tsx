import type { EntityId } from '@/core/entities';
import { HIGHLIGHT_LOOKS } from '@/core/highlight-looks';

/**
 * The entity's colour and line style, as drawn on the page (the same table as
 * dom/highlight-sheet.ts), so a count in the popup or a choice in the options is
 * recognisable on the page. Decorative: the name is always written beside it.
 */
export function EntitySwatch({ entity }: { entity: EntityId }) {
  const look = HIGHLIGHT_LOOKS[entity];
  return (
    <span class="swatch" style={{ background: look.fill, borderBottomStyle: look.line, borderBottomColor: look.ink }} aria-hidden="true" />
  );
}
