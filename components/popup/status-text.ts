/**
 * Every sentence the popup uses to explain the state of a page, in one place, so the
 * wording stays consistent and the tests can read it.
 */
import type { HighlightReason } from '@/core/sites';
import type { PauseState } from '@/core/settings';

export const UNSCANNABLE_TEXT = 'Extensions cannot read this page.';
export const UNSCANNABLE_DETAIL =
  'Browser pages, extension stores and PDFs opened in the browser are closed to every extension. If the page is still loading, open this again once it has loaded.';

export const LOADING_TEXT = 'Reading this page…';

/** Why the switch is where it is, in plain words. */
export function reasonText(reason: HighlightReason, site: string, coveredBy?: string): string {
  switch (reason) {
    case 'on':
      return `On: mentions on ${site} are highlighted.`;
    case 'site-off':
      return coveredBy && coveredBy !== site
        ? `Off for ${site}, because you turned off ${coveredBy} and its subdomains.`
        : `Off for ${site}. Every tab of this site follows this switch.`;
    case 'not-listed':
      return `Off: highlights appear only on the sites in your list, and ${site} is not in it. Switch on to add it.`;
    case 'paused':
      return 'Paused everywhere until you turn it back on.';
    case 'paused-session':
      return 'Paused everywhere until the browser closes.';
  }
}

export function pauseText(pause: PauseState): string {
  switch (pause) {
    case 'none':
      return 'Highlighting is running.';
    case 'until-resumed':
      return 'Paused everywhere until you turn it back on.';
    case 'session':
      return 'Paused everywhere until the browser closes.';
  }
}

export function mentionCountText(total: number): string {
  return total === 1 ? '1 mention on this page' : `${total} mentions on this page`;
}
