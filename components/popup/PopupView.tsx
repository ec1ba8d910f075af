import type { EntityId } from '@/core/entities';
import type { PauseState } from '@/core/settings';
import type { HighlightReason } from '@/core/sites';
import { AboutArticle, type AboutArticleProps } from './AboutArticle';
import { PageSection, type PageView } from './PageSection';
import { PauseControl } from './PauseControl';
import { ShortcutList, type Shortcut } from './ShortcutList';
import { SiteSwitch } from './SiteSwitch';
import { useTexts } from '../texts';

/** The site part of the popup; absent when the page has no site the extension can act on. */
export interface SiteView {
  label: string;
  enabled: boolean;
  reason: HighlightReason;
  coveredBy?: string;
}

export interface PopupViewProps {
  page: PageView;
  site?: SiteView;
  pause: PauseState;
  shortcuts: readonly Shortcut[];
  entityNames: Record<EntityId, string>;
  article: AboutArticleProps;
  iconUrl: string;
  onReveal(index: number): void;
  onSiteChange(enabled: boolean): void;
  onPause(pause: Exclude<PauseState, 'none'>): void;
  onResume(): void;
  onOpenOptions(): void;
}

/** The whole popup, from props: state and browser calls live in entrypoints/popup/App.tsx. */
export function PopupView(props: PopupViewProps) {
  const { t } = useTexts();
  return (
    <main class="popup">
      <header>
        <img src={props.iconUrl} alt="" width={20} height={20} />
        <h1>{t('manifest.name')}</h1>
      </header>
      <PageSection
        page={props.page}
        highlighting={props.pause === 'none' && (props.site?.reason ?? 'on') === 'on'}
        entityNames={props.entityNames}
        onReveal={props.onReveal}
      />
      <section aria-labelledby="control-heading">
        <h2 id="control-heading">{t('popup.controlHeading')}</h2>
        {props.site && (
          <SiteSwitch
            site={props.site.label}
            enabled={props.site.enabled}
            reason={props.site.reason}
            coveredBy={props.site.coveredBy}
            onChange={props.onSiteChange}
          />
        )}
        <PauseControl pause={props.pause} onPause={props.onPause} onResume={props.onResume} />
        <ShortcutList shortcuts={props.shortcuts} />
        <p>
          <button type="button" class="link" onClick={props.onOpenOptions}>
            {t('popup.openOptions')}
          </button>
        </p>
      </section>
      <AboutArticle {...props.article} />
    </main>
  );
}
