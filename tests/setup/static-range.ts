/**
 * happy-dom has no StaticRange, which every browser the extension supports has (Chrome 128,
 * Firefox 140), and which dom/chunk-positions.ts uses for every mention: a minimal one, as
 * the DOM standard defines it (boundary points that do not follow later changes).
 */
if (typeof window !== 'undefined' && typeof (globalThis as { StaticRange?: unknown }).StaticRange !== 'function') {
  class StaticRangeShim implements AbstractRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  (globalThis as { StaticRange?: unknown }).StaticRange = StaticRangeShim;
}
