import { ElementKind, elementKind, isInlineElement, type SkipOptions } from './element-kinds';

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
  /**
   * Which walk read the chunk, and when in it. A walk yields its chunks in document order,
   * so chunks of one walk are ordered by `step` alone, with no question to the DOM (see
   * ChunkRegistry.ordered). Absent on chunks made otherwise.
   */
  readonly walk?: number;
  readonly step?: number;
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
   * One cheap look at a whole block (see plain-blocks.ts) before visiting its nodes:
   * `'skip'` when it holds nothing worth reading (passed over), its whole text when that
   * is exactly its one chunk (which then needs no walk through its nodes), undefined to
   * read it node by node.
   */
  lookAtBlock?: (element: Element) => BlockLook;
  /** Begin inside this node (a descendant of the root) instead of at the root. */
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

/**
 * A run of inline text longer than this is cut into several chunks, so one chunk is a
 * bounded unit of work (a page can hold 200,000 inline spans in one block: a single
 * chunk of it would be read and matched in one multi-second task). The cut falls
 * between text nodes at whitespace where possible, where no name is cut in two.
 */
const SOFT_LIMIT = { nodes: 256, chars: 8192 };
const HARD_LIMIT = { nodes: 1024, chars: 32768 };
/**
 * A single text node longer than this (a page can hold 2 MB in one) is read as several
 * chunks, each a slice of it, cut after a sentence or line where possible: matching it
 * whole was one task of 70–100 ms. Such a chunk has one node and a negative start.
 */
const SLICE_CHARS = 16_384;
/** How far back from the slice length a cut looks for a sentence end, a line break or a space. */
const SLICE_CUT_WINDOW = 2048;
const ENDS_BLANK = /\s$/;
const STARTS_BLANK = /^\s/;

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
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (options.startAt) walker.currentNode = options.startAt;
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
    if (element.shadowRoot && options.onShadowRoot) options.onShadowRoot(element.shadowRoot);
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
    if (kind === ElementKind.Skipped) {
      boundary = true;
      stepOver(element);
      return undefined;
    }
    const mayHostShadow = (kind & ElementKind.MayHostShadow) !== 0;
    if (kind & ElementKind.Inline) {
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
      const node = ended ? null : walker.nextNode();
      if (!node) {
        ended = true;
        return endRun();
      }
      if (node.nodeType !== Node.TEXT_NODE) {
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

/** True for a plain block's chunk read in one look at its text (lookAtBlock), not node by node. */
export function isReadWhole(chunk: TextChunk): boolean {
  return chunk instanceof WholeBlockChunk;
}

/** The last node a chunk covers, without listing the nodes of a block read whole. */
export function chunkEnd(chunk: TextChunk): Node {
  return chunk instanceof WholeBlockChunk ? chunk.block : chunk.nodes[chunk.nodes.length - 1]!;
}

/**
 * A plain block's chunk, read in one look at its text (plain-blocks.ts). Its text nodes
 * are listed only when asked for: most such chunks hold nothing and are dropped, and
 * listing them is the per-node work the look saved.
 */
class WholeBlockChunk implements TextChunk {
  #nodes: Text[] | undefined;
  #starts: number[] | undefined;

  constructor(
    readonly block: Element,
    readonly text: string,
    readonly walk: number,
    readonly step: number,
  ) {}

  get nodes(): readonly Text[] {
    if (!this.#nodes) this.listNodes();
    return this.#nodes!;
  }

  get starts(): readonly number[] {
    if (!this.#starts) this.listNodes();
    return this.#starts!;
  }

  private listNodes(): void {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const walker = this.block.ownerDocument.createTreeWalker(this.block, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push(node);
      starts.push(at);
      at += node.length;
    }
    this.#nodes = nodes;
    this.#starts = starts;
  }
}

/** The last node inside `node` in document order (`node` itself when it has no children). */
function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** Where a slice of a long text ending near `near` should end: after a sentence, a line or a word. */
function sliceEnd(data: string, near: number): number {
  const from = near - SLICE_CUT_WINDOW;
  let space = -1;
  for (let i = near; i > from; i--) {
    const c = data.charCodeAt(i - 1);
    if (c === 10) return i;
    if (c === 32 || c === 9) {
      const before = data.charCodeAt(i - 2);
      if (before === 46 || before === 33 || before === 63) return i;
      if (space < 0) space = i;
    }
  }
  return space > 0 ? space : near;
}

/** True when a run should end before the text `next`: it is long, and the cut would not split a word (or it is far too long). */
function isFull(nodes: readonly Text[], text: string, next: string): boolean {
  if (nodes.length < SOFT_LIMIT.nodes && text.length < SOFT_LIMIT.chars) return false;
  if (nodes.length >= HARD_LIMIT.nodes || text.length >= HARD_LIMIT.chars) return true;
  return ENDS_BLANK.test(text) || STARTS_BLANK.test(next);
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
