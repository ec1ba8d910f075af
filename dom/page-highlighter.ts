import type { EntityId, Mention } from '@/core/entities';
import type { DetectorSource } from '@/core/detect/page-detector';
import { staticRangeFor } from './chunk-positions';
import { ChunkRegistry, type PlacedMention, type PlacedMentionIndex } from './chunk-registry';
import { holdDetector } from './detector-holder';
import { isSkippedElement } from './element-kinds';
import { createIdleSlices } from './idle-slices';
import type { HighlightLook, MentionPainter } from './mention-painter';
import { createMutationBatcher, type DirtyRegion, type MutationBatcher } from './mutation-batcher';
import { isOwnUi } from './own-ui';
import { plainBlockReader } from './plain-blocks';
import { chunkEnd, createChunkWalker, isReadWhole, type BlockLook, type ChunkWalker, type TextChunk } from './text-chunks';
import { visibleSpan, type VisibleSpan } from './visible-blocks';

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
  /** Reads the page again from scratch (a single-page app moved to a new page). */
  rescan(): void;
  stop(): void;
}

/**
 * What the background read finds is drawn when the reader could see it: once a read of
 * the viewport (at the start, after a scroll) has finished, at most this often, and when
 * the whole read is done. Each change to the drawn highlights makes Chromium re-check
 * every registered range at the next frame; drawing every second while a 5 MB page was
 * read cost a third of our CPU on it.
 */
const MIN_PAINT_INTERVAL_MS = 1000;

/** One piece of resumable work; returns true when finished. */
type Job = (hasTime: () => boolean) => boolean;

/**
 * Page text → mentions → highlights, kept current as the page changes. Visible blocks
 * are read first, then the whole page, in idle-time slices; afterwards only what a
 * mutation touched is read again.
 */
export function startPageHighlighter(options: PageHighlighterOptions): PageHighlighter {
  const doc = options.document;
  const { painter } = options;
  const skip = { isOwnUi };
  let look: HighlightLook | undefined;
  let on = false;
  const registry = new ChunkRegistry((entity) => look?.entities[entity] ?? false);
  // Made when some text first passes the prefilter; its arrival wakes the reading again.
  const detector = holdDetector(options.detectors, () => slices.wake());
  // Chunks read while the detector was loading (whether they were urgent, too): added first once it is here.
  let waiting: Array<{ chunk: TextChunk; urgent: boolean }> = [];
  let batcher: MutationBatcher | undefined;
  let nextId = 1;
  // Mutation work first (it is what the reader just saw change), then the first read.
  const urgent: Job[] = [];
  const background: Job[] = [];
  const pendingBlocks = new Set<Node>();
  // How many reads of each block have started: an unfinished read gives way to a newer one.
  const blockRuns = new WeakMap<Node, number>();
  let seenShadowRoots = new WeakSet<ShadowRoot>();
  // Blocks a finished viewport read covered in full. The first read passes over them
  // whole: visiting their 400,000 already-read text nodes one by one took seconds. Any
  // removal forgets them (a moved block may have lost its chunks on the way).
  let readBlocks = new WeakSet<Element>();
  let complete = false;
  // Set when the viewport should be read before the rest: at the start, and after a
  // scroll while the first read is still going (a #fragment, a restored position, a reader
  // jumping ahead on a long page).
  let lookAtViewport = false;

  const slices = createIdleSlices(work, { budgetMs: options.budgetMs, signal: options.signal });
  let lastPaint = -Infinity;
  // Set when a read of the viewport finished: the reader may be looking at text the
  // background read went through earlier, whose mentions are still held back.
  let viewportReadSincePaint = false;
  // Mentions found by the background read, drawn together (see MIN_PAINT_INTERVAL_MS);
  // what urgent work finds (the viewport, a change) is drawn at once, without these.
  const heldBack = new Set<PlacedMention>();
  let readingUrgent = false;
  // Set when what was read is what the reader sees (the viewport, a change on the page): drawn at once.
  let paintSoon = false;

  function work(hasTime: () => boolean): boolean {
    // Reading waits for the detector; its arrival wakes the slices again.
    if (detector.loading) return false;
    if (waiting.length > 0) addWaiting();
    const canRead = () => !detector.loading && hasTime();
    if (lookAtViewport && !complete) {
      lookAtViewport = false;
      const span = visibleSpan(doc);
      if (span) urgent.push(subtreeJob(doc, span));
    }
    const dirty = batcher?.take();
    if (dirty) queueDirty(dirty);
    while (canRead()) {
      const queue = urgent.length > 0 ? urgent : background;
      const job = queue[0];
      if (!job) break;
      readingUrgent = queue === urgent;
      if (readingUrgent) paintSoon = true;
      const done = job(canRead);
      readingUrgent = false;
      if (done) queue.shift();
    }
    applyDetectorChanges(hasTime);
    const more = urgent.length > 0 || background.length > 0 || redraws.size > 0;
    const now = performance.now();
    if (urgent.length === 0) {
      const sinceLastPaint = now - lastPaint;
      if (
        !more ||
        (viewportReadSincePaint && heldBack.size > 0 && sinceLastPaint >= MIN_PAINT_INTERVAL_MS)
      ) {
        for (const mention of heldBack) painter.add(mention);
        heldBack.clear();
        lastPaint = now;
        viewportReadSincePaint = false;
        painter.flush();
      } else if (paintSoon) {
        painter.flush();
      }
      paintSoon = false;
    }
    if (!more && on) complete = true;
    registry.flushChanges();
    return more;
  }

  function queueDirty(dirty: DirtyRegion): void {
    if (dirty.removed.length > 0) readBlocks = new WeakSet();
    for (const node of dirty.removed) urgent.push(removeJob(node));
    for (const block of dirty.blocks) {
      if (pendingBlocks.has(block)) continue;
      pendingBlocks.add(block);
      urgent.push(blockJob(block));
    }
    for (const root of dirty.subtrees) urgent.push(subtreeJob(root));
  }

  function addWaiting(): void {
    const chunks = waiting;
    waiting = [];
    for (const { chunk, urgent } of chunks) {
      readingUrgent = urgent;
      if (urgent) paintSoon = true;
      addChunk(chunk);
    }
    readingUrgent = false;
  }

  function addChunk(chunk: TextChunk): void {
    // What the prefilter passes over, the detector would find empty and not keep: it is
    // dropped here, detector or not. A block read whole passed it already (lookAtBlock).
    if (!isReadWhole(chunk) && !options.detectors.mayFindIn(chunk.text)) return;
    const detecting = detector.get();
    if (!detecting) {
      // No detector yet: this chunk waits for it. None to be had: nothing can be found in it.
      if (detector.loading) waiting.push({ chunk, urgent: readingUrgent });
      return;
    }
    const mentions = detecting.add(chunk, chunk.text);
    // Nearly every chunk holds nothing the detector keeps. Indexing those too kept every
    // text node of a big page (400,000) in the registry's maps for the garbage collector
    // to trace again and again; unindexed, a chunk is garbage as soon as it is read.
    if (!detecting.holds(chunk)) return;
    registry.add(chunk);
    placeMentions(chunk, mentions);
  }

  function undraw(mention: PlacedMention): void {
    if (!heldBack.delete(mention)) painter.remove(mention);
  }

  function dropChunk(chunk: TextChunk): void {
    for (const mention of registry.remove(chunk)) undraw(mention);
    detector.peek()?.remove(chunk);
  }

  function placeMentions(chunk: TextChunk, mentions: readonly Mention[]): void {
    const placed: PlacedMention[] = [];
    for (const mention of mentions) {
      if (!(mention.start >= 0 && mention.end > mention.start && mention.end <= chunk.text.length)) continue;
      placed.push({
        id: nextId++,
        entity: mention.entity,
        text: chunk.text.slice(mention.start, mention.end),
        range: staticRangeFor(chunk, mention.start, mention.end),
        chunk,
        start: mention.start,
        end: mention.end,
      });
    }
    for (const old of registry.setMentions(chunk, placed)) undraw(old);
    if (placed.length === 0) return;
    const root = chunk.block.getRootNode();
    if (isShadowRoot(root)) painter.styleShadowRoot(root);
    for (const mention of placed) {
      if (readingUrgent) painter.add(mention);
      else heldBack.add(mention);
    }
  }

  // Verdicts the detector changed on earlier chunks (page context flipped). A flip can
  // touch every chunk of a big page, so they are redrawn under the same time budget.
  const redraws = new Map<TextChunk, Mention[]>();

  function applyDetectorChanges(hasTime: () => boolean): void {
    for (const [chunk, mentions] of detector.peek()?.drainChanged() ?? []) redraws.set(chunk, mentions);
    for (const [chunk, mentions] of redraws) {
      if (!hasTime()) return;
      redraws.delete(chunk);
      if (registry.contains(chunk)) placeMentions(chunk, mentions);
    }
  }

  const plainBlockText = plainBlockReader(doc);

  /**
   * One look at a plain block's whole text instead of reading its nodes (plain-blocks.ts):
   * passed over when it cannot hold a name, read as one chunk when it may. Either way its
   * nodes are not visited one by one, which was most of our cost on a 5 MB page.
   */
  function lookAtBlock(block: Element): BlockLook {
    const text = plainBlockText(block);
    if (text === undefined) return undefined;
    if (!options.detectors.mayFindIn(text)) return 'skip';
    // Read already (by the viewport read): walked, its read nodes are passed over.
    if (registry.hasChunksOf(block)) return undefined;
    return { wholeText: text };
  }

  function onShadowRoot(root: ShadowRoot): void {
    if (seenShadowRoots.has(root)) return;
    seenShadowRoots.add(root);
    batcher?.observe(root);
    urgent.push(subtreeJob(root));
  }

  /** Reads every chunk under `root` (or within `span` of it) not read yet, a chunk at a time. */
  function subtreeJob(root: Node, span?: VisibleSpan): Job {
    let walker: ChunkWalker | undefined;
    let last: Node | undefined;
    const start = () =>
      createChunkWalker(root, {
        ...skip,
        onShadowRoot,
        isDone: (text) => registry.has(text),
        isDoneBlock: (element) => readBlocks.has(element),
        lookAtBlock,
        // After a restart, carry on from the last chunk read rather than from the span's start.
        startAt: span && !last ? span.first : undefined,
        stopAfter: span?.last,
      });
    let first = true;
    return (hasTime) => {
      if (!root.isConnected || isInsideSkipped(root)) return true;
      // The walker reports shadow roots of what it walks into, not of where it starts.
      if (first && root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) onShadowRoot((root as Element).shadowRoot!);
      first = false;
      // The walk stood on a node the page removed since: start over, skipping what is done.
      if (!walker || (last && !last.isConnected)) walker = start();
      while (hasTime()) {
        const chunk = walker.next(hasTime);
        if (!chunk) {
          if (walker.finished && span) {
            rememberRead(span);
            viewportReadSincePaint = true;
          }
          return walker.finished;
        }
        last = chunkEnd(chunk);
        addChunk(chunk);
      }
      return false;
    };
  }

  /** A span's read covers its first block unless the last is inside it, and its last unless the first is inside it. */
  function rememberRead({ first, last }: VisibleSpan): void {
    if (first === last || !first.contains(last)) readBlocks.add(first);
    if (first === last || !last.contains(first)) readBlocks.add(last);
  }

  /** Chunks a block's own inline text again after it changed, a chunk at a time. */
  function blockJob(block: Node): Job {
    let walker: ChunkWalker | undefined;
    let run = 0;
    return (hasTime) => {
      if (!walker) {
        pendingBlocks.delete(block);
        run = (blockRuns.get(block) ?? 0) + 1;
        blockRuns.set(block, run);
        for (const chunk of registry.chunksOf(block)) dropChunk(chunk);
        if (!block.isConnected || isInsideSkipped(block)) return true;
        walker = createChunkWalker(block, { ...skip, ownBlockOnly: true, onShadowRoot });
      } else if (blockRuns.get(block) !== run) {
        // The block changed again and a newer read of it started over: this one is moot.
        return true;
      }
      while (hasTime()) {
        const chunk = walker.next(hasTime);
        if (!chunk) return walker.finished;
        addChunk(chunk);
      }
      return false;
    };
  }

  /** Drops the chunks of text inside a removed node; blocks still on the page are read again. */
  function removeJob(node: Node): Job {
    return () => {
      const texts: Text[] = [];
      if (node.nodeType === Node.TEXT_NODE) texts.push(node as Text);
      else {
        const walker = (node.ownerDocument ?? doc).createTreeWalker(node, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text as Text);
      }
      for (const text of texts) {
        for (const chunk of registry.chunksAt(text)) {
          dropChunk(chunk);
          if (chunk.block.isConnected && !pendingBlocks.has(chunk.block)) {
            pendingBlocks.add(chunk.block);
            urgent.push(blockJob(chunk.block));
          }
        }
      }
      return true;
    };
  }

  function isInsideSkipped(node: Node): boolean {
    for (let current: Node | null = node; current; ) {
      if (current.nodeType === Node.ELEMENT_NODE && isSkippedElement(current as Element, skip)) return true;
      current = isShadowRoot(current) ? current.host : current.parentNode;
    }
    return false;
  }

  function beginReading(): void {
    complete = false;
    background.push(subtreeJob(doc));
    slices.wake();
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

  doc.defaultView?.addEventListener(
    'scroll',
    () => {
      if (!on || complete) return;
      lookAtViewport = true;
      slices.wake();
    },
    { capture: true, passive: true, signal: options.signal },
  );

  function forgetEverything(): void {
    urgent.length = 0;
    background.length = 0;
    pendingBlocks.clear();
    redraws.clear();
    heldBack.clear();
    readBlocks = new WeakSet();
    seenShadowRoots = new WeakSet();
    registry.clear();
    painter.clear();
    detector.reset();
    waiting = [];
  }

  function switchOn(): void {
    batcher = createMutationBatcher(() => slices.wake(), skip);
    batcher.observe(doc);
    beginReading();
  }

  function switchOff(): void {
    batcher?.stop();
    batcher = undefined;
    forgetEverything();
    complete = true;
    registry.flushChanges();
  }

  function stop(): void {
    if (on) switchOff();
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
      look = nextLook;
      painter.setLook(nextLook);
      registry.setShown((entity: EntityId) => nextLook.entities[entity]);
      if (nextOn && !on) switchOn();
      if (!nextOn && on) switchOff();
      on = nextOn;
      registry.flushChanges();
    },
    rescan() {
      if (!on) return;
      batcher?.discard();
      forgetEverything();
      registry.flushChanges();
      beginReading();
    },
    stop,
  };
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host != null;
}
