// @vitest-environment happy-dom
/**
 * A plain block read in one look (WholeBlockChunk) keeps its text nodes unlisted until a
 * mention in it is drawn, hovered or stepped to: the registry finds it by its block, and
 * its mentions' ranges are made when first asked for. Listing every such block's nodes as it
 * was read was a sixth of the content script's time on a 5 MB page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectorSourceFor } from '@/core/detect/page-detector';
import { ChunkRegistry, type PlacedMention } from '@/dom/chunk-registry';
import { collectChunks, createChunkWalker } from '@/dom/chunk-walker';
import type { MentionPainter } from '@/dom/mention-painter';
import { dirtyRegionOf } from '@/dom/reader/mutation-batcher';
import { createMentionIntake } from '@/dom/reader/mention-intake';
import { type TextChunk, WholeBlockChunk } from '@/dom/text-chunks';

let walkers: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  walkers = vi.spyOn(document, 'createTreeWalker');
});
afterEach(() => {
  walkers.mockRestore();
});

/** A paragraph with its text split over a few inline elements, read whole as the reader does. */
function plainBlock(html: string): { block: HTMLElement; chunk: WholeBlockChunk } {
  document.body.innerHTML = html;
  const block = document.body.firstElementChild as HTMLElement;
  return { block, chunk: new WholeBlockChunk(block, block.textContent!, 1, 0) };
}

function recordingPainter(): MentionPainter & { added: PlacedMention[] } {
  const added: PlacedMention[] = [];
  return {
    added,
    add: (mention) => void added.push(mention),
    remove: () => {},
    setLook: () => {},
    styleShadowRoot: () => {},
    flush: () => {},
    clear: () => {},
    stop: () => {},
  };
}

describe('a plain block read whole', () => {
  it('is indexed by its block, found from any of its text nodes, without listing them first', () => {
    const { block, chunk } = plainBlock('<p>Peace in <b>Nagorno-Karabakh</b> came <i>late</i>.</p>');
    const registry = new ChunkRegistry();
    registry.add(chunk);
    expect(walkers).not.toHaveBeenCalled();
    const inner = block.querySelector('b')!.firstChild as Text;
    expect(registry.chunksAt(inner)).toEqual([chunk]);
    expect(registry.wholeChunkOf(block)).toBe(chunk);
    // A hover look-up lists the nodes then, and finds the mention by offset.
    const start = chunk.text.indexOf('Nagorno');
    registry.setMentions(chunk, [
      {
        id: 1,
        entity: 'karabakh',
        text: 'Nagorno-Karabakh',
        range: new StaticRange({ startContainer: inner, startOffset: 0, endContainer: inner, endOffset: 16 }),
        chunk,
        start,
        end: start + 16,
      },
    ]);
    expect(registry.at(inner, 3)?.text).toBe('Nagorno-Karabakh');
    expect(registry.remove(chunk).map((m) => m.text)).toEqual(['Nagorno-Karabakh']);
    expect(registry.chunksAt(inner)).toEqual([]);
  });

  it('keeps document order beside chunks read node by node', () => {
    document.body.innerHTML = '<div>first <span>one</span></div><p id="plain">second</p><div>third <span>one</span></div>';
    const walked = collectChunks(document.body).filter((chunk) => chunk.block !== document.getElementById('plain'));
    const block = document.getElementById('plain')!;
    const whole = new WholeBlockChunk(block, block.textContent!, 9, 0);
    const registry = new ChunkRegistry();
    for (const chunk of [walked[1]!, whole, walked[0]!] as TextChunk[]) {
      registry.add(chunk);
      registry.setMentions(chunk, [
        {
          id: chunk.text.length,
          entity: 'karabakh',
          text: chunk.text,
          range: new StaticRange({ startContainer: block, startOffset: 0, endContainer: block, endOffset: 0 }),
          chunk,
          start: 0,
          end: 1,
        },
      ]);
    }
    expect(registry.ordered().map((m) => m.text)).toEqual(['first one', 'second', 'third one']);
  });

  it("makes its mentions' ranges when first asked for, then the same range each time", () => {
    const { block, chunk } = plainBlock('<p>Peace in <b>Nagorno-Karabakh</b> came late.</p>');
    const registry = new ChunkRegistry();
    const painter = recordingPainter();
    const intake = createMentionIntake({ detectors: detectorSourceFor<TextChunk>(), registry, painter, onDetectorSettled: () => {} });
    intake.add(chunk);
    expect(painter.added.map((m) => m.text)).toEqual(['Nagorno-Karabakh']);
    expect(walkers).not.toHaveBeenCalled();
    const { range } = painter.added[0]!;
    expect(walkers).toHaveBeenCalledTimes(1);
    expect(range.startContainer).toBe(block.querySelector('b')!.firstChild);
    expect([range.startOffset, range.endOffset]).toEqual([0, 16]);
    expect(painter.added[0]!.range).toBe(range);
  });
});

// A viewport read starts at its first block. That block is visited itself, so one the
// registry holds whole is passed over, not read again node by node (which drew its mentions
// twice: its nodes are not indexed one by one).
describe('a walk that starts at a block', () => {
  it('asks about the block itself before reading inside it', () => {
    document.body.innerHTML = '<h1 id="first">Peacekeepers leave Karabakh</h1><p>Then Nagorno-Karabakh.</p>';
    const first = document.getElementById('first')!;
    const looked: Element[] = [];
    const walker = createChunkWalker(document.body, {
      startAt: first,
      lookAtBlock: (element) => {
        looked.push(element);
        return element === first ? 'skip' : undefined;
      },
    });
    const texts: string[] = [];
    for (let chunk = walker.next(() => true); chunk; chunk = walker.next(() => true)) texts.push(chunk.text);
    expect(looked[0]).toBe(first);
    expect(texts).toEqual(['Then Nagorno-Karabakh.']);
  });
});

// Its text counted every text node, blank ones too, and it is not indexed by them: taking
// one out has the block read again, or the offsets of its mentions would drift.
describe('a text node taken out of a block', () => {
  it('has its block read again, even a blank one', () => {
    document.body.innerHTML = '<p id="p">\n  <b>Nagorno-Karabakh</b></p>';
    const block = document.getElementById('p')!;
    const blank = block.firstChild!;
    const record = {
      type: 'childList',
      target: block,
      removedNodes: [blank],
      addedNodes: [],
      previousSibling: null,
      nextSibling: block.querySelector('b'),
    };
    block.removeChild(blank);
    const region = dirtyRegionOf([record as unknown as MutationRecord]);
    expect([...region.blocks]).toEqual([block]);
  });
});
