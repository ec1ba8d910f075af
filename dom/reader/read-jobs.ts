import { ELEMENT_NODE, SHOW_TEXT, TEXT_NODE } from '../node-types';
import type { DetectorSource } from '@/core/detect/page-detector';
import type { ChunkRegistry } from '../chunk-registry';
import { createChunkWalker, type BlockLook, type ChunkWalker } from '../chunk-walker';
import { isSkippedElement, type SkipOptions } from '../element-kinds';
import { shadowRootOf } from '../shadow-roots';
import { chunkEnd, type TextChunk } from '../text-chunks';
import { isShadowRoot } from '../document-order';
import type { MentionIntake } from './mention-intake';
import { plainBlockReader } from './plain-blocks';
import type { VisibleSpan } from './visible-blocks';

/** One piece of resumable work; returns true when finished. */
export type Job = (hasTime: () => boolean) => boolean;

/**
 * The reader's work, as resumable jobs in two queues: urgent (what the reader just saw
 * change, and the viewport) before background (the first read of the whole page). Each
 * job reads chunks and hands them to the intake, pausing whenever the slice's time is up.
 */
export interface ReadJobs {
  /** Reads every chunk under `root` (or within `span` of it) not read yet. */
  readSubtree(root: Node, options: { urgent: boolean; span?: VisibleSpan }): void;
  /** Reads a block's own inline text again after it changed (queued once while pending). */
  rereadBlock(block: Node): void;
  /** Drops the chunks inside a node the page removed; blocks still on the page are read again. */
  dropRemoved(node: Node): void;
  /** Runs queued jobs while `canRead()`, urgent first. */
  run(canRead: () => boolean): void;
  readonly urgentLeft: boolean;
  readonly anyLeft: boolean;
  /** Blocks read in full earlier may have lost chunks (something was removed): walk them again. */
  forgetReadBlocks(): void;
  /** Drops every queued job (switched off, or a rescan). */
  clear(): void;
}

export interface ReadJobsOptions {
  doc: Document;
  skip: SkipOptions;
  registry: ChunkRegistry;
  detectors: DetectorSource<TextChunk>;
  intake: MentionIntake;
  /** Called for each shadow root met on the way: the caller watches it and queues its read. */
  onShadowRoot: (root: ShadowRoot) => void;
}

export function createReadJobs({ doc, skip, registry, detectors, intake, onShadowRoot }: ReadJobsOptions): ReadJobs {
  const urgent: Job[] = [];
  const background: Job[] = [];
  const pendingBlocks = new Set<Node>();
  // How many reads of each block have started: an unfinished read gives way to a newer one.
  const blockRuns = new WeakMap<Node, number>();
  // Blocks a finished viewport read covered in full. The first read passes over them
  // whole: visiting their 400,000 already-read text nodes one by one took seconds. Any
  // removal forgets them (a moved block may have lost its chunks on the way).
  let readBlocks = new WeakSet<Element>();
  const plainBlockText = plainBlockReader(doc);

  /**
   * One look at a plain block's whole text instead of reading its nodes (plain-blocks.ts):
   * passed over when it cannot hold a name, read as one chunk when it may. Either way its
   * nodes are not visited one by one, which was most of our cost on a 5 MB page.
   */
  function lookAtBlock(block: Element): BlockLook {
    const text = plainBlockText(block);
    if (text === undefined) return undefined;
    if (!detectors.mayFindIn(text)) return 'skip';
    // Read already (by the viewport read): passed over if read whole, else walked, its read nodes passed over.
    if (registry.hasChunksOf(block)) return registry.wholeChunkOf(block) ? 'skip' : undefined;
    return { wholeText: text };
  }

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
      const ownRoot = first && root.nodeType === ELEMENT_NODE ? shadowRootOf(root as Element) : null;
      if (ownRoot) onShadowRoot(ownRoot);
      first = false;
      // The walk stood on a node the page removed since: start over, skipping what is done.
      if (!walker || (last && !last.isConnected)) walker = start();
      while (hasTime()) {
        const chunk = walker.next(hasTime);
        if (!chunk) {
          if (walker.finished && span) rememberRead(span);
          return walker.finished;
        }
        last = chunkEnd(chunk);
        intake.add(chunk);
      }
      return false;
    };
  }

  /** A span's read covers its first block unless the last is inside it, and its last unless the first is inside it. */
  function rememberRead({ first, last }: VisibleSpan): void {
    if (first === last || !first.contains(last)) readBlocks.add(first);
    if (first === last || !last.contains(first)) readBlocks.add(last);
  }

  function blockJob(block: Node): Job {
    let walker: ChunkWalker | undefined;
    let run = 0;
    return (hasTime) => {
      if (!walker) {
        pendingBlocks.delete(block);
        run = (blockRuns.get(block) ?? 0) + 1;
        blockRuns.set(block, run);
        for (const chunk of registry.chunksOf(block)) intake.drop(chunk);
        if (!block.isConnected || isInsideSkipped(block)) return true;
        walker = createChunkWalker(block, { ...skip, ownBlockOnly: true, onShadowRoot });
      } else if (blockRuns.get(block) !== run) {
        // The block changed again and a newer read of it started over: this one is moot.
        return true;
      }
      while (hasTime()) {
        const chunk = walker.next(hasTime);
        if (!chunk) return walker.finished;
        intake.add(chunk);
      }
      return false;
    };
  }

  function rereadBlock(block: Node): void {
    if (pendingBlocks.has(block)) return;
    pendingBlocks.add(block);
    urgent.push(blockJob(block));
  }

  function removeJob(node: Node): Job {
    return () => {
      const texts: Text[] = [];
      if (node.nodeType === TEXT_NODE) texts.push(node as Text);
      else {
        const walker = (node.ownerDocument ?? doc).createTreeWalker(node, SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text as Text);
      }
      for (const text of texts) {
        for (const chunk of registry.chunksAt(text)) {
          intake.drop(chunk);
          if (chunk.block.isConnected) rereadBlock(chunk.block);
        }
      }
      return true;
    };
  }

  function isInsideSkipped(node: Node): boolean {
    for (let current: Node | null = node; current; ) {
      if (current.nodeType === ELEMENT_NODE && isSkippedElement(current as Element, skip)) return true;
      current = isShadowRoot(current) ? current.host : current.parentNode;
    }
    return false;
  }

  return {
    readSubtree(root, { urgent: isUrgent, span }) {
      (isUrgent ? urgent : background).push(subtreeJob(root, span));
    },
    rereadBlock,
    dropRemoved(node) {
      urgent.push(removeJob(node));
    },
    run(canRead) {
      while (canRead()) {
        const queue = urgent.length > 0 ? urgent : background;
        const job = queue[0];
        if (!job) break;
        if (job(canRead)) queue.shift();
      }
    },
    get urgentLeft() {
      return urgent.length > 0;
    },
    get anyLeft() {
      return urgent.length > 0 || background.length > 0;
    },
    forgetReadBlocks() {
      readBlocks = new WeakSet();
    },
    clear() {
      urgent.length = 0;
      background.length = 0;
      pendingBlocks.clear();
      readBlocks = new WeakSet();
    },
  };
}
