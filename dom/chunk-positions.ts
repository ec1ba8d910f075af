import type { TextChunk } from './text-chunks';

export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * Where chunk offset `offset` falls in the DOM. A start position belongs to the node the
 * character after it is in; an end position to the node the character before it is in,
 * so a mention that ends where a `<b>` begins does not reach into the `<b>`.
 */
export function positionInChunk(chunk: TextChunk, offset: number, side: 'start' | 'end'): TextPosition {
  const { nodes, starts } = chunk;
  let low = 0;
  let high = nodes.length - 1;
  // The last node starting before (end) or at (start) the offset.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const begins = starts[middle]!;
    if (side === 'start' ? begins <= offset : begins < offset) low = middle;
    else high = middle - 1;
  }
  let index = low;
  if (side === 'start') {
    // Skip empty nodes and the exact end of a node: the text starts in a later one.
    while (index < nodes.length - 1 && offset - starts[index]! >= nodes[index]!.length) index++;
  }
  const node = nodes[index]!;
  return { node, offset: Math.max(0, Math.min(node.length, offset - starts[index]!)) };
}

/** Offset in the chunk of a DOM position inside one of its nodes, or -1. */
export function chunkOffsetOf(chunk: TextChunk, nodeIndex: number, offset: number): number {
  const node = chunk.nodes[nodeIndex];
  if (!node) return -1;
  return chunk.starts[nodeIndex]! + Math.max(0, Math.min(node.length, offset));
}

/**
 * A static range over chunk text [start, end). Static ranges cost nothing when the page
 * changes later (live ranges are updated on every mutation); the mutation handling
 * drops the ones whose text changed. Both builds' minimum versions (Chrome 128, Firefox
 * 140) have the StaticRange constructor; the unit tests' DOM gets one in tests/setup.
 */
export function staticRangeFor(chunk: TextChunk, start: number, end: number): AbstractRange {
  const from = positionInChunk(chunk, start, 'start');
  const to = positionInChunk(chunk, end, 'end');
  return new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}
