/**
 * Every sentence the popup uses to explain the state of a page, in one place, so the
 * wording stays consistent and the tests can read it. Words from the locale files.
 */
import type { HighlightReason } from '@/core/sites';
import type { PauseState } from '@/core/settings';
import type { Texts } from '../texts';

/** Why the switch is where it is, in plain words. */
export function reasonText({ t }: Texts, reason: HighlightReason, site: string, coveredBy?: string): string {
  switch (reason) {
    case 'on':
      return t('popup.reasonOn', [site]);
    case 'site-off':
      return coveredBy && coveredBy !== site ? t('popup.reasonCoveredOff', [site, coveredBy]) : t('popup.reasonSiteOff', [site]);
    case 'not-listed':
      return t('popup.reasonNotListed', [site]);
    case 'paused':
      return t('popup.pausedUntilResumed');
    case 'paused-session':
      return t('popup.pausedSession');
  }
}

export function pauseText({ t }: Texts, pause: PauseState): string {
  switch (pause) {
    case 'none':
      return t('popup.running');
    case 'until-resumed':
      return t('popup.pausedUntilResumed');
    case 'session':
      return t('popup.pausedSession');
  }
}

export function mentionCountText({ count }: Texts, total: number): string {
  return count('popup.mentions', total);
}
