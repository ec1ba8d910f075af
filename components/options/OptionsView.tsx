import type { EntityId } from '@/core/entities';
import type { HighlightStyle, Settings, SiteMode } from '@/core/settings';
import { activeList } from '@/core/sites';
import { ChoiceGroup } from './ChoiceGroup';
import { EntityChooser } from './EntityChooser';
import { SettingsTransfer, type TransferMessage } from './SettingsTransfer';
import { SiteListEditor } from './SiteListEditor';

export interface OptionsViewProps {
  settings: Settings;
  entityNames: Record<EntityId, string>;
  transferMessage?: TransferMessage;
  onAddSite(input: string): string | null;
  onRemoveSite(site: string): void;
  onModeChange(mode: SiteMode): void;
  onEntityChange(entity: EntityId, enabled: boolean): void;
  onStyleChange(style: HighlightStyle): void;
  onExport(): void;
  onImport(file: File): void;
}

const MODES = [
  { value: 'everywhere', label: 'Everywhere, except the sites in the list' },
  { value: 'only-listed', label: 'Only on the sites in the list' },
] as const;

const STYLES = [
  { value: 'background', label: 'Coloured background' },
  { value: 'underline', label: 'Underline only' },
] as const;

/** The options page from props; every change is saved at once and reaches open tabs. */
export function OptionsView(props: OptionsViewProps) {
  const { settings } = props;
  return (
    <main class="options">
      <h1>Karabakh Context options</h1>
      <p class="hint">Changes are saved as you make them and apply to open tabs at once.</p>
      <section aria-labelledby="where-heading">
        <h2 id="where-heading">Where</h2>
        <ChoiceGroup<SiteMode>
          name="mode"
          legend="Highlight mentions"
          choices={MODES}
          value={settings.mode}
          onChange={props.onModeChange}
        />
      </section>
      <SiteListEditor
        mode={settings.mode}
        sites={activeList(settings)}
        onAdd={props.onAddSite}
        onRemove={props.onRemoveSite}
      />
      <section aria-labelledby="look-heading">
        <h2 id="look-heading">What and how</h2>
        <EntityChooser names={props.entityNames} enabled={settings.entities} onChange={props.onEntityChange} />
        <ChoiceGroup<HighlightStyle>
          name="style"
          legend="Highlight style"
          choices={STYLES}
          value={settings.style}
          onChange={props.onStyleChange}
        />
      </section>
      <SettingsTransfer message={props.transferMessage} onExport={props.onExport} onImport={props.onImport} />
    </main>
  );
}
