import type { PauseState } from '@/core/settings';
import { pauseText } from './status-text';

export interface PauseControlProps {
  pause: PauseState;
  onPause(pause: Exclude<PauseState, 'none'>): void;
  onResume(): void;
}

/** The global pause: two plain buttons rather than a menu, so each is one Tab stop and one press. */
export function PauseControl({ pause, onPause, onResume }: PauseControlProps) {
  if (pause !== 'none') {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a labelled group, not a form fieldset (no form controls to disable together, and no fieldset box to undo)
      <div class="pause" role="group" aria-labelledby="pause-heading">
        <p id="pause-heading" class="pause-state">
          {pauseText(pause)}
        </p>
        <button type="button" class="primary" onClick={onResume}>
          Resume highlighting
        </button>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: as above, a labelled group rather than a fieldset
    <div class="pause" role="group" aria-labelledby="pause-heading">
      <p id="pause-heading" class="pause-heading">
        Pause everywhere
      </p>
      <div class="pause-buttons">
        <button type="button" onClick={() => onPause('until-resumed')}>
          Until I turn it back on
        </button>
        <button type="button" onClick={() => onPause('session')}>
          For this browser session
        </button>
      </div>
    </div>
  );
}
