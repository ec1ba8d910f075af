import type { PauseState } from '@/core/settings';
import { useTexts } from '../texts';
import { pauseText } from './status-text';

export interface PauseControlProps {
  pause: PauseState;
  onPause(pause: Exclude<PauseState, 'none'>): void;
  onResume(): void;
}

/** The global pause: two plain buttons rather than a menu, so each is one Tab stop and one press. */
export function PauseControl({ pause, onPause, onResume }: PauseControlProps) {
  const texts = useTexts();
  const { t } = texts;
  if (pause !== 'none') {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a labelled group, not a form fieldset (no form controls to disable together, and no fieldset box to undo)
      <div class="pause" role="group" aria-labelledby="pause-heading">
        <p id="pause-heading" class="pause-state">
          {pauseText(texts, pause)}
        </p>
        <button type="button" class="primary" onClick={onResume}>
          {t('popup.resume')}
        </button>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: as above, a labelled group rather than a fieldset
    <div class="pause" role="group" aria-labelledby="pause-heading">
      <p id="pause-heading" class="pause-heading">
        {t('popup.pauseHeading')}
      </p>
      <div class="pause-buttons">
        <button type="button" onClick={() => onPause('until-resumed')}>
          {t('popup.pauseUntilResumed')}
        </button>
        <button type="button" onClick={() => onPause('session')}>
          {t('popup.pauseSession')}
        </button>
      </div>
    </div>
  );
}
