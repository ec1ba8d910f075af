import { ENTITY_IDS, type EntityId } from '@/core/entities';
import { EntitySwatch } from '../EntitySwatch';

export interface EntityChooserProps {
  names: Record<EntityId, string>;
  enabled: Record<EntityId, boolean>;
  onChange(entity: EntityId, enabled: boolean): void;
}

export function EntityChooser({ names, enabled, onChange }: EntityChooserProps) {
  return (
    <fieldset>
      <legend>What to highlight</legend>
      {ENTITY_IDS.map((id) => (
        <label key={id} class="choice">
          <input
            type="checkbox"
            checked={enabled[id]}
            onChange={(event) => onChange(id, (event.currentTarget as HTMLInputElement).checked)}
          />
          <EntitySwatch entity={id} />
          {names[id]}
        </label>
      ))}
    </fieldset>
  );
}
