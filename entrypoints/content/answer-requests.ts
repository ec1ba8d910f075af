import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { PlacedMention, PlacedMentionIndex } from '@/dom/chunk-registry';
import { mentionSnippets } from '@/dom/mention-snippets';
import type { HighlightState } from '@/utils/highlight-state';
import { isContentRequest, type ContentRequest, type PageReport } from '@/core/messages';

export interface ReportSource {
  readonly index: PlacedMentionIndex;
  readonly complete: boolean;
}

export interface MentionReveal {
  /** Scrolls to the mention and opens its card. */
  reveal(mention: PlacedMention): void;
  step(direction: 1 | -1): void;
}

/**
 * Answers the popup. Only the top frame answers for the page: an iframe returning
 * undefined leaves the answer to the top frame.
 */
export function answerRequests(
  ctx: ContentScriptContext,
  source: ReportSource,
  currentState: () => HighlightState | undefined,
  cards?: MentionReveal,
): void {
  if (window !== window.top) return;
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isContentRequest(message)) return undefined;
    return Promise.resolve(answer(message));
  };

  function answer(request: ContentRequest): PageReport | boolean {
    switch (request.type) {
      case 'get-page-report':
        return pageReport(source, currentState());
      case 'reveal-mention': {
        const mention = source.index.ordered()[request.index];
        if (!mention || !cards) return false;
        cards.reveal(mention);
        return true;
      }
      case 'step-mention':
        if (!cards) return false;
        cards.step(request.direction);
        return true;
    }
  }

  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension was reloaded: its API is gone, and the listener with it.
    }
  });
}

export function pageReport(source: ReportSource, state: HighlightState | undefined): PageReport {
  const on = state?.reason === 'on';
  const ordered = on ? source.index.ordered() : [];
  return {
    url: location.href,
    siteKey: state?.siteKey ?? '',
    reason: state?.reason ?? 'on',
    complete: state !== undefined && source.complete,
    // Not on: the highlighter has forgotten every mention (it does so when the state leaves 'on'), so all are 0.
    counts: source.index.counts(),
    snippets: mentionSnippets(ordered),
  };
}
