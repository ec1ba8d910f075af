/**
 * Code that runs inside the benchmarked page (main world), shipped with Playwright's
 * `addInitScript` / `evaluate`. Each function must be self-contained: Playwright sends its
 * source text, so it may not use imports or module-level names.
 */

/** What the page-side probes record, read back with `page.evaluate(() => window.__kcBench)`. */
export interface BenchProbe {
  /** Durations (ms) of every `longtask` entry since navigation. */
  longTasks: number[];
  mutations: { records: number; addedNodes: number; removedNodes: number; attributes: number; characterData: number };
  /** Ranges registered in `CSS.highlights`, all names together, as last polled. */
  highlights: number;
  /** `performance.now()` when the count first became non-zero, and when it last changed. */
  firstHighlightAt: number | null;
  lastHighlightChangeAt: number | null;
  /** How many polls found a count different from the last one's (the first highlights included). */
  highlightChanges: number;
  /** Navigation timing, ms after navigation start (null until it happened): the page parsed (DOMContentLoaded), its load event, its first contentful paint. */
  parsedAt?: number | null;
  loadedAt?: number | null;
  firstPaintAt?: number | null;
}

declare global {
  interface Window {
    __kcBench?: BenchProbe;
  }
}

/** How often the page polls the highlight registry: cheap (one `size` read per highlight). */
export const HIGHLIGHT_POLL_MS = 50;

/**
 * Installed at document start in every variant (with and without the extension) so that
 * their cost is the same on both sides of the comparison: a buffered long-task observer,
 * a MutationObserver over the whole document, and a poll of the highlight registry.
 */
export function installProbes(pollMs: number): void {
  const probe: BenchProbe = {
    longTasks: [],
    mutations: { records: 0, addedNodes: 0, removedNodes: 0, attributes: 0, characterData: 0 },
    highlights: 0,
    firstHighlightAt: null,
    lastHighlightChangeAt: null,
    highlightChanges: 0,
  };
  window.__kcBench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without Long Tasks reports none; the table says "n/a" only if Chromium lacks it.
  }
  new MutationObserver((records) => {
    const counts = probe.mutations;
    counts.records += records.length;
    for (const record of records) {
      counts.addedNodes += record.addedNodes.length;
      counts.removedNodes += record.removedNodes.length;
      if (record.type === 'attributes') counts.attributes++;
      else if (record.type === 'characterData') counts.characterData++;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  setInterval(() => {
    let total = 0;
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    registry?.forEach((highlight) => {
      total += highlight.size;
    });
    if (total === probe.highlights) return;
    const now = performance.now();
    if (probe.firstHighlightAt === null && total > 0) probe.firstHighlightAt = now;
    probe.highlights = total;
    probe.lastHighlightChangeAt = now;
    probe.highlightChanges++;
  }, pollMs);
}

/** Resolves after two animation frames: style, layout and paint of what came before have run. */
export function afterTwoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * The floor: the least work that finds the names and draws them. One TreeWalker pass over
 * every text node, one combined case-insensitive regex, a `StaticRange` per match, one
 * `Highlight`. Names split across elements are missed; that is what makes it a floor. Its
 * `::highlight()` rules ship in the page's own stylesheet (as a manifest-declared
 * content-script stylesheet would), so registering the highlight restyles nothing:
 * `bench-floor` looks like the extension's highlights, `bench-floor-plain` is a plain
 * background (FLOOR_HIGHLIGHT_RULES in article-page.ts).
 */
export function runFloor({ names, highlight }: { names: string[]; highlight: 'bench-floor' | 'bench-floor-plain' }): number {
  const source = names
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const pattern = new RegExp(source, 'giu');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const ranges: StaticRange[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      ranges.push(
        new StaticRange({
          startContainer: node,
          startOffset: match.index,
          endContainer: node,
          endOffset: match.index + match[0].length,
        }),
      );
    }
  }
  CSS.highlights.set(highlight, new Highlight(...ranges));
  return ranges.length;
}

/** mark.js (already injected) marking the same names, each name as one term. */
export function runMarkJs(names: string[]): Promise<number> {
  return new Promise((resolve) => {
    const Mark = (window as unknown as { Mark: new (root: Element) => { mark(terms: string[], options: object): void } }).Mark;
    new Mark(document.body).mark(names, { separateWordSearch: false, done: resolve });
  });
}

/** Counts the text nodes under `<body>`: the scale a scanner faces. */
export function countTextNodes(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** Is the text under this viewport point inside any registered highlight? */
export function isOverHighlight(point: { x: number; y: number }): boolean {
  const caret = document.caretRangeFromPoint(point.x, point.y);
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!caret || !registry) return false;
  let over = false;
  registry.forEach((highlight) => {
    highlight.forEach((range) => {
      if (over) return;
      try {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        over = live.comparePoint(caret.startContainer, caret.startOffset) === 0 && !live.collapsed;
      } catch {
        // A range whose nodes left the document covers nothing.
      }
    });
  });
  return over;
}

/** Playwright ships these as source text: fail loudly if a transpiler made them depend on a helper. */
export function assertSelfContained(...fns: Array<(...args: never[]) => unknown>): void {
  for (const fn of fns) {
    if (/__name|__awaiter|_async/.test(fn.toString())) {
      throw new Error(`${fn.name} was compiled with a helper that does not exist in the page: ${fn.toString().slice(0, 120)}`);
    }
  }
}
