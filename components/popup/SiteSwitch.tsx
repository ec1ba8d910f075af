import type { HighlightReason } from '@/core/sites';
import { useTexts } from '../texts';
import { reasonText } from './status-text';

export interface SiteSwitchProps {
  /** How the site is shown ("example.com", "local files"). */
  site: string;
  /** The site's own switch, whatever the global pause. */
  enabled: boolean;
  reason: HighlightReason;
  /** The listed entry that decides for this site, when it is a parent domain. */
  coveredBy?: string;
  onChange(enabled: boolean): void;
}

/** "Highlight on <site>": a native checkbox with the switch role, and the reason under it. */
export function SiteSwitch({ site, enabled, reason, coveredBy, onChange }: SiteSwitchProps) {
  const texts = useTexts();
  return (
    <div class="site-switch">
      <label class="switch">
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox with role=switch takes its state from `checked`; ARIA in HTML says not to add aria-checked to it
          role="switch"
          checked={enabled}
          aria-describedby="site-reason"
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span class="switch-track" aria-hidden="true" />
        <span class="switch-label">{texts.t('popup.siteSwitch', [site])}</span>
      </label>
      <p id="site-reason" class={`reason reason-${reason}`}>
        {reasonText(texts, reason, site, coveredBy)}
      </p>
    </div>
  );
}
