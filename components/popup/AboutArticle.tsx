import type { ArgumentPoint, ArticleMeta, ParagraphRef, TimelineEvent } from '@/core/dataset';
import { refText } from '../ref-label';
import { useTexts } from '../texts';

export interface AboutArticleProps {
  article: ArticleMeta;
  argument: readonly ArgumentPoint[];
  timeline: readonly TimelineEvent[];
}

function Refs({ refs }: { refs: readonly ParagraphRef[] }) {
  const texts = useTexts();
  if (refs.length === 0) return null;
  return <span class="refs"> ({refs.map((ref) => refText(texts, ref)).join(', ')})</span>;
}

/** An event the article does not give: its public source where others show paragraphs. */
function BackgroundSource({ source }: { source: string }) {
  const { t } = useTexts();
  return <span class="refs"> ({t('about.backgroundSource', [source])})</span>;
}

/**
 * The source article: who wrote it, where and when ("as of" its date), whose case it
 * argues, its argument in our words, its timeline (background marked with its source).
 * The title is cited as published (in English), its translation beside it.
 */
export function AboutArticle({ article, argument, timeline }: AboutArticleProps) {
  const { t, count, date } = useTexts();
  // "as of <date>" in the language's order, the date kept a <time> element.
  const asOf = t('card.asOf', ['\u0000']).split('\u0000');
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('about.heading')}</h2>
      <p class="article-title">
        {article.url ? (
          <a href={article.url} target="_blank" rel="noreferrer" lang="en">
            {article.title}
          </a>
        ) : (
          <cite lang="en">{article.title}</cite>
        )}
        {article.titleTranslation && <span class="title-translation"> ({article.titleTranslation})</span>}
      </p>
      <p class="article-meta">
        {article.outlet} · {article.author} · {asOf[0]}
        <time dateTime={article.date}>{date(article.date)}</time>
        {asOf[1]}
      </p>
      <p class="perspective">{article.perspective}</p>
      <details>
        <summary>{count('about.argument', argument.length)}</summary>
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
        <summary>{t('about.timeline')}</summary>
        <ol class="timeline">
          {timeline.map((event) => (
            <li key={event.id}>
              <time dateTime={event.date} title={event.dateNote}>
                {date(event.date, 'short')}
              </time>{' '}
              {event.label}
              {event.kind === 'background' ? <BackgroundSource source={event.source ?? ''} /> : <Refs refs={event.refs} />}
            </li>
          ))}
        </ol>
      </details>
      <p class="citation">
        {t('about.source', [`${article.outlet}, ${article.author}, ${date(article.date)}`])}
        {article.url ? '' : ` ${t('about.noLink')}`}.
      </p>
    </section>
  );
}
