import { ELEMENT_NODE, TEXT_NODE } from '../node-types';
import { isInlineElement, isSkippedElement, type SkipOptions } from '../element-kinds';
import { blockOf } from '../text-chunks';

/** What a batch of page changes means for the chunks. */
export interface DirtyRegion {
  /** Nodes that left a tree: every chunk with text inside them is dropped. */
  removed: Node[];
  /** Blocks whose own inline text must be chunked again. */
  blocks: Set<Node>;
  /** New block subtrees to walk in full. */
  subtrees: Set<Node>;
}

export interface MutationBatcher {
  /** Watches this root too (the document, or an open shadow root: observers stop at shadow boundaries). */
  observe(root: Document | ShadowRoot): void;
  /** Everything that changed since the last call, merged; undefined when nothing did. */
  take(): DirtyRegion | undefined;
  /** Forgets pending changes (used after our own fallback wrapping touched the DOM). */
  discard(): void;
  stop(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * ONE MutationObserver for the page (and its shadow roots). Records are only stored on
 * arrival; the work happens when the caller's next time slice calls take(), so a burst
 * of changes costs one pass, in proportion to what changed.
 */
export function createMutationBatcher(onPending: () => void, options: SkipOptions = {}): MutationBatcher {
  let pending: MutationRecord[] = [];
  const roots = new Set<Node>();
  const observer = new MutationObserver((records) => {
    const wasEmpty = pending.length === 0;
    for (const record of records) pending.push(record);
    if (wasEmpty) onPending();
  });

  return {
    observe(root) {
      if (roots.has(root)) return;
      roots.add(root);
      observer.observe(root, OPTIONS);
    },
    take() {
      for (const record of observer.takeRecords()) pending.push(record);
      if (pending.length === 0) return undefined;
      const records = pending;
      pending = [];
      return dirtyRegionOf(records, options);
    },
    discard() {
      observer.takeRecords();
      pending = [];
    },
    stop() {
      observer.disconnect();
      pending = [];
      roots.clear();
    },
  };
}

/** Turns mutation records into the chunks to drop and the places to read again. */
export function dirtyRegionOf(records: readonly MutationRecord[], options: SkipOptions = {}): DirtyRegion {
  const region: DirtyRegion = { removed: [], blocks: new Set(), subtrees: new Set() };
  for (const record of records) {
    if (record.type === 'characterData') {
      region.blocks.add(blockOf(record.target));
      continue;
    }
    if (record.type !== 'childList') continue;
    const parentBlock = ownBlockOf(record.target);
    for (const node of record.removedNodes) {
      region.removed.push(node);
      // Inline content left a run of text: the run around it is read again. So does any
      // text node, even blank text between blocks (a feed's line breaks): a plain block read
      // whole counted it in its text (text-chunks.ts), and its chunk is found by block, not
      // by that node. Reading a block's own inline text again is cheap.
      if (node.nodeType === TEXT_NODE || isInlineText(node) || touchesInlineText(record)) region.blocks.add(parentBlock);
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === TEXT_NODE) {
        if (isInlineText(node) || hasInlineNeighbour(node as Text)) region.blocks.add(parentBlock);
      } else if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        if (isSkippedElement(element, options)) continue;
        if (isInlineElement(element)) {
          region.blocks.add(parentBlock);
          for (const nested of nestedBlocks(element, options)) region.subtrees.add(nested);
        } else {
          region.subtrees.add(element);
          // A block dropped between two pieces of inline text splits their run.
          if (hasInlineNeighbour(element)) region.blocks.add(parentBlock);
        }
      }
    }
  }
  return region;
}

/** The block whose own inline content includes `node`'s children. */
function ownBlockOf(node: Node): Node {
  if (node.nodeType === ELEMENT_NODE && !isInlineElement(node as Element)) return node;
  if (node.nodeType !== ELEMENT_NODE) return node;
  return blockOf(node);
}

function isInlineText(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === TEXT_NODE) return /\S/.test((node as Text).data);
  return node.nodeType === ELEMENT_NODE && isInlineElement(node as Element);
}

function touchesInlineText(record: MutationRecord): boolean {
  return isInlineText(record.previousSibling) && isInlineText(record.nextSibling);
}

function hasInlineNeighbour(node: Node): boolean {
  return isInlineText(node.previousSibling) || isInlineText(node.nextSibling);
}

/** Block elements inside an inserted inline element (rare, but valid HTML allows `<a><div>`). */
function nestedBlocks(element: Element, options: SkipOptions): Element[] {
  if (element.childElementCount === 0) return [];
  const found: Element[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      const child = node as Element;
      if (isSkippedElement(child, options)) return NodeFilter.FILTER_REJECT;
      if (isInlineElement(child)) return NodeFilter.FILTER_SKIP;
      found.push(child);
      return NodeFilter.FILTER_REJECT;
    },
  });
  while (walker.nextNode()) {
    // The filter collects; nothing to do per node.
  }
  return found;
}
