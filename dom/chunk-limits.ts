/**
 * Where runs of text and long text nodes are cut into chunks (chunk-walker.ts): small
 * enough that one chunk is a bounded unit of work, at places where no name is cut in two.
 */

/**
 * A run of inline text longer than this is cut into several chunks, so one chunk is a
 * bounded unit of work (a page can hold 200,000 inline spans in one block: a single
 * chunk of it would be read and matched in one multi-second task). The cut falls
 * between text nodes at whitespace where possible, where no name is cut in two.
 */
export const SOFT_LIMIT = { nodes: 256, chars: 8192 };
const HARD_LIMIT = { nodes: 1024, chars: 32768 };
/**
 * A single text node longer than this (a page can hold 2 MB in one) is read as several
 * chunks, each a slice of it, cut after a sentence or line where possible: matching it
 * whole was one task of 70–100 ms. Such a chunk has one node and a negative start.
 */
export const SLICE_CHARS = 16_384;
/** How far back from the slice length a cut looks for a sentence end, a line break or a space. */
const SLICE_CUT_WINDOW = 2048;
const ENDS_BLANK = /\s$/;
const STARTS_BLANK = /^\s/;

/** Where a slice of a long text ending near `near` should end: after a sentence, a line or a word. */
export function sliceEnd(data: string, near: number): number {
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
export function isFull(nodes: readonly Text[], text: string, next: string): boolean {
  if (nodes.length < SOFT_LIMIT.nodes && text.length < SOFT_LIMIT.chars) return false;
  if (nodes.length >= HARD_LIMIT.nodes || text.length >= HARD_LIMIT.chars) return true;
  return ENDS_BLANK.test(text) || STARTS_BLANK.test(next);
}
