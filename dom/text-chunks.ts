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
  /** Begin inside this node (a descendant of the root) instead of at the root. */
  startAt?: Node;
  /** Stop once the walk has left this node (the end of a span). */
  stopAfter?: Node;
}

/** Yields chunks in document order, one per call, so work can pause between chunks. */
export interface ChunkWalker {
  next(): TextChunk | undefined;
}

const NON_BLANK = /\S/;

export function createChunkWalker(root: Node, options: ChunkWalkerOptions = {}): ChunkWalker {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return { next: () => undefined };
  // Set by the filter whenever the walk crosses something that ends a line of text.
  let boundary = false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (options.isDone?.(node as Text)) {
          boundary = true;
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
      const element = node as Element;
      if (isSkippedElement(element, options)) {
        boundary = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (isInlineElement(element)) {
        reportShadowRoot(element);
        return NodeFilter.FILTER_SKIP;
      }
      boundary = true;
      if (options.ownBlockOnly) return NodeFilter.FILTER_REJECT;
      reportShadowRoot(element);
      return NodeFilter.FILTER_SKIP;
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

  // The first text node of the next chunk, read while finding the end of the current one.
  let carried: Text | undefined;
  let ended = false;

  function nextRun(): TextChunk | undefined {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    let block: Node | undefined;
    const take = (node: Text) => {
      starts.push(text.length);
      nodes.push(node);
      text += node.data;
    };
    if (carried) {
      block = blockOf(carried);
      take(carried);
      carried = undefined;
    }
    for (;;) {
      boundary = false;
      const node = ended ? null : (walker.nextNode() as Text | null);
      if (!node) break;
      if (pastEnd(node)) {
        ended = true;
        break;
      }
      const nodeBlock = blockOf(node);
      if (block !== undefined && (boundary || nodeBlock !== block)) {
        carried = node;
        break;
      }
      block = nodeBlock;
      take(node);
    }
    return block === undefined ? undefined : { block, nodes, starts, text };
  }

  return {
    next() {
      for (;;) {
        const chunk = nextRun();
        if (!chunk || NON_BLANK.test(chunk.text)) return chunk;
      }
    },
  };
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
