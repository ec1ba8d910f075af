import type { EntityId } from '@/core/entities';
import type { HighlightStyle, Settings, SiteMode } from '@/core/settings';
import { activeList } from '@/core/sites';
import { ChoiceGroup } from './ChoiceGroup';
import { EntityChooser } from './EntityChooser';
import { SettingsTransfer, type TransferMessage } from './SettingsTransfer';
import { SiteListEditor } from './SiteListEditor';
import { useTexts } from '../texts';

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
  /** The privacy policy (PRIVACY.md) as a page of the extension. */
  privacyUrl: string;
}

const MODES = [
  { value: 'everywhere', label: 'options.modeEverywhere' },
  { value: 'only-listed', label: 'options.modeOnlyListed' },
] as const;

const STYLES = [
  { value: 'background', label: 'options.styleBackground' },
  { value: 'underline', label: 'options.styleUnderline' },
] as const;

/** The options page from props; every change is saved at once and reaches open tabs. */
export function OptionsView(props: OptionsViewProps) {
  const { settings } = props;
  const { t } = useTexts();
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p class="hint">{t('options.savedHint')}</p>
      <section aria-labelledby="where-heading">
        <h2 id="where-heading">{t('options.whereHeading')}</h2>
        <ChoiceGroup<SiteMode>
          name="mode"
          legend={t('options.modeLegend')}
          choices={MODES.map((mode) => ({ value: mode.value, label: t(mode.label) }))}
          value={settings.mode}
          onChange={props.onModeChange}
        />
      </section>
      <SiteListEditor mode={settings.mode} sites={activeList(settings)} onAdd={props.onAddSite} onRemove={props.onRemoveSite} />
      <section aria-labelledby="look-heading">
        <h2 id="look-heading">{t('options.whatHeading')}</h2>
        <EntityChooser names={props.entityNames} enabled={settings.entities} onChange={props.onEntityChange} />
        <ChoiceGroup<HighlightStyle>
          name="style"
          legend={t('options.styleLegend')}
          choices={STYLES.map((style) => ({ value: style.value, label: t(style.label) }))}
          value={settings.style}
          onChange={props.onStyleChange}
        />
      </section>
      <SettingsTransfer message={props.transferMessage} onExport={props.onExport} onImport={props.onImport} />
      <p class="privacy">
        <a href={props.privacyUrl} target="_blank" rel="noreferrer">
          {t('options.privacyLink')}
        </a>
      </p>
    </main>
  );
}
