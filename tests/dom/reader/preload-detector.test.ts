// @vitest-environment happy-dom
/**
 * While the page is parsed, the text parsed so far is looked at for anything like our
 * names; the first that passes starts loading the detector, once. Scripts and styles do not
 * count, nothing is looked at once the page is parsed, and a page of other text never loads it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectorSourceFor, type DetectorSource } from '../../../core/detect/page-detector';
import { preloadDetectorWhileParsing } from '../../../dom/reader/preload-detector';

function countingSource() {
  const inline = detectorSourceFor<unknown>();
  const source: DetectorSource<unknown> & { requests: number } = {
    requests: 0,
    mayFindIn: inline.mayFindIn,
    create() {
      source.requests++;
      return Promise.resolve(inline.create());
    },
  };
  return source;
}

let readyState: DocumentReadyState = 'loading';

describe('loading the detector while the page is parsed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    readyState = 'loading';
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
    document.body.innerHTML = '<p>The weather was mild.</p>';
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(document, 'readyState');
  });

  it('starts loading as soon as parsed text may name one of ours, and only once', () => {
    const source = countingSource();
    preloadDetectorWhileParsing(document, source);
    expect(source.requests).toBe(0);
    // The parser goes on: a paragraph naming the region arrives.
    document.body.insertAdjacentHTML('beforeend', '<p>Peacekeepers left Nagorno-Karabakh.</p><p>More about Karabakh.</p>');
    vi.advanceTimersByTime(100);
    expect(source.requests).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(source.requests).toBe(1);
  });

  it('looks again at a text node the parser is still adding to (a long <pre> is one node)', () => {
    const source = countingSource();
    const pre = document.createElement('pre');
    const text = document.createTextNode('A log of the day.\nNothing much happened.\n');
    pre.append(text);
    document.body.append(pre);
    preloadDetectorWhileParsing(document, source);
    vi.advanceTimersByTime(100);
    expect(source.requests).toBe(0);
    // The parser appends the next part of the same node; a name cut where it paused is whole once it goes on.
    text.appendData('Then the convoy reached Kara');
    vi.advanceTimersByTime(100);
    text.appendData('bakh before noon.\n');
    vi.advanceTimersByTime(100);
    expect(source.requests).toBe(1);
  });

  it('passes over scripts and styles, and stops looking once the page is parsed', () => {
    const source = countingSource();
    document.body.insertAdjacentHTML('beforeend', '<script>var place = "Karabakh";</script><style>/* Karabakh */</style>');
    preloadDetectorWhileParsing(document, source);
    vi.advanceTimersByTime(100);
    expect(source.requests).toBe(0);
    readyState = 'interactive';
    document.body.insertAdjacentHTML('beforeend', '<p>Karabakh</p>');
    vi.advanceTimersByTime(1000);
    expect(source.requests).toBe(0);
  });

  it('gives up after the top of a long page of other text', () => {
    const source = countingSource();
    preloadDetectorWhileParsing(document, source);
    document.body.insertAdjacentHTML('beforeend', '<p>The market was busy and the trains ran on time.</p>'.repeat(2000));
    vi.advanceTimersByTime(100);
    document.body.insertAdjacentHTML('beforeend', '<p>Karabakh</p>');
    vi.advanceTimersByTime(1000);
    expect(source.requests).toBe(0);
  });

  it('a load that fails is left to the reader, unheard here', async () => {
    const failing: DetectorSource<unknown> = { mayFindIn: () => true, create: () => Promise.reject(new Error('no detector')) };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    preloadDetectorWhileParsing(document, failing);
    vi.useRealTimers();
    await new Promise((done) => setTimeout(done, 20));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
