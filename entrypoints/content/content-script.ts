import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageDetector } from '@/core/page-detector';
import { createCustomHighlightPainter, supportsCustomHighlights } from '@/dom/custom-highlight-painter';
import type { MentionPainter } from '@/dom/mention-painter';
import { startPageHighlighter } from '@/dom/page-highlighter';
import type { TextChunk } from '@/dom/text-chunks';
import { watchHighlightState, type HighlightState } from '@/utils/highlight-state';
import { answerRequests } from './answer-requests';
import { reportMentionCount } from './report-count';

/**
 * Wires the page's highlighting to the settings, the hover card and the popup. Runs at
 * document_start so the highlight styles exist before the first render; the page is
 * read once its DOM is parsed.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  const painter = createPainter(document);
  const highlighter = startPageHighlighter({
    document,
    createDetector: () => createPageDetector<TextChunk>(),
    painter,
    signal: ctx.signal,
  });
  // A reloaded or updated extension leaves this script orphaned; ctx notices when the
  // runtime is gone, and aborting removes our highlights so the new copy draws alone.
  ctx.setInterval(() => {}, 2000);

  let state: HighlightState | undefined;
  whenParsed(ctx, () => {
    watchHighlightState(
      location.href,
      (next) => {
        state = next;
        highlighter.update(next.reason === 'on', { entities: next.entities, style: next.style });
      },
      ctx.signal,
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => highlighter.rescan());
  });

  reportMentionCount(ctx, highlighter.index);
  answerRequests(ctx, highlighter, () => state);
}

function createPainter(doc: Document): MentionPainter {
  return createCustomHighlightPainter(doc);
}

function whenParsed(ctx: ContentScriptContext, start: () => void): void {
  if (document.readyState !== 'loading') start();
  else ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
}
