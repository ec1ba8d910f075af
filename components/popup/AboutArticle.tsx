import { refLabel, type ArgumentPoint, type ArticleMeta, type ParagraphRef, type TimelineEvent } from '@/core/dataset';
import { formatDate } from '../format-date';

export interface AboutArticleProps {
  article: ArticleMeta;
  argument: readonly ArgumentPoint[];
  timeline: readonly TimelineEvent[];
}

function Refs({ refs }: { refs: readonly ParagraphRef[] }) {
  if (refs.length === 0) return null;
  return <span class="refs"> ({refs.map(refLabel).join(', ')})</span>;
}

/** An event the article does not give: its public source where others show paragraphs. */
function BackgroundSource({ source }: { source: string }) {
  return <span class="refs"> (background: {source})</span>;
}

/**
 * The source article: who wrote it, where and when ("as of" its date), whose case it
 * argues, its argument in our words, its timeline (background marked with its source).
 */
export function AboutArticle({ article, argument, timeline }: AboutArticleProps) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About the article</h2>
      <p class="article-title">
        {article.url ? (
          <a href={article.url} target="_blank" rel="noreferrer">
            {article.title}
          </a>
        ) : (
          <cite>{article.title}</cite>
        )}
      </p>
      <p class="article-meta">
        {article.outlet} · {article.author} · as of <time dateTime={article.date}>{formatDate(article.date)}</time>
      </p>
      <p class="perspective">{article.perspective}</p>
      <details>
        <summary>The argument, in {argument.length} points</summary>
        <ol class="argument">
          {argument.map((point) => (
            <li key={point.id}>
              {point.text}
              <Refs refs={point.refs} />
            </li>
          ))}
        </ol>
      </details>
      <details>
        <summary>Timeline</summary>
        <ol class="timeline">
          {timeline.map((event) => (
            <li key={event.id}>
              <time dateTime={event.date} title={event.dateNote}>
                {formatDate(event.date, 'short')}
              </time>{' '}
              {event.label}
              {event.kind === 'background' ? <BackgroundSource source={event.source ?? ''} /> : <Refs refs={event.refs} />}
            </li>
          ))}
        </ol>
      </details>
      <p class="citation">
        Source: {article.citation}
        {article.url ? '' : ' (no link is known for certain)'}.
      </p>
    </section>
  );
}
