import type { ArticleMeta } from '@/core/dataset';
import { formatDate } from '../../components/format-date';

export interface SourceLineProps {
  article: ArticleMeta;
}

/** Where every line of the card comes from, and the article's standpoint to weigh it by. */
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
        , {article.outlet}, {article.author}, {formatDate(article.date)}
      </p>
      <p class="perspective">{article.perspective}</p>
    </footer>
  );
}
