import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENTITY_IDS, type EntityId } from '@/core/entities';
import { entityById, shortNameOf } from '@/core/dataset';
import { datasetIn } from '@/core/translations';
import { useTexts } from '@/components/texts';
import { activeList, coveringEntry, highlightReason, isSiteEnabled, setSiteEnabled, siteLabel } from '@/core/sites';
import { PopupView, type SiteView } from '@/components/popup/PopupView';
import type { Shortcut } from '@/components/popup/ShortcutList';
import { shortcutHints } from '@/utils/commands';
import { sendToPage } from '@/utils/page-report';
import { updateSettings, writePause } from '@/utils/storage';
import { usePageReport } from './use-page-report';
import { useStoredState } from './use-stored-state';

/** How long the content script gets to redraw before the popup asks for fresh counts. */
const REDRAW_MS = 300;

export function App() {
  const { t, locale } = useTexts();
  // The article's notes in the language of the popup's words.
  const dataset = datasetIn(locale);
  const entityNames = Object.fromEntries(ENTITY_IDS.map((id) => [id, shortNameOf(entityById(id, dataset))])) as Record<EntityId, string>;
  const article = { article: dataset.article, argument: dataset.argument, timeline: dataset.timeline };
  const { tabId, page, refresh } = usePageReport();
  const { settings, pause, loaded } = useStoredState();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);

  useEffect(() => {
    void shortcutHints().then(setShortcuts);
  }, []);

  // Settings changed (here, in another tab or in the options page): the page redraws; recount.
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(refresh, REDRAW_MS);
    return () => clearTimeout(timer);
  }, [settings, pause]);

  const siteKey = page.kind === 'report' && page.report.siteKey !== '' ? page.report.siteKey : undefined;
  const site: SiteView | undefined =
    siteKey === undefined || !loaded
      ? undefined
      : {
          label: siteLabel(siteKey, t('sites.localFiles')),
          enabled: isSiteEnabled(siteKey, settings),
          reason: highlightReason(siteKey, settings, pause),
          coveredBy: coveringEntry(siteKey, activeList(settings)),
        };

  return (
    <PopupView
      page={page}
      site={site}
      pause={pause}
      shortcuts={shortcuts}
      entityNames={entityNames}
      article={article}
      iconUrl={browser.runtime.getURL('/icon/32.png')}
      onReveal={(index) => {
        if (tabId === undefined) return;
        void sendToPage(tabId, { type: 'reveal-mention', index }).then(() => window.close());
      }}
      onSiteChange={(enabled) => {
        if (siteKey !== undefined) void updateSettings((current) => setSiteEnabled(current, siteKey, enabled));
      }}
      onPause={(kind) => void writePause(kind)}
      onResume={() => void writePause('none')}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage().then(() => window.close());
      }}
    />
  );
}
