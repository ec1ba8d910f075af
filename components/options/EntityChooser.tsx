import { ENTITY_IDS, type EntityId } from '@/core/entities';
import { EntitySwatch } from '../EntitySwatch';
import { useTexts } from '../texts';

export interface EntityChooserProps {
  names: Record<EntityId, string>;
  enabled: Record<EntityId, boolean>;
  onChange(entity: EntityId, enabled: boolean): void;
}

export function EntityChooser({ names, enabled, onChange }: EntityChooserProps) {
  const { t } = useTexts();
  return (
    <fieldset>
      <legend>{t('options.entitiesLegend')}</legend>
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
