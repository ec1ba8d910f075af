import { ELEMENT_NODE, SHOW_TEXT } from './node-types';
import { isInlineElement } from './element-kinds';

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

/** True for a plain block's chunk read in one look at its text (lookAtBlock), not node by node. */
export function isReadWhole(chunk: TextChunk): boolean {
  return chunk instanceof WholeBlockChunk;
}

/** Where a chunk begins, for ordering chunks, without listing the nodes of a block read whole. */
export function chunkStart(chunk: TextChunk): Node {
  return chunk instanceof WholeBlockChunk ? chunk.block : chunk.nodes[0]!;
}

/** The last node a chunk covers, without listing the nodes of a block read whole. */
export function chunkEnd(chunk: TextChunk): Node {
  return chunk instanceof WholeBlockChunk ? chunk.block : chunk.nodes[chunk.nodes.length - 1]!;
}

/**
 * A plain block's chunk, read in one look at its text (plain-blocks.ts). Its text nodes
 * are listed only when asked for: most such chunks hold nothing and are dropped, and
 * listing them is the per-node work the look saved. Those that hold mentions are indexed
 * by their block, not by node (chunk-registry.ts), and their mentions' ranges are made
 * when first drawn or hovered (mention-intake.ts): on a 5 MB page, listing every such
 * block's nodes as it was read was a sixth of our script time.
 */
export class WholeBlockChunk implements TextChunk {
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
    const walker = this.block.ownerDocument.createTreeWalker(this.block, SHOW_TEXT);
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

/** The nearest ancestor of a text node that is not inline: what a chunk belongs to. */
export function blockOf(node: Node): Node {
  let current = node.parentNode;
  while (current && current.nodeType === ELEMENT_NODE && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}
