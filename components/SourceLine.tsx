import type { ArticleMeta } from '@/core/dataset';
import { formatDate } from './format-date';

export interface SourceLineProps {
  article: ArticleMeta;
}

/**
 * Where every line of the card comes from, dated "as of" so no one reads it as current,
 * and whose view it is, in plain words.
 */
export function SourceLine({ article }: SourceLineProps) {
  const title = `“${article.title}”`;
  return (
    <footer class="source">
      <p>
        Source:{' '}
        {article.url ? (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            <cite>{title}</cite>
          </a>
        ) : (
          <cite>{title}</cite>
        )}
        , {article.outlet}, {article.author} · as of {formatDate(article.date)}
      </p>
      <p class="perspective">{article.perspective}</p>
    </footer>
  );
}
