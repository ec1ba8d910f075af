// @vitest-environment happy-dom
/**
 * A tall block's mentions in document order (inOrder, dom/measured-band.ts), as the band's
 * bisection needs them. Mentions read by one walk are ordered by its steps, with no question
 * to the DOM: for two of a block's 200,000 children, Chromium's compareDocumentPosition walks
 * the list of siblings, and one band's sort of 200 mentions took 1.6 s on such a page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlacedMention } from '../../dom/chunk-registry';
import { inOrder, type MeasuredBand } from '../../dom/measured-band';
import type { TextChunk } from '../../dom/text-chunks';

/** A mention of one text node's first word, in a chunk of `walk` read at `step`. */
function mentionIn(node: Text, walk: number | undefined, step: number | undefined): PlacedMention {
  const chunk: TextChunk = { block: node.parentNode!, nodes: [node], starts: [0], text: node.data, walk, step };
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, Math.min(4, node.length));
  return { chunk, start: 0, end: 4, entity: 'karabakh', range } as unknown as PlacedMention;
}

function bandOf(mentions: PlacedMention[]): MeasuredBand {
  return { mentions, sorted: false, boxes: new Map() };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('a tall block’s mentions in document order', () => {
  it('orders the mentions one walk read by its steps, without asking the DOM', () => {
    document.body.innerHTML = `<div>${Array.from({ length: 50 }, (_, i) => `<span>item ${i}</span>`).join(' ')}</div>`;
    const texts = [...document.querySelectorAll('span')].map((span) => span.firstChild as Text);
    const mentions = texts.map((text, i) => mentionIn(text, 7, i));
    const shuffled = [...mentions].reverse();
    shuffled.push(shuffled.splice(10, 1)[0]!);
    const asked = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    expect(inOrder(bandOf(shuffled))).toEqual(mentions);
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks the DOM between walks, and for chunks made outside a walk', () => {
    document.body.innerHTML = '<div><span>one</span> <span>two</span> <span>three</span></div>';
    const [one, two, three] = [...document.querySelectorAll('span')].map((span) => span.firstChild as Text);
    const mentions = [mentionIn(one!, 1, 5), mentionIn(two!, 2, 0), mentionIn(three!, undefined, undefined)];
    const asked = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    expect(inOrder(bandOf([mentions[2]!, mentions[0]!, mentions[1]!]))).toEqual(mentions);
    expect(asked).toHaveBeenCalled();
  });
});
