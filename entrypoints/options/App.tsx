import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENTITY_IDS, type EntityId } from '@/core/entities';
import { entityById, shortNameOf } from '@/core/dataset';
import { datasetIn } from '@/core/translations';
import { exportSettingsFile, importSettingsFile, type Settings } from '@/core/settings';
import { activeList, coveringEntry, parseSiteEntry, siteLabel } from '@/core/sites';
import { OptionsView } from '@/components/options/OptionsView';
import type { TransferMessage } from '@/components/options/SettingsTransfer';
import { importProblemText, siteProblemText } from '@/components/options/problem-text';
import { useTexts } from '@/components/texts';
import { readSettings, updateSettings, watchSettings, writeSettings } from '@/utils/storage';

function withList(settings: Settings, list: string[]): Settings {
  return settings.mode === 'everywhere' ? { ...settings, offSites: list } : { ...settings, onSites: list };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const texts = useTexts();
  const { t, count } = texts;
  const entityNames = useMemo(
    () =>
      Object.fromEntries(ENTITY_IDS.map((id) => [id, shortNameOf(entityById(id, datasetIn(texts.locale)))])) as Record<EntityId, string>,
    [texts.locale],
  );
  const label = (siteKey: string) => siteLabel(siteKey, t('sites.localFiles'));
  const [settings, setSettings] = useState<Settings>();
  const [message, setMessage] = useState<TransferMessage>();

  useEffect(() => {
    const controller = new AbortController();
    watchSettings(setSettings, controller.signal);
    void readSettings().then((stored) => {
      if (!controller.signal.aborted) setSettings((current) => current ?? stored);
    });
    return () => controller.abort();
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <OptionsView
      settings={settings}
      entityNames={entityNames}
      transferMessage={message}
      privacyUrl={browser.runtime.getURL('/privacy.html')}
      onAddSite={(input) => {
        const parsed = parseSiteEntry(input);
        if (!parsed.ok) return siteProblemText(texts, parsed);
        const list = activeList(settings);
        const covering = coveringEntry(parsed.siteKey, list);
        if (covering === parsed.siteKey) return t('options.alreadyListed', [label(parsed.siteKey)]);
        if (covering) return t('options.alreadyCovered', [label(parsed.siteKey), label(covering)]);
        void updateSettings((current) => withList(current, [...activeList(current), parsed.siteKey]));
        return null;
      }}
      onRemoveSite={(site) => {
        void updateSettings((current) =>
          withList(
            current,
            activeList(current).filter((key) => key !== site),
          ),
        );
      }}
      onModeChange={(mode) => void updateSettings((current) => ({ ...current, mode }))}
      onEntityChange={(entity, enabled) =>
        void updateSettings((current) => ({ ...current, entities: { ...current.entities, [entity]: enabled } }))
      }
      onStyleChange={(style) => void updateSettings((current) => ({ ...current, style }))}
      onExport={() => {
        download('karabakh-context-settings.json', exportSettingsFile(settings));
        setMessage({ kind: 'ok', text: t('options.exported', ['karabakh-context-settings.json']) });
      }}
      onImport={(file) => {
        void file
          .text()
          .catch(() => '')
          .then(async (text) => {
            const result = importSettingsFile(text);
            if (!result.ok) return setMessage({ kind: 'error', text: `${file.name}: ${importProblemText(texts, result)}` });
            await writeSettings(result.settings);
            const sites = result.settings.offSites.length + result.settings.onSites.length;
            setMessage({ kind: 'ok', text: t('options.imported', [file.name, count('options.sites', sites)]) });
          });
      }}
    />
  );
}
