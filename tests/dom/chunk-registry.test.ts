// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ChunkRegistry, type PlacedMention } from '../../dom/chunk-registry';
import { staticRangeFor } from '../../dom/chunk-positions';
import { collectChunks, createChunkWalker } from '../../dom/chunk-walker';
import type { TextChunk } from '../../dom/text-chunks';

let nextId = 1;
function mentionIn(chunk: TextChunk): PlacedMention {
  return {
    id: nextId++,
    entity: 'karabakh',
    text: chunk.text,
    range: staticRangeFor(chunk, 0, chunk.text.length),
    chunk,
    start: 0,
    end: chunk.text.length,
  };
}

describe('ChunkRegistry.ordered', () => {
  it('stays in document order as chunks are added out of order, between calls, and removed', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>p${i}</p>`).join('');
    const chunks = collectChunks(document.body);
    const registry = new ChunkRegistry();
    const add = (chunk: TextChunk) => {
      registry.add(chunk);
      registry.setMentions(chunk, [mentionIn(chunk)]);
    };
    // The viewport first (the end of the page), then the rest from the top.
    for (const chunk of chunks.slice(30)) add(chunk);
    expect(registry.ordered().map((m) => m.text)).toEqual(chunks.slice(30).map((c) => c.text));
    for (const chunk of chunks.slice(0, 30)) add(chunk);
    expect(registry.ordered().map((m) => m.text)).toEqual(chunks.map((c) => c.text));
    // A few new ones merged into a long list, and one removed.
    const extra = document.createElement('p');
    extra.textContent = 'inserted';
    document.body.insertBefore(extra, document.body.children[5]!);
    add(collectChunks(extra)[0]!);
    registry.remove(chunks[10]!);
    const expected = collectChunks(document.body)
      .map((c) => c.text)
      .filter((t) => t !== 'p10');
    expect(registry.ordered().map((m) => m.text)).toEqual(expected);
  });
});

describe('ChunkRegistry.ordered over several walks', () => {
  it('keeps document order when walks interleave, start mid-page, and chunks come from no walk', () => {
    document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<p>p${i} <b>bold</b> tail</p>`).join('');
    const all = collectChunks(document.body);
    const registry = new ChunkRegistry();
    const add = (chunk: TextChunk) => {
      registry.add(chunk);
      registry.setMentions(chunk, [mentionIn(chunk)]);
    };
    // A viewport walk from the middle, then the background walk from the top (skipping what
    // is read), and one chunk made by hand, shuffled before they reach the registry.
    const paragraphs = [...document.body.children];
    const viewport = collectChunks(document.body, { startAt: paragraphs[40]!, stopAfter: paragraphs[44]! });
    const viewportTexts = new Set(viewport.map((c) => c.text));
    const background = collectChunks(document.body).filter((c) => !viewportTexts.has(c.text) && c.text !== all[7]!.text);
    const byHand: TextChunk = { ...all[7]!, walk: undefined, step: undefined };
    const shuffled = [...background, ...viewport, byHand].sort((a, b) => ((a.text.length * 7919 + b.text.charCodeAt(2)) % 3) - 1);
    for (const chunk of shuffled) add(chunk);
    expect(registry.ordered().map((m) => m.text)).toEqual(all.map((c) => c.text));
  });

  it('orders the chunks of one walk without asking the DOM, and a short run with a few questions', () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>p${i}</p>`).join('');
    const registry = new ChunkRegistry();
    const chunks = collectChunks(document.body);
    for (const chunk of [...chunks].reverse()) {
      registry.add(chunk);
      registry.setMentions(chunk, [mentionIn(chunk)]);
    }
    let questions = 0;
    const compare = Node.prototype.compareDocumentPosition;
    Node.prototype.compareDocumentPosition = function (this: Node, other: Node) {
      questions++;
      return compare.call(this, other);
    };
    try {
      expect(registry.ordered()).toHaveLength(200);
      expect(questions).toBe(0);
      const inserted = document.createElement('p');
      inserted.textContent = 'new';
      document.body.insertBefore(inserted, document.body.children[100]!);
      const [chunk] = collectChunks(inserted);
      registry.add(chunk!);
      registry.setMentions(chunk!, [mentionIn(chunk!)]);
      expect(registry.ordered()[100]?.text).toBe('new');
      expect(questions).toBeLessThanOrEqual(10);
    } finally {
      Node.prototype.compareDocumentPosition = compare;
    }
  });
});

describe('ChunkWalker pauses', () => {
  it('over a long stretch of text already read, and resumes where it stopped', () => {
    document.body.innerHTML = `<div>${Array.from({ length: 3000 }, (_, i) => `<span>done ${i}</span>`).join('')}</div><p>fresh</p>`;
    const done = new Set(collectChunks(document.body.firstElementChild!).flatMap((c) => c.nodes));
    const walker = createChunkWalker(document.body, { isDone: (text) => done.has(text) });
    let pauses = 0;
    let chunk = walker.next(() => false);
    while (!chunk && !walker.finished) {
      pauses++;
      chunk = walker.next(() => false);
    }
    expect(pauses).toBeGreaterThan(5);
    expect(chunk?.text).toBe('fresh');
    expect(walker.next()).toBeUndefined();
    expect(walker.finished).toBe(true);
  });
});

describe('a long text node read in slices', () => {
  const sentence = 'The talks went on late into the night. ';
  const long = () => {
    document.body.innerHTML = `<p>before <b>${sentence.repeat(2000)}Karabakh at the end.</b> after</p>`;
    return document.querySelector('b')!.firstChild as Text;
  };

  it('is cut into bounded slices after sentences, losing no text, with ranges in the node', () => {
    const node = long();
    const chunks = collectChunks(document.body);
    const slices = chunks.filter((c) => c.nodes.length === 1 && c.nodes[0] === node);
    expect(chunks[0]!.text).toBe('before ');
    expect(chunks.at(-1)!.text).toBe(' after');
    expect(slices.length).toBeGreaterThan(3);
    expect(slices.map((c) => c.text).join('')).toBe(node.data);
    for (const slice of slices) {
      expect(slice.text.length).toBeLessThanOrEqual(16_384);
      if (slice !== slices.at(-1)) expect(slice.text.endsWith('night. ')).toBe(true);
    }
    const last = slices.at(-1)!;
    const at = last.text.indexOf('Karabakh');
    const range = staticRangeFor(last, at, at + 'Karabakh'.length);
    expect(range.startContainer).toBe(node);
    expect(node.data.slice(range.startOffset, range.endOffset)).toBe('Karabakh');
  });

  it('a 2 MB node: a hundred-odd slices, none longer than the longest, losing no text', () => {
    document.body.innerHTML = `<p>${sentence.repeat(52_000)}</p>`;
    const node = document.querySelector('p')!.firstChild as Text;
    const slices = collectChunks(document.body);
    expect(slices.length).toBeGreaterThan(100);
    for (const slice of slices) expect(slice.text.length).toBeGreaterThan(0);
    for (const slice of slices) expect(slice.text.length).toBeLessThanOrEqual(16_384);
    expect(slices.map((c) => c.text).join('')).toBe(node.data);
  });

  it('keeps every slice of the node, finds a mention by its offset in the node, and forgets slices one by one', () => {
    const node = long();
    const slices = collectChunks(document.body).filter((c) => c.nodes[0] === node);
    const registry = new ChunkRegistry();
    for (const slice of slices) registry.add(slice);
    const last = slices.at(-1)!;
    const at = last.text.indexOf('Karabakh');
    const mention: PlacedMention = {
      id: nextId++,
      entity: 'karabakh',
      text: 'Karabakh',
      range: staticRangeFor(last, at, at + 8),
      chunk: last,
      start: at,
      end: at + 8,
    };
    registry.setMentions(last, [mention]);
    expect(registry.chunksAt(node)).toHaveLength(slices.length);
    expect(registry.at(node, node.data.indexOf('Karabakh') + 2)).toBe(mention);
    expect(registry.at(node, 5)).toBeUndefined();
    registry.remove(slices[0]!);
    expect(registry.contains(slices[0]!)).toBe(false);
    expect(registry.contains(last)).toBe(true);
    expect(registry.at(node, node.data.indexOf('Karabakh'))).toBe(mention);
    for (const slice of slices) registry.remove(slice);
    expect(registry.chunksAt(node)).toEqual([]);
    expect(registry.has(node)).toBe(false);
  });
});
