// @vitest-environment happy-dom
/**
 * The page highlighter when its detector has to be loaded first (the content script loads
 * page-detector.js on demand): text the prefilter passes over needs no detector; reading
 * pauses while one loads and loses nothing read meanwhile; a detector that cannot be had
 * leaves the page unhighlighted but read to the end.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_IDS, type EntityId } from '../../../core/entities';
import { findMentions } from '../../../core/detect/matcher';
import { createPageDetector, detectorSourceFor, type DetectorSource, type PageDetector } from '../../../core/detect/page-detector';
import { startPageHighlighter, type PageHighlighter } from '../../../dom/reader/page-highlighter';
import type { TextChunk } from '../../../dom/text-chunks';
import { createWrappingPainter } from '../../../dom/wrapping-painter';

const allOn = Object.fromEntries(ENTITY_IDS.map((id) => [id, true])) as Record<EntityId, boolean>;
const look = { entities: allOn, style: 'background' as const };
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

const NAMED = [
  'Russian peacekeepers began leaving Nagorno-Karabakh in April 2024.',
  'The Russian Military Contingent had been deployed under the trilateral statement of 10 November 2020.',
];
const PLAIN = 'The weather was mild and the market was busy.';

/** A source whose detector arrives when the test says so (or fails), counting the requests. */
function deferredSource() {
  const inline = detectorSourceFor<TextChunk>();
  const pending: Array<{ resolve: (d: PageDetector<TextChunk>) => void; reject: (e: Error) => void }> = [];
  const source: DetectorSource<TextChunk> & { requests: number } = {
    requests: 0,
    mayFindIn: inline.mayFindIn,
    create() {
      source.requests++;
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
  };
  return {
    source,
    arrive: () => pending.shift()!.resolve(createPageDetector<TextChunk>()),
    fail: () => pending.shift()!.reject(new Error('no detector for you')),
    waiting: () => pending.length,
  };
}

describe('the page highlighter with a detector loaded on demand', () => {
  let highlighter: PageHighlighter | undefined;
  afterEach(() => highlighter?.stop());

  function start(detectors: DetectorSource<TextChunk>) {
    const painter = createWrappingPainter(document);
    highlighter = startPageHighlighter({ document, detectors, painter });
    highlighter.update(true, look);
    return { highlighter, painter, wrapped: () => [...document.querySelectorAll(painter.tagName)].map((w) => w.textContent) };
  }

  async function until(check: () => boolean, what: string) {
    for (let i = 0; i < 300 && !check(); i++) await wait(10);
    expect(check(), what).toBe(true);
  }

  /** Complete, and the fallback painter's own edits read again (as the wrapping painter's tests wait). */
  async function settled(highlighter: PageHighlighter, what: string) {
    await until(() => highlighter.complete, what);
    await wait(100);
  }

  it('a page with nothing the prefilter lets through is read to the end without asking for a detector', async () => {
    document.body.innerHTML = Array.from({ length: 30 }, () => `<p>${PLAIN} <b>Nothing</b> here.</p>`).join('');
    const { source } = deferredSource();
    const { highlighter } = start(source);
    await until(() => highlighter.complete, 'the read to complete');
    expect(source.requests).toBe(0);
    expect(highlighter.index.counts()).toEqual({ karabakh: 0, rmc: 0, 'trilateral-statement': 0 });
  });

  it('reading waits for the detector, then draws every mention, the ones read before it came included', async () => {
    document.body.innerHTML = [PLAIN, ...NAMED, PLAIN].map((p) => `<p>${p}</p>`).join('');
    const deferred = deferredSource();
    const { highlighter, wrapped } = start(deferred.source);
    await until(() => deferred.waiting() === 1, 'a detector to be asked for');
    await wait(100);
    expect(highlighter.complete, 'complete while the detector is still loading').toBe(false);
    expect(wrapped()).toEqual([]);
    deferred.arrive();
    await settled(highlighter, 'the read to complete');
    expect(wrapped()).toEqual(NAMED.flatMap((p) => findMentions(p).map((m) => m.text)));
    expect(deferred.source.requests).toBe(1);
  });

  it('text removed while the detector loads leaves no mention behind', async () => {
    document.body.innerHTML = NAMED.map((p, i) => `<p id="p${i}">${p}</p>`).join('');
    const deferred = deferredSource();
    const { highlighter, wrapped } = start(deferred.source);
    await until(() => deferred.waiting() === 1, 'a detector to be asked for');
    document.getElementById('p0')!.remove();
    await wait(50);
    deferred.arrive();
    await settled(highlighter, 'the read to complete');
    expect(wrapped()).toEqual(findMentions(NAMED[1]!).map((m) => m.text));
    expect(highlighter.index.ordered().map((m) => m.text)).toEqual(wrapped());
  });

  it('a detector that cannot be loaded leaves the page as it was, read to the end; a rescan asks again', async () => {
    document.body.innerHTML = NAMED.map((p) => `<p>${p}</p>`).join('');
    const original = document.body.innerHTML;
    const deferred = deferredSource();
    const { highlighter, wrapped } = start(deferred.source);
    await until(() => deferred.waiting() === 1, 'a detector to be asked for');
    deferred.fail();
    await until(() => highlighter.complete, 'the read to complete');
    expect(document.body.innerHTML).toBe(original);
    expect(highlighter.index.ordered()).toEqual([]);

    highlighter.rescan();
    await until(() => deferred.waiting() === 1, 'a detector to be asked for again');
    deferred.arrive();
    await until(() => wrapped().length > 0, 'a mention drawn');
    await settled(highlighter, 'the second read to complete');
    expect(wrapped()).toEqual(NAMED.flatMap((p) => findMentions(p).map((m) => m.text)));
  });

  it('a rescan while the detector loads reads the new page with a detector of its own', async () => {
    document.body.innerHTML = `<p>${NAMED[0]}</p>`;
    const deferred = deferredSource();
    const { highlighter, wrapped } = start(deferred.source);
    await until(() => deferred.waiting() === 1, 'a detector to be asked for');
    document.body.innerHTML = `<p>${NAMED[1]}</p>`;
    highlighter.rescan();
    deferred.arrive();
    await until(() => deferred.waiting() === 1, 'a fresh detector for the new page');
    deferred.arrive();
    await until(() => wrapped().length > 0, 'a mention drawn');
    await settled(highlighter, 'the new page to be read');
    expect(wrapped()).toEqual(findMentions(NAMED[1]!).map((m) => m.text));
  });

  it('with the detector at hand, the top of the page is read at once, in the task that switches reading on', () => {
    // A page parsed: the reader's first slice runs before the browser's first frame of it.
    document.body.innerHTML = [...NAMED, ...Array.from({ length: 3000 }, () => PLAIN), ...NAMED].map((p) => `<p>${p}</p>`).join('');
    // The slice lasts a few ms of the clock. A real clock made this test depend on the
    // machine (a loaded one could spend the slice before the first paragraph); this one
    // moves 10 µs at each look, so the slice is the same number of looks on any machine.
    let time = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (time += 0.01));
    try {
      const { highlighter } = start(detectorSourceFor<TextChunk>());
      const found = Object.values(highlighter.index.counts()).reduce((sum, n) => sum + n, 0);
      // Some of the first paragraphs' mentions (a slice is a few ms), not the whole page: the rest waits for idle time.
      expect(found).toBeGreaterThan(0);
      expect(highlighter.complete).toBe(false);
    } finally {
      clock.mockRestore();
    }
  });

  it('a first slice that fails is reported, and switching on still takes effect', () => {
    document.body.innerHTML = `<p>${NAMED[0]}</p>`;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    // The first slice reads for a few ms of the clock; a loaded machine (the unit suite runs
    // files in parallel) could spend them before the first read and never reach the
    // prefilter. Time stands still here, so the slice always gets to it.
    const clock = vi.spyOn(performance, 'now').mockReturnValue(performance.now());
    try {
      const failing: DetectorSource<TextChunk> = {
        mayFindIn: () => {
          throw new Error('prefilter bug');
        },
        create: () => createPageDetector<TextChunk>(),
      };
      const { highlighter } = start(failing);
      expect(errors.map(String)).toContain('Error: prefilter bug');
      // Switched on: switching off now clears and reports complete.
      highlighter.update(false, look);
      expect(highlighter.complete).toBe(true);
    } finally {
      clock.mockRestore();
      console.error = original;
    }
  });
});
