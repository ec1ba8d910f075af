/**
 * The language of the text around a mention, for the card's "page's language" choice:
 * the nearest `lang` attribute (a quote in French inside an English page is French), else
 * the script of the mention itself when only one of our languages writes it (Cyrillic:
 * Russian, Armenian: Armenian). Latin-script text without a `lang` could be English,
 * French, German or Azerbaijani, so it gives no answer rather than a guess.
 */
import { uiLocaleOfTag, type UiLocale } from '@/core/locale';

export function pageLanguageAt(node: Node | null, mentionText = ''): UiLocale | undefined {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const tagged = element?.closest('[lang]')?.getAttribute('lang') ?? node?.ownerDocument?.documentElement.lang;
  const declared = tagged ? uiLocaleOfTag(tagged) : undefined;
  if (tagged && tagged.trim() !== '') return declared;
  if (/\p{Script=Cyrillic}/u.test(mentionText)) return 'ru';
  if (/\p{Script=Armenian}/u.test(mentionText)) return 'hy';
  return undefined;
}
