/**
 * The shape of the user's settings, types only. Apart from settings.ts (defaults and
 * validation) because sites.ts needs the shape while settings.ts needs sites.ts to
 * validate site entries: with the shape here, neither imports the other back.
 */
import type { EntityId } from './entities';

/** `everywhere`: on everywhere except `offSites`. `only-listed`: only on `onSites`. */
export type SiteMode = 'everywhere' | 'only-listed';
export type HighlightStyle = 'background' | 'underline';
/** `session` ends when the browser closes; `until-resumed` lasts until the user resumes. */
export type PauseState = 'none' | 'until-resumed' | 'session';

export interface Settings {
  mode: SiteMode;
  /**
   * Two lists, one per mode, so that switching modes and back loses nothing:
   * each keeps the sites the user chose for that mode.
   */
  offSites: string[];
  onSites: string[];
  entities: Record<EntityId, boolean>;
  style: HighlightStyle;
}
