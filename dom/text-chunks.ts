import { isInlineElement, isSkippedElement, type SkipOptions } from './element-kinds';

/**
 * The text of one run of inline content inside a block, with a map from offsets in
 * that text back to the DOM text nodes it came from. Matching runs on `text`, so a name
 * split across inline elements ("Nagorno-<b>Karabakh</b>") is still one mention.
 */
export interface TextChunk {
  /** Nearest ancestor that is not inline: an element, a shadow root or the document. */
  readonly block: Node;
  readonly nodes: readonly Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

export interface ChunkWalkerOptions extends SkipOptions {
  /** Read only `root`'s own inline content; nested blocks are chunked on their own. */
  ownBlockOnly?: boolean;
  /** Called for each open shadow root met on the way: the caller walks and watches it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Text nodes already chunked (e.g. visible content done first) are passed over. */
  isDone?: (text: Text) => boolean;
  /** Blocks whose whole subtree is already chunked: passed over without visiting their nodes. */
  isDoneBlock?: (element: Element) => boolean;
  /**
   * Blocks the caller can tell hold nothing worth reading, from one cheap look at the
   * whole block (see plain-blocks.ts): passed over without visiting their nodes.
   */
  canSkipBlock?: (element: Element) => boolean;
  /** Begin inside this node (a descendant of the root) instead of at the root. */
  startAt?: Node;
  /** Stop once the walk has left this node (the end of a span). */
  stopAfter?: Node;
}

/** Yields chunks in document order, one per call, so work can pause between chunks. */
export interface ChunkWalker {
  /**
   * The next chunk, or undefined when the walk is over or `hasTime()` turned false on the
   * way (a long stretch with no new text: already read, or empty); `finished` tells which.
   */
  next(hasTime?: () => boolean): TextChunk | undefined;
  readonly finished: boolean;
}

const NON_BLANK = /\S/;

/**
 * A run of inline text longer than this is cut into several chunks, so one chunk is a
 * bounded unit of work (a page can hold 200,000 inline spans in one block: a single
 * chunk of it would be read and matched in one multi-second task). The cut falls
 * between text nodes at whitespace where possible, where no name is cut in two.
 */
const SOFT_LIMIT = { nodes: 256, chars: 8192 };
const HARD_LIMIT = { nodes: 1024, chars: 32768 };
const ENDS_BLANK = /\s$/;
const STARTS_BLANK = /^\s/;

/**
 * One TreeWalker.nextNode() call runs the filter over every node it passes over, with no
 * way to pause: over 400,000 text nodes already read, that was one 940 ms call. Every
 * this many nodes the filter lets one through as a checkpoint where the walk may pause.
 */
const CHECKPOINT_EVERY = 256;

const always = () => true;

export function createChunkWalker(root: Node, options: ChunkWalkerOptions = {}): ChunkWalker {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return { next: () => undefined, finished: true };
  // Set by the filter whenever the walk crosses something that ends a line of text.
  let boundary = false;
  // Set by the filter when it let a node through only so the walk can pause there.
  let checkpoint = false;
  // A skippable block let through as a checkpoint: the walk goes on after its subtree.
  let stepOver: Element | undefined;
  let sinceCheckpoint = 0;
  // Only for nodes whose children are walked anyway (or that have none): accepting a
  // rejected element would walk into what it rejects.
  const passOver = (verdict: number) => {
    if (++sinceCheckpoint < CHECKPOINT_EVERY) return verdict;
    sinceCheckpoint = 0;
    checkpoint = true;
    // Accepting a node the filter would skip walks on into its children just the same.
    return NodeFilter.FILTER_ACCEPT;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (options.isDone?.(node as Text)) {
          boundary = true;
          return passOver(NodeFilter.FILTER_REJECT);
        }
        sinceCheckpoint = 0;
        return NodeFilter.FILTER_ACCEPT;
      }
      const element = node as Element;
      if (isSkippedElement(element, options)) {
        boundary = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (isInlineElement(element)) {
        reportShadowRoot(element);
        return passOver(NodeFilter.FILTER_SKIP);
      }
      boundary = true;
      if (options.ownBlockOnly || options.isDoneBlock?.(element)) return NodeFilter.FILTER_REJECT;
      if (options.canSkipBlock?.(element)) {
        // Each look costs more than visiting a node, and thousands of skipped blocks in a
        // row would otherwise pass inside one nextNode() call: count them towards the
        // checkpoint, where the walk stops on the block and steps over it (nextRun).
        if (++sinceCheckpoint < CHECKPOINT_EVERY / 4) return NodeFilter.FILTER_REJECT;
        sinceCheckpoint = 0;
        checkpoint = true;
        stepOver = element;
        return NodeFilter.FILTER_ACCEPT;
      }
      reportShadowRoot(element);
      return passOver(NodeFilter.FILTER_SKIP);
    },
  });

  if (options.startAt) walker.currentNode = options.startAt;
  const { stopAfter } = options;
  const pastEnd = (node: Node) =>
    stopAfter !== undefined &&
    !stopAfter.contains(node) &&
    (stopAfter.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  function reportShadowRoot(element: Element): void {
    if (element.shadowRoot && options.onShadowRoot) options.onShadowRoot(element.shadowRoot);
  }

  // The run being read; kept across calls so a pause can fall in the middle of one.
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let block: Node | undefined;
  let ended = false;
  let finished = false;

  const take = (node: Text) => {
    starts.push(text.length);
    nodes.push(node);
    text += node.data;
    boundary = false;
  };

  function endRun(): TextChunk | undefined {
    const chunk = block === undefined ? undefined : { block, nodes, starts, text };
    nodes = [];
    starts = [];
    text = '';
    block = undefined;
    return chunk;
  }

  /** The next run, or undefined with `ended` false when out of time. */
  function nextRun(hasTime: () => boolean): TextChunk | undefined {
    for (;;) {
      const node = ended ? null : walker.nextNode();
      if (!node) {
        ended = true;
        return endRun();
      }
      if (checkpoint) {
        checkpoint = false;
        if (node === stepOver) {
          stepOver = undefined;
          walker.currentNode = lastDescendant(node);
          if (!hasTime()) return undefined;
          continue;
        }
        if (node.nodeType !== Node.TEXT_NODE || options.isDone?.(node as Text)) {
          if (!hasTime()) return undefined;
          continue;
        }
      }
      if (pastEnd(node)) {
        ended = true;
        return endRun();
      }
      const nodeBlock = blockOf(node);
      if (block !== undefined && (boundary || nodeBlock !== block || isFull(nodes, text, node as Text))) {
        const chunk = endRun();
        block = nodeBlock;
        take(node as Text);
        return chunk;
      }
      block = nodeBlock;
      take(node as Text);
    }
  }

  return {
    next(hasTime = always) {
      while (!finished) {
        const chunk = nextRun(hasTime);
        if (!chunk) {
          if (ended) finished = true;
          return undefined;
        }
        if (NON_BLANK.test(chunk.text)) return chunk;
        if (!hasTime()) return undefined;
      }
      return undefined;
    },
    get finished() {
      return finished;
    },
  };
}

/** The last node inside `node` in document order (`node` itself when it has no children). */
function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** True when a run should end before `next`: it is long, and the cut would not split a word (or it is far too long). */
function isFull(nodes: readonly Text[], text: string, next: Text): boolean {
  if (nodes.length < SOFT_LIMIT.nodes && text.length < SOFT_LIMIT.chars) return false;
  if (nodes.length >= HARD_LIMIT.nodes || text.length >= HARD_LIMIT.chars) return true;
  return ENDS_BLANK.test(text) || STARTS_BLANK.test(next.data);
}

/** Every chunk under `root`, for callers that do not need to pause. */
export function collectChunks(root: Node, options: ChunkWalkerOptions = {}): TextChunk[] {
  const walker = createChunkWalker(root, options);
  const chunks: TextChunk[] = [];
  for (let chunk = walker.next(); chunk; chunk = walker.next()) chunks.push(chunk);
  return chunks;
}

/** The nearest ancestor of a text node that is not inline: what a chunk belongs to. */
export function blockOf(node: Node): Node {
  let current = node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}
