import { ENTITY_IDS, type EntityId } from '@/core/entities';

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
          <span class={`swatch swatch-${id}`} aria-hidden="true" />
          {names[id]}
        </label>
      ))}
    </fieldset>
  );
}
