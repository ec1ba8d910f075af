import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, type PauseState, type Settings } from '@/core/settings';
import { readPause, readSettings, watchPause, watchSettings } from '@/utils/storage';

/** Settings and pause from storage, validated, and kept current while the popup is open. */
export function useStoredState(): { settings: Settings; pause: PauseState; loaded: boolean } {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [pause, setPause] = useState<PauseState>('none');
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    watchSettings(setSettings, controller.signal);
    watchPause(setPause, controller.signal);
    void Promise.all([readSettings(), readPause()]).then(([storedSettings, storedPause]) => {
      if (controller.signal.aborted) return;
      setSettings(storedSettings);
      setPause(storedPause);
      setLoaded(true);
    });
    return () => controller.abort();
  }, []);

  return { settings, pause, loaded };
}
