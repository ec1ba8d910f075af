import type { ArticleMeta } from '@/core/dataset';
import { formatDate, type UiLocale } from '@/core/locale';
import { useTexts } from '@/components/texts';

export interface SourceLineProps {
  article: ArticleMeta;
  /** The language of the point-of-view line and of the title's translation. */
  locale?: UiLocale;
}

/**
 * Where every line of the card comes from, dated "as of" so no one reads it as current,
 * and whose view it is, in plain words. The title is cited as published, its translation
 * beside it when the card is in another language.
 */
export function SourceLine({ article, locale }: SourceLineProps) {
  const texts = useTexts();
  const { t } = texts;
  const contentLocale = locale ?? texts.locale;
  const title = `“${article.title}”`;
  return (
    <footer class="source">
      <p>
        {t('card.source')}{' '}
        {article.url ? (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            <cite lang="en">{title}</cite>
          </a>
        ) : (
          <cite lang="en">{title}</cite>
        )}
        {article.titleTranslation && <span lang={contentLocale}> ({article.titleTranslation})</span>}, {article.outlet}, {article.author} ·{' '}
        {t('card.asOf', [formatDate(contentLocale, article.date)])}
      </p>
      <p class="perspective" lang={contentLocale}>
        {article.perspective}
      </p>
    </footer>
  );
}
