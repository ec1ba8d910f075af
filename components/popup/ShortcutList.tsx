import { useTexts } from '../texts';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard commands with the keys the browser really assigned (users can change them). */
export function ShortcutList({ shortcuts }: { shortcuts: readonly Shortcut[] }) {
  const { t } = useTexts();
  if (shortcuts.length === 0) return null;
  return (
    <div class="shortcuts">
      <h3 id="shortcuts-heading">{t('popup.shortcutsHeading')}</h3>
      <dl aria-labelledby="shortcuts-heading">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.name} class="shortcut">
            <dt>{shortcut.shortcut ? <kbd>{shortcut.shortcut}</kbd> : <span class="unset">{t('popup.shortcutNotSet')}</span>}</dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
