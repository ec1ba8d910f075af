import { ENTITY_IDS, type EntityId } from '@/core/entities';
// The report's type only: the message contract is declared once, in core/messages.ts.
import type { PageReport } from '@/core/messages';
import { tidySnippet } from '@/core/snippet-text';
import { EntitySwatch } from '../EntitySwatch';
import { useTexts } from '../texts';
import { mentionCountText } from './status-text';

/** Two per entity keep the site switch near the top of a 600 px popup. */
const SNIPPETS_PER_ENTITY = 2;

/** What the popup knows about the active tab's page. */
export type PageView = { kind: 'loading' } | { kind: 'unscannable' } | { kind: 'report'; report: PageReport };

export interface PageSectionProps {
  page: PageView;
  /** Whether highlights are drawn here now; when not, the page's counts are not meaningful. */
  highlighting: boolean;
  entityNames: Record<EntityId, string>;
  onReveal(index: number): void;
}

function StatusLine({ page, highlighting }: { page: PageView; highlighting: boolean }) {
  const texts = useTexts();
  const { t } = texts;
  if (page.kind === 'loading') return <p class="status">{t('popup.loading')}</p>;
  if (page.kind === 'unscannable') {
    return (
      <>
        <p class="status">{t('popup.unscannable')}</p>
        <p class="detail">{t('popup.unscannableDetail')}</p>
      </>
    );
  }
  const { report } = page;
  if (!highlighting) return <p class="status">{t('popup.notHighlighting')}</p>;
  const total = ENTITY_IDS.reduce((sum, id) => sum + report.counts[id], 0);
  if (!report.complete) return <p class="status">{t('popup.stillReading', [mentionCountText(texts, total)])}</p>;
  if (total === 0) {
    return <p class="status">{t('popup.noMentions')}</p>;
  }
  return <p class="status">{mentionCountText(texts, total)}.</p>;
}

export function PageSection({ page, highlighting, entityNames, onReveal }: PageSectionProps) {
  const report = page.kind === 'report' && highlighting ? page.report : undefined;
  const total = report ? ENTITY_IDS.reduce((sum, id) => sum + report.counts[id], 0) : 0;
  const { t, number } = useTexts();
  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading">{t('popup.pageHeading')}</h2>
      <StatusLine page={page} highlighting={highlighting} />
      {report && total > 0 && (
        <ul class="entities">
          {ENTITY_IDS.map((id) => {
            const snippets = report.snippets
              .filter((snippet) => snippet.entity === id)
              .slice(0, SNIPPETS_PER_ENTITY)
              .map(tidySnippet);
            return (
              <li key={id} class="entity" data-entity={id}>
                <p class="entity-count">
                  <EntitySwatch entity={id} />
                  <span class="entity-name">{entityNames[id]}</span>
                  <span class="count" data-count={report.counts[id]}>
                    {number(report.counts[id])}
                  </span>
                </p>
                {snippets.length > 0 && (
                  <ul class="snippets" aria-label={t('popup.firstMentionsOf', [entityNames[id]])}>
                    {snippets.map((snippet) => (
                      <li key={snippet.index}>
                        <button type="button" class="snippet" onClick={() => onReveal(snippet.index)}>
                          <span class="sr-only">{t('popup.showOnPage')}</span>
                          <span class="snippet-text">
                            {snippet.before}
                            <mark>{snippet.text}</mark>
                            {snippet.after}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
