import type { NotesLanguageOption, UiLocale } from '@/core/locale';
import { useTexts } from '@/components/texts';

/** Each language's own name for itself (locales/*.yml `languages`), by code. */
const LANGUAGE_NAMES = {
  en: 'languages.en',
  ru: 'languages.ru',
  az: 'languages.az',
  hy: 'languages.hy',
  fr: 'languages.fr',
  de: 'languages.de',
} as const;

export interface NotesLanguageSwitchProps {
  options: readonly NotesLanguageOption[];
  /** The language the notes are in now. */
  current: UiLocale;
  onChange(option: NotesLanguageOption): void;
}

/**
 * The card's language buttons: the browser's language, English, the page's. Toggle
 * buttons rather than a select: one press, and each says in its own language what it is.
 */
export function NotesLanguageSwitch({ options, current, onChange }: NotesLanguageSwitchProps) {
  const { t } = useTexts();
  if (options.length < 2) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons named by aria-label; a fieldset would need a visible legend the card has no room for
    <div class="languages" role="group" aria-label={t('card.notesLanguage')}>
      {options.map((option) => (
        <button
          key={option.choice}
          type="button"
          class="language"
          lang={option.locale}
          aria-pressed={option.locale === current}
          onClick={() => onChange(option)}
        >
          {t(LANGUAGE_NAMES[option.locale])}
        </button>
      ))}
    </div>
  );
}
