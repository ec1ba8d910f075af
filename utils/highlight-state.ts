/**
 * What the content script needs to know to draw (or not draw) highlights on its page,
 * kept current from storage (stored-state.ts). It never throws: damaged or unreadable
 * storage gives the defaults (highlights on), and a change in any tab or the options page
 * arrives here at once.
 */
import type { EntityId } from '@/core/entities';
import type { PauseState, Settings } from '@/core/settings';
import { highlightReason, siteKeyOf } from '@/core/sites';
import type { HighlightReason } from '../core/messages';
import { watchStoredState } from './stored-state';

export interface HighlightState {
  reason: HighlightReason;
  entities: Record<EntityId, boolean>;
  style: 'background' | 'underline';
  /** '' when the URL has no site (e.g. about:blank frames); such pages follow the global state. */
  siteKey: string;
}

export function highlightStateFor(url: string, settings: Settings, pause: PauseState): HighlightState {
  const siteKey = siteKeyOf(url) ?? '';
  return {
    reason: highlightReason(siteKey, settings, pause),
    entities: { ...settings.entities },
    style: settings.style,
    siteKey,
  };
}

function sameState(a: HighlightState, b: HighlightState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Calls `onChange` once with the initial state, then whenever the state of this URL
 * changes (not on every storage write: other sites' edits are filtered out), until
 * `signal` aborts.
 */
export function watchHighlightState(url: string, onChange: (state: HighlightState) => void, signal?: AbortSignal): void {
  let last: HighlightState | undefined;
  watchStoredState((settings, pause) => {
    const state = highlightStateFor(url, settings, pause);
    if (last && sameState(last, state)) return;
    last = state;
    try {
      onChange(state);
    } catch (error) {
      // A bug in the consumer must not stop later updates.
      console.error('[Karabakh Context] highlight state listener failed', error);
    }
  }, signal);
}
