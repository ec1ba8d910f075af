import type { SkipOptions } from '../element-kinds';
import { createMutationBatcher, type MutationBatcher } from './mutation-batcher';
import type { ReadJobs } from './read-jobs';

/**
 * Keeps the read current as the page changes: one MutationObserver (mutation-batcher.ts)
 * for the document and every shadow root the reader meets; what changed becomes urgent
 * read jobs at the start of the next slice.
 */
export interface PageChanges {
  /** Starts watching the document. */
  start(): void;
  /** A shadow root the reader met: watched, and read once, urgently. */
  onShadowRoot(root: ShadowRoot): void;
  /** Queues read jobs for whatever changed since the last call. */
  queueChanges(): void;
  /** Forgets pending changes and the shadow roots met (a rescan starts over). */
  discard(): void;
  stop(): void;
}

export function watchPageChanges(doc: Document, skip: SkipOptions, jobs: () => ReadJobs, wake: () => void): PageChanges {
  let batcher: MutationBatcher | undefined;
  let seenShadowRoots = new WeakSet<ShadowRoot>();

  return {
    start() {
      batcher = createMutationBatcher(wake, skip);
      batcher.observe(doc);
    },
    onShadowRoot(root) {
      if (seenShadowRoots.has(root)) return;
      seenShadowRoots.add(root);
      batcher?.observe(root);
      jobs().readSubtree(root, { urgent: true });
    },
    queueChanges() {
      const dirty = batcher?.take();
      if (!dirty) return;
      const queue = jobs();
      if (dirty.removed.length > 0) queue.forgetReadBlocks();
      for (const node of dirty.removed) queue.dropRemoved(node);
      for (const block of dirty.blocks) queue.rereadBlock(block);
      for (const root of dirty.subtrees) queue.readSubtree(root, { urgent: true });
    },
    discard() {
      batcher?.discard();
      seenShadowRoots = new WeakSet();
    },
    stop() {
      batcher?.stop();
      batcher = undefined;
      seenShadowRoots = new WeakSet();
    },
  };
}
