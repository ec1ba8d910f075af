import { SHOW_TEXT, TEXT_NODE } from './node-types';
import { elementKind, KIND_INLINE, KIND_MAY_HOST_SHADOW, KIND_SKIPPED, type SkipOptions } from './element-kinds';
import { isFull, SLICE_CHARS, sliceEnd, SOFT_LIMIT } from './chunk-limits';
import { shadowRootOf } from './shadow-roots';
import { blockOf, WholeBlockChunk, type TextChunk } from './text-chunks';

/**
 * Walks a subtree and yields its text as chunks (text-chunks.ts), one per call, in
 * document order, so the reader can pause between any two; how long runs and long text
 * nodes are cut is in chunk-limits.ts.
 */

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
   * One cheap look at a whole block (see plain-blocks.ts) before visiting its nodes:
   * `'skip'` when it holds nothing worth reading (passed over), its whole text when that
   * is exactly its one chunk (which then needs no walk through its nodes), undefined to
   * read it node by node.
   */
  lookAtBlock?: (element: Element) => BlockLook;
  /** Begin at this node (a descendant of the root), visiting it too, instead of at the root. */
  startAt?: Node;
  /** Stop once the walk has left this node (the end of a span). */
  stopAfter?: Node;
}

export type BlockLook = 'skip' | { readonly wholeText: string } | undefined;

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

/** The walk checks whether its time is up after about this many nodes. */
const NODES_BETWEEN_TIME_CHECKS = 256;
/** A look at a whole block (lookAtBlock) counts as this many nodes towards that check. */
const BLOCK_LOOK_COST = 16;

const always = () => true;

/** Numbers the walks (TextChunk.walk). */
let walks = 0;

export function createChunkWalker(root: Node, options: ChunkWalkerOptions = {}): ChunkWalker {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return { next: () => undefined, finished: true };
  // No NodeFilter: native code calling a script filter for every node cost more than all
  // else the walk does (about 1 µs a node from an isolated world, 400,000 nodes on a
  // 5 MB page). The loop below classifies each node itself and steps over subtrees.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | SHOW_TEXT);
  if (options.startAt) walker.currentNode = options.startAt;
  // The start is visited itself, not only what is inside it: a block the registry holds
  // whole is then passed over as a whole (lookAtBlock), not read again node by node.
  let startWith = options.startAt;
  const walk = ++walks;
  let step = 0;
  // Set whenever the walk crosses something that ends a line of text.
  let boundary = false;
  let untilTimeCheck = NODES_BETWEEN_TIME_CHECKS;

  const { stopAfter } = options;
  const pastEnd = (node: Node) =>
    stopAfter !== undefined &&
    !stopAfter.contains(node) &&
    (stopAfter.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  function reportShadowRoot(element: Element): void {
    if (!options.onShadowRoot) return;
    const root = shadowRootOf(element);
    if (root) options.onShadowRoot(root);
  }

  /** The walk goes on after `element`'s subtree. */
  function stepOver(element: Element): void {
    walker.currentNode = lastDescendant(element);
  }

  /**
   * What an element means for the walk: skipped whole, read through (inline), or a block
   * boundary. Returns the block's one chunk when a look at its whole text gave it.
   */
  function visitElement(element: Element): TextChunk | undefined {
    const kind = elementKind(element, options);
    if (kind === KIND_SKIPPED) {
      boundary = true;
      stepOver(element);
      return undefined;
    }
    const mayHostShadow = (kind & KIND_MAY_HOST_SHADOW) !== 0;
    if (kind & KIND_INLINE) {
      if (mayHostShadow) reportShadowRoot(element);
      return undefined;
    }
    boundary = true;
    if (options.ownBlockOnly || options.isDoneBlock?.(element)) {
      stepOver(element);
      return undefined;
    }
    if (options.lookAtBlock) {
      untilTimeCheck -= BLOCK_LOOK_COST;
      const look = options.lookAtBlock(element);
      if (look === 'skip') {
        stepOver(element);
        return undefined;
      }
      // Longer text would be cut into several chunks; walked, it is cut where words allow.
      if (look && look.wholeText.length <= SOFT_LIMIT.chars) {
        if (pastEnd(element)) {
          ended = true;
          return undefined;
        }
        stepOver(element);
        return NON_BLANK.test(look.wholeText) ? new WholeBlockChunk(element, look.wholeText, walk, step++) : undefined;
      }
    }
    if (mayHostShadow) reportShadowRoot(element);
    return undefined;
  }

  // Text nodes often share a parent: its block is looked up once.
  let lastParent: Node | null = null;
  let lastParentBlock: Node | undefined;
  const blockOfText = (node: Text): Node => {
    const parent = node.parentNode;
    if (parent !== lastParent || lastParentBlock === undefined) {
      lastParent = parent;
      lastParentBlock = blockOf(node);
    }
    return lastParentBlock;
  };

  // The run being read; kept across calls so a pause can fall in the middle of one.
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let block: Node | undefined;
  let ended = false;
  let finished = false;
  // A long text node being read slice by slice, and where the next slice starts.
  let sliced: { node: Text; block: Node; data: string; from: number } | undefined;
  // A block read whole, due once the run before it has been returned.
  let wholeBlock: TextChunk | undefined;

  function nextSlice(): TextChunk {
    const current = sliced!;
    const { data, from } = current;
    const to = from + SLICE_CHARS >= data.length ? data.length : sliceEnd(data, from + SLICE_CHARS);
    if (to >= data.length) {
      sliced = undefined;
      boundary = true;
    } else current.from = to;
    return { block: current.block, nodes: [current.node], starts: [-from], text: data.slice(from, to), walk, step: step++ };
  }

  const take = (node: Text, data: string) => {
    starts.push(text.length);
    nodes.push(node);
    text += data;
    boundary = false;
  };

  function endRun(): TextChunk | undefined {
    const chunk = block === undefined ? undefined : { block, nodes, starts, text, walk, step: step++ };
    nodes = [];
    starts = [];
    text = '';
    block = undefined;
    return chunk;
  }

  /** The next run, or undefined with `ended` false when out of time. */
  function nextRun(hasTime: () => boolean): TextChunk | undefined {
    if (sliced) return nextSlice();
    if (wholeBlock) {
      const chunk = wholeBlock;
      wholeBlock = undefined;
      return chunk;
    }
    for (;;) {
      if (--untilTimeCheck <= 0) {
        untilTimeCheck = NODES_BETWEEN_TIME_CHECKS;
        if (!hasTime()) return undefined;
      }
      const node = ended ? null : (startWith ?? walker.nextNode());
      startWith = undefined;
      if (!node) {
        ended = true;
        return endRun();
      }
      if (node.nodeType !== TEXT_NODE) {
        // Where the walk ends is checked on text only (and on blocks read whole):
        // compareDocumentPosition costs the depth of the tree, and on every element of a
        // deep page that was quadratic.
        const whole = visitElement(node as Element);
        if (ended) return endRun();
        if (!whole) continue;
        if (block === undefined) return whole;
        wholeBlock = whole;
        return endRun();
      }
      const textNode = node as Text;
      if (options.isDone?.(textNode)) {
        boundary = true;
        continue;
      }
      if (pastEnd(textNode)) {
        ended = true;
        return endRun();
      }
      const nodeBlock = blockOfText(textNode);
      const data = textNode.data;
      if (data.length > SLICE_CHARS) {
        sliced = { node: textNode, block: nodeBlock, data, from: 0 };
        return block !== undefined ? endRun() : nextSlice();
      }
      const startsRun = block === undefined || boundary || nodeBlock !== block || isFull(nodes, text, data);
      // Blank text cannot start a run: the line breaks between blocks, half the text nodes
      // of a typical page, would each become a chunk only to be dropped.
      if (startsRun && !NON_BLANK.test(data)) continue;
      if (block !== undefined && startsRun) {
        const chunk = endRun();
        block = nodeBlock;
        take(textNode, data);
        return chunk;
      }
      block = nodeBlock;
      take(textNode, data);
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

/** Every chunk under `root`, for callers that do not need to pause. */
export function collectChunks(root: Node, options: ChunkWalkerOptions = {}): TextChunk[] {
  const walker = createChunkWalker(root, options);
  const chunks: TextChunk[] = [];
  for (let chunk = walker.next(); chunk; chunk = walker.next()) chunks.push(chunk);
  return chunks;
}
