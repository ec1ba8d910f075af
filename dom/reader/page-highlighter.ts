import { isParsing } from '../parsing';
import type { EntityId } from '@/core/entities';
import type { DetectorSource } from '@/core/detect/page-detector';
import { ChunkRegistry, type PlacedMentionIndex } from '../chunk-registry';
import type { HighlightLook, MentionPainter } from '../mention-painter';
import { isOwnUi } from '../own-ui';
import type { TextChunk } from '../text-chunks';
import { createIdleSlices } from './idle-slices';
import { createMentionIntake } from './mention-intake';
import { watchPageChanges } from './page-changes';
import { createReadJobs } from './read-jobs';
import { parsedSince } from './parsed-part';
import { visibleSpan } from './visible-blocks';

/** The slice run at once when reading begins (see beginReading). */
const FIRST_SLICE_MS = 4;
/**
 * How much of a page still being parsed is read before it is parsed (characters from its
 * top): a few screens. The rest waits for the parsed page's read, which reads again only
 * what changed of this part.
 */
const PARSING_READ_CHARS = 32_768;

export interface PageHighlighterOptions {
  document: Document;
  /**
   * The prefilter every block's text goes through, and page-level detectors: a fresh one
   * the first time some text passes the prefilter, and again after every rescan. While
   * one is loading, reading pauses.
   */
  detectors: DetectorSource<TextChunk>;
  painter: MentionPainter;
  /** Longest time slice in ms (default 6). */
  budgetMs?: number;
  signal?: AbortSignal;
}

export interface PageHighlighter {
  /** The mentions as the hover card and the popup see them (only shown entities). */
  readonly index: PlacedMentionIndex;
  /** False while the first read of the page (or of a new SPA page) is running. */
  readonly complete: boolean;
  /** Turns highlighting on or off and sets what is drawn. Off removes every highlight and stops watching. */
  update(on: boolean, look: HighlightLook): void;
  /**
   * While the page is still parsed: at each frame, reads and draws the top of the page
   * (a few screens), block by block as the parser closes them, before update() turns
   * highlighting on for the parsed page (which reads them again where something was found,
   * in case a script changed them).
   */
  readTopWhileParsing(look: HighlightLook): void;
  /** Reads the page again from scratch (a single-page app moved to a new page). */
  rescan(): void;
  stop(): void;
}

/**
 * Page text → mentions → highlights, kept current as the page changes. Visible blocks
 * are read first, then the whole page, in idle-time slices; afterwards only what a
 * mutation touched is read again. The schedule is described in README.md beside this file.
 */
export function startPageHighlighter(options: PageHighlighterOptions): PageHighlighter {
  const doc = options.document;
  const { painter } = options;
  const skip = { isOwnUi };
  let look: HighlightLook | undefined;
  let on = false;
  let complete = false;
  // Set when the viewport should be read before the rest: at the start, and after a
  // scroll while the first read is still going (a #fragment, a restored position, a reader
  // jumping ahead on a long page).
  let lookAtViewport = false;
  // Reading the top of the page while it is parsed (readTopWhileParsing; never while `on`):
  // the last block read, how many characters so far, and the frame asked for.
  let parsing = false;
  let parsedUpTo: Element | undefined;
  let parsedChars = 0;
  let parsingFrame = 0;

  const registry = new ChunkRegistry((entity) => look?.entities[entity] ?? false);
  const slices = createIdleSlices(work, { budgetMs: options.budgetMs, signal: options.signal });
  const intake = createMentionIntake({
    detectors: options.detectors,
    registry,
    painter,
    onDetectorSettled: () => {
      // While the page is parsed, idle time may not come before it is: the screen read
      // that waited for the detector is finished now.
      if (parsing) sliceNow();
      slices.wake();
    },
  });
  const changes = watchPageChanges(
    doc,
    skip,
    () => jobs,
    () => slices.wake(),
  );
  const jobs = createReadJobs({
    doc,
    skip,
    registry,
    detectors: options.detectors,
    intake,
    onShadowRoot: (root) => changes.onShadowRoot(root),
  });

  /** One slice: page changes and the viewport first, then the background read, then drawing. */
  function work(hasTime: () => boolean): boolean {
    // Reading waits for the detector; its arrival wakes the slices again.
    if (intake.loading) return false;
    intake.addWaiting();
    const canRead = () => !intake.loading && hasTime();
    if (lookAtViewport && !complete) {
      lookAtViewport = false;
      const span = visibleSpan(doc);
      if (span) jobs.readSubtree(doc, { urgent: true, span });
    }
    changes.queueChanges();
    jobs.run(canRead);
    intake.applyDetectorChanges(hasTime);
    const more = jobs.anyLeft || intake.redrawing;
    // Drawn once no page change waits to be read, so a mention dropped and found again in
    // one pass never flickers. The painter registers only what is near the screen, so
    // what the background read finds far away costs the browser nothing until then.
    // (While the page is parsed no page change is watched, and what is found is drawn at once.)
    if (!jobs.urgentLeft || parsing) painter.flush();
    if (!more && on) complete = true;
    registry.flushChanges();
    return more;
  }

  /** One slice inside the current task, not waiting for idle time (which a busy page may not have for a while). */
  function sliceNow(): void {
    const end = performance.now() + FIRST_SLICE_MS;
    try {
      work(() => performance.now() < end);
    } catch (error) {
      // As a failing idle slice is: reported, and the slices carry on (or stop) as they do.
      console.error(error);
    }
  }

  function beginReading(): void {
    complete = false;
    jobs.readSubtree(doc, { urgent: false });
    slices.wake();
    // A first slice at once: right after parsing, before the browser's first frame of the
    // whole page, the top of the page (what a reader sees first on a fresh load) is read, and
    // if the detector is in by then (preload-detector.ts) its mentions are drawn in that frame.
    sliceNow();
    // Hit-testing the viewport forces layout; right after parsing, that is a full layout of
    // a big page inside our task. After the next frame the browser has done it already.
    const view = doc.defaultView;
    view?.requestAnimationFrame(() =>
      view.setTimeout(() => {
        if (!on || complete || options.signal?.aborted) return;
        lookAtViewport = true;
        slices.wake();
      }, 0),
    );
  }

  /**
   * At each frame while the page is parsed (the parser has yielded): reads the blocks it has
   * closed since the last look, until a few screens' worth of the top are read.
   */
  function readParsedSoon(): void {
    const view = doc.defaultView;
    if (!view || parsingFrame || parsedChars >= PARSING_READ_CHARS) return;
    parsingFrame = view.requestAnimationFrame(() => {
      parsingFrame = 0;
      if (!parsing || options.signal?.aborted || !isParsing(doc)) return;
      const part = parsedSince(doc, parsedUpTo, PARSING_READ_CHARS - parsedChars);
      if (part) {
        parsedUpTo = part.span.last;
        parsedChars += part.chars;
        jobs.readSubtree(doc, { urgent: true, span: part.span });
        // Idle time is scarce while a page is parsed: read here, in this frame.
        sliceNow();
        slices.wake();
      }
      readParsedSoon();
    });
  }

  /**
   * The page is parsed and highlighting starts: the blocks where something was found while
   * parsing are read again (a script may have rewritten them since; there are a few screens'
   * worth at most), and the parsed page's read walks everything else.
   */
  function leaveParsing(): void {
    parsing = false;
    changes.discard();
    jobs.forgetReadBlocks();
    for (const block of registry.blocks()) jobs.rereadBlock(block);
  }

  doc.defaultView?.addEventListener(
    'scroll',
    () => {
      if (!on || complete) return;
      lookAtViewport = true;
      slices.wake();
    },
    { capture: true, passive: true, signal: options.signal },
  );

  function setLook(nextLook: HighlightLook): void {
    look = nextLook;
    painter.setLook(nextLook);
    registry.setShown((entity: EntityId) => nextLook.entities[entity]);
  }

  function forgetEverything(): void {
    jobs.clear();
    intake.reset();
    registry.clear();
    painter.clear();
  }

  function switchOff(): void {
    parsing = false;
    changes.stop();
    forgetEverything();
    complete = true;
    registry.flushChanges();
  }

  function stop(): void {
    if (on || parsing) switchOff();
    on = false;
    slices.stop();
    painter.stop();
  }
  options.signal?.addEventListener('abort', stop, { once: true });

  return {
    index: registry,
    get complete() {
      return complete;
    },
    update(nextOn: boolean, nextLook: HighlightLook) {
      if (options.signal?.aborted) return;
      setLook(nextLook);
      if (nextOn && !on) {
        if (parsing) leaveParsing();
        changes.start();
        beginReading();
      }
      if (!nextOn && (on || parsing)) switchOff();
      on = nextOn;
      registry.flushChanges();
    },
    readTopWhileParsing(nextLook: HighlightLook) {
      if (on || options.signal?.aborted || !isParsing(doc)) return;
      setLook(nextLook);
      // From the top again: switched off meanwhile, what was read before is forgotten.
      parsing = true;
      parsedUpTo = undefined;
      parsedChars = 0;
      readParsedSoon();
    },
    rescan() {
      if (!on) return;
      changes.discard();
      forgetEverything();
      registry.flushChanges();
      beginReading();
    },
    stop,
  };
}
