import { isParsing } from '@/dom/parsing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCustomHighlightPainter, supportsCustomHighlights } from '@/dom/custom-highlight-painter';
import type { PlacedMention } from '@/dom/chunk-registry';
import type { MentionPainter } from '@/dom/mention-painter';
import { createNearScreenPainter } from '@/dom/near-screen-painter';
import { watchBusyPage } from '@/dom/busy-page';
import { startPageHighlighter } from '@/dom/reader/page-highlighter';
import { preloadDetectorWhileParsing } from '@/dom/reader/preload-detector';
import type { TextChunk } from '@/dom/text-chunks';
import { scrollToCenter } from '@/dom/scroll-to-mention';
import { reachClosedShadowRoots } from '@/dom/shadow-roots';
import { watchHighlightState, type HighlightState } from '@/utils/highlight-state';
import { importCardUi } from '@/card/ui-loader';
import { loadedDetectorSource } from '@/utils/page-detector-loader';
import { startMentionCards } from '@/card/controller';
import { announce } from '@/card/announce';
import { answerRequests } from './answer-requests';
import { reportMentionCount } from './report-count';

/**
 * Wires the page's highlighting to the settings, the hover card and the popup. Runs at
 * document_start so the highlight styles exist before the first render and the settings
 * are read while the page loads; the page is read once its DOM is parsed.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  // Closed shadow roots, which the page cannot see into but an extension may (no permission
  // needed): Chromium's chrome.dom API, Firefox's openOrClosedShadowRoot getter on elements.
  reachClosedShadowRoots(
    import.meta.env.FIREFOX
      ? (element) => (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot
      : (element) =>
          (
            globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(element: Element): ShadowRoot | null } } }
          ).chrome?.dom?.openOrClosedShadowRoot(element),
  );
  const painter = createPainter(document, ctx.signal);
  const detectors = loadedDetectorSource<TextChunk>();
  const highlighter = startPageHighlighter({
    document,
    detectors,
    painter,
    signal: ctx.signal,
  });
  // A reloaded or updated extension leaves this script orphaned; ctx notices when the
  // runtime is gone, and aborting removes our highlights so the new copy draws alone.
  ctx.setInterval(() => {}, 2000);

  // The settings are read at once, while the page is parsed: by the time it is, they are
  // in, and the page is read right away (and, if they say so, the detector is loading).
  let state: HighlightState | undefined;
  let parsed = false;
  const apply = (current: HighlightState) =>
    highlighter.update(current.reason === 'on', { entities: current.entities, style: current.style });
  watchHighlightState(
    location.href,
    (next) => {
      // A change the reader made (the site switch, a pause) is said aloud; the first state is not.
      if (parsed && state && next.reason !== state.reason && window === window.top) announce({ kind: 'state', reason: next.reason });
      state = next;
      if (parsed) apply(next);
      else if (next.reason === 'on') {
        preloadDetectorWhileParsing(document, detectors, ctx.signal);
        // The top of a long page is on screen well before the rest is parsed: drawn then.
        highlighter.readTopWhileParsing({ entities: next.entities, style: next.style });
      } else apply(next);
    },
    ctx.signal,
  );
  whenParsed(ctx, () => {
    parsed = true;
    if (state) apply(state);
    // A new page of a single-page app is read afresh; a jump to an anchor (#…) is the same
    // page, and reading it again would drop every highlight on the way.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      if (newUrl.href.split('#')[0] !== oldUrl.href.split('#')[0]) highlighter.rescan();
    });
  });

  // startMentionCards stops itself when ctx is invalidated. The card's own code is loaded
  // the first time a card is about to open.
  // The painter's measured boxes answer most hover look-ups in a long text node (see dom/measured-band.ts).
  const cards = startMentionCards(ctx, highlighter.index, importCardUi, painter.mentionAt);
  reportMentionCount(ctx, highlighter.index);
  answerRequests(ctx, highlighter, () => state, {
    reveal(mention) {
      scrollToCenter(mention.range);
      void cards.open(mention, { focus: true });
    },
    async step(direction) {
      if (!(await cards.step(direction)) || !cards.stepped) return;
      const ordered = highlighter.index.ordered();
      // The cards step through this same list: the mention is one of its items.
      const position = ordered.indexOf(cards.stepped as PlacedMention) + 1;
      if (position > 0) announce({ kind: 'step', entity: cards.stepped.entity, position, total: ordered.length });
    },
  });
}

/** The Custom Highlight API where the engine has it; wrapping the text otherwise (older Firefox). */
function createPainter(doc: Document, signal: AbortSignal): MentionPainter {
  // Both builds' minimum versions (Chrome 128, Firefox 140; see wxt.config.ts) have the API.
  // Where it is missing anyway (switched off in about:config), mentions are still found and
  // the card works; the wrapping fallback (dom/wrapping-painter.ts) stays out of the content
  // script, which must stay under 60 kB.
  if (!supportsCustomHighlights(doc)) return drawNothing;
  // Gecko does not have the highlight inheritance model yet (Firefox 153 ESR checked); see highlight-sheet.ts.
  const painter = createCustomHighlightPainter(doc, import.meta.env.FIREFOX ? 'per-element' : 'inherited');
  // Chromium redoes a tall page's visual overflow at every change while an underline is
  // registered: a tall page that keeps changing gets the fill alone (dom/busy-page.ts).
  if (!import.meta.env.FIREFOX) watchBusyPage(doc, signal, (busy) => painter.setLines(!busy));
  // Registered highlights cost the browser per range, on every change: only those near the screen are.
  return createNearScreenPainter(painter, doc, signal);
}

/**
 * Once the DOM is parsed, after the page's own DOMContentLoaded listeners on the document
 * (the event bubbles from it to the window): many pages build or move content there, and
 * reading what they built beats reading the page before and then every change they make.
 */
function whenParsed(ctx: ContentScriptContext, start: () => void): void {
  if (!isParsing(document)) start();
  else ctx.addEventListener(window, 'DOMContentLoaded', start, { once: true });
}

/** Where nothing can be drawn, mentions are still found: the popup and the card work. */
const drawNothing: MentionPainter = { add() {}, remove() {}, setLook() {}, styleShadowRoot() {}, flush() {}, clear() {}, stop() {} };
