// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { positionInChunk, staticRangeFor } from '../../dom/chunk-positions';
import { isOwnUi, markOwnUi } from '../../dom/own-ui';
import { plainBlockReader } from '../../dom/reader/plain-blocks';
import { collectChunks, createChunkWalker } from '../../dom/chunk-walker';
import { chunkEnd, type TextChunk } from '../../dom/text-chunks';

function chunksOf(html: string): TextChunk[] {
  document.body.innerHTML = html;
  return collectChunks(document.body, { isOwnUi });
}

const texts = (html: string) => chunksOf(html).map((chunk) => chunk.text);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('chunking', () => {
  it.each([
    ['inline elements join one chunk', '<p>Nagorno-<b>Karabakh</b> today</p>', ['Nagorno-Karabakh today']],
    ['a link inside a name', '<p>the <a href="#">trilateral <em>statement</em></a> of 2020</p>', ['the trilateral statement of 2020']],
    ['blocks split chunks', '<div><p>Nagorno</p><p>Karabakh</p></div>', ['Nagorno', 'Karabakh']],
    ['text around a nested block', '<div>before <p>inside</p> after</div>', ['before ', 'inside', ' after']],
    ['a line break splits', '<p>Nagorno<br>Karabakh</p>', ['Nagorno', 'Karabakh']],
    ['list items', '<ul><li>one</li><li>two</li></ul>', ['one', 'two']],
    ['blank runs are dropped', '<div>\n  <p>x</p>\n  </div>', ['x']],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it.each([
    ['script', '<script>var Karabakh = 1</script>'],
    ['style', '<style>.Karabakh{}</style>'],
    ['noscript', '<noscript>Karabakh</noscript>'],
    ['template', '<template><p>Karabakh</p></template>'],
    ['textarea', '<textarea>Karabakh</textarea>'],
    ['select and option', '<select><option>Karabakh</option></select>'],
    ['contenteditable region', '<div contenteditable="true"><p>Karabakh</p></div>'],
    ['contenteditable without value', '<div contenteditable><b>Karabakh</b></div>'],
  ])('skips %s', (_name, html) => {
    expect(texts(`<p>kept</p>${html}`)).toEqual(['kept']);
  });

  it('reads contenteditable="false" islands normally', () => {
    expect(texts('<div contenteditable="false">Karabakh</div>')).toEqual(['Karabakh']);
  });

  it('skips our own UI', () => {
    document.body.innerHTML = '<p>page</p><div id="card"><p>card text</p></div>';
    markOwnUi(document.getElementById('card')!);
    expect(collectChunks(document.body, { isOwnUi }).map((c) => c.text)).toEqual(['page']);
  });

  it('reports open shadow roots instead of reading into them', () => {
    document.body.innerHTML = '<p>light</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>shadow Karabakh</p>';
    const found: ShadowRoot[] = [];
    const chunks = collectChunks(document.body, { onShadowRoot: (r) => found.push(r) });
    expect(chunks.map((c) => c.text)).toEqual(['light']);
    expect(new Set(found)).toEqual(new Set([root]));
    expect(collectChunks(root).map((c) => c.text)).toEqual(['shadow Karabakh']);
  });

  it('ownBlockOnly reads a block’s own inline text and leaves nested blocks', () => {
    document.body.innerHTML = '<div id="d">a <b>b</b><p>nested</p> c</div>';
    const div = document.getElementById('d')!;
    expect(collectChunks(div, { ownBlockOnly: true }).map((c) => c.text)).toEqual(['a b', ' c']);
  });

  it('passes over text already done, as a boundary', () => {
    document.body.innerHTML = '<p>one <b>two</b> three</p>';
    const two = document.querySelector('b')!.firstChild as Text;
    expect(collectChunks(document.body, { isDone: (t) => t === two }).map((c) => c.text)).toEqual(['one ', ' three']);
  });

  it('passes over blocks the caller can skip, whole, and reports no shadow root inside them', () => {
    document.body.innerHTML = '<div><p id="skip">gone <b>too</b><span id="host"></span></p><p>kept</p></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>inside</p>';
    const reported: ShadowRoot[] = [];
    const chunks = collectChunks(document.body, {
      lookAtBlock: (element) => (element.id === 'skip' ? 'skip' : undefined),
      onShadowRoot: (root) => reported.push(root),
    });
    expect(chunks.map((c) => c.text)).toEqual(['kept']);
    expect(reported).toEqual([]);
  });

  it('pauses in a long stretch of skipped blocks and resumes after them', () => {
    document.body.innerHTML = `${'<p>skip</p>'.repeat(2000)}<p>last</p>`;
    let looks = 0;
    const walker = createChunkWalker(document.body, {
      lookAtBlock: (element) => {
        looks++;
        return element.textContent === 'skip' ? 'skip' : undefined;
      },
    });
    let checks = 0;
    // Out of time at the first check: the walk must stop there, not run through every block.
    expect(walker.next(() => checks++ < 0)).toBeUndefined();
    expect(walker.finished).toBe(false);
    expect(looks).toBeLessThan(2000);
    expect(walker.next()?.text).toBe('last');
    expect(looks).toBe(2001);
  });

  it('checks where a bounded walk ends on text only, not on every element of a deep tree', () => {
    // compareDocumentPosition costs the tree's depth: once per element of a 10,000-deep
    // page it stalled the viewport read (the e2e "10,000 levels of nesting" caught it).
    document.body.innerHTML = '<p id="first">top</p><div id="deep"></div><p id="after">after</p>';
    let parent = document.getElementById('deep')!;
    for (let i = 0; i < 500; i++) parent = parent.appendChild(document.createElement('div'));
    parent.textContent = 'bottom';
    // The last block on screen, deep inside: the walk passes its 500 ancestors on the way.
    const stopAfter = parent;
    let comparisons = 0;
    const compare = stopAfter.compareDocumentPosition.bind(stopAfter);
    stopAfter.compareDocumentPosition = (other: Node) => {
      comparisons++;
      return compare(other);
    };
    const chunks = collectChunks(document.body, { startAt: document.getElementById('first')!, stopAfter });
    expect(chunks.map((c) => c.text)).toEqual(['top', 'bottom']);
    expect(comparisons).toBeLessThanOrEqual(3);
  });

  it('records the block each chunk belongs to', () => {
    const [chunk] = chunksOf('<p id="p">x <i>y</i></p>');
    expect(chunk!.block).toBe(document.getElementById('p'));
  });
});

describe('blocks read whole (lookAtBlock gives their text)', () => {
  const wholeIfPlain = (element: Element) => {
    const text = plainBlockReader(document)(element);
    return text === undefined ? undefined : { wholeText: text };
  };

  it('gives the same chunks, in order, as reading node by node, with the runs around them', () => {
    const html =
      '<div>before <b>run</b><p>Nagorno-<b>Kara</b><a href="#">bakh</a> today</p>after<p>second <i>one</i></p>' +
      '<ul><li>item <em>a</em></li><li>item b<br>line</li></ul></div>';
    document.body.innerHTML = html;
    const walked = collectChunks(document.body);
    const looked = collectChunks(document.body, { lookAtBlock: wholeIfPlain });
    expect(looked.map((c) => c.text)).toEqual(walked.map((c) => c.text));
    expect(looked.map((c) => c.block)).toEqual(walked.map((c) => c.block));
    for (const [i, chunk] of looked.entries()) {
      expect(chunk.nodes).toEqual(walked[i]!.nodes);
      expect(chunk.starts).toEqual(walked[i]!.starts);
    }
  });

  it('lists a whole block’s text nodes only when asked, and maps offsets through them', () => {
    document.body.innerHTML = '<p id="p">Nagorno-<b>Karabakh</b><i></i> is here</p>';
    let listings = 0;
    const create = document.createTreeWalker.bind(document);
    document.createTreeWalker = ((...args: Parameters<Document['createTreeWalker']>) => {
      listings++;
      return create(...args);
    }) as never;
    try {
      const [chunk] = collectChunks(document.getElementById('p')!.parentNode!, { lookAtBlock: wholeIfPlain });
      const walksToRead = listings;
      expect(chunk!.text).toBe('Nagorno-Karabakh is here');
      expect(chunkEnd(chunk!)).toBe(document.getElementById('p'));
      expect(listings).toBe(walksToRead);
      const range = staticRangeFor(chunk!, 0, 16);
      expect(listings).toBe(walksToRead + 1);
      expect([range.startContainer.textContent, range.endContainer.textContent, range.endOffset]).toEqual(['Nagorno-', 'Karabakh', 8]);
    } finally {
      document.createTreeWalker = create;
    }
  });

  it('walks a block whose text is too long for one chunk, and passes over blank ones', () => {
    document.body.innerHTML = `<p id="long">${'<b>word</b> '.repeat(2000)}</p><p>   </p><p>end</p>`;
    const looks: string[] = [];
    const chunks = collectChunks(document.body, {
      lookAtBlock: (element) => {
        looks.push(element.id);
        return wholeIfPlain(element);
      },
    });
    expect(chunks.map((c) => c.text).join('')).toBe(`${'word '.repeat(2000)}end`);
    expect(chunks.length).toBeGreaterThan(2);
    expect(looks).toEqual(['long', '', '']);
  });

  it('ends a bounded walk at a block read whole past its end', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p><p id="c">three</p>';
    const chunks = collectChunks(document.body, { stopAfter: document.getElementById('b')!, lookAtBlock: wholeIfPlain });
    expect(chunks.map((c) => c.text)).toEqual(['one', 'two']);
  });
});

describe('very long runs of inline text', () => {
  it('are cut into bounded chunks between words, losing no text', () => {
    const spans = Array.from({ length: 5000 }, (_, i) => `<span>item ${i}</span>`).join(' ');
    const chunks = chunksOf(`<div>${spans}</div>`);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.nodes.length).toBeLessThanOrEqual(1024);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(document.body.textContent);
    // Every cut falls at whitespace: no "item 12" is split across two chunks.
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text).toMatch(/\s$/);
  });
});

describe('offset mapping', () => {
  const chunk = () => chunksOf('<p>Nagorno-<b>Karabakh</b><i></i> is here</p>')[0]!;

  it('maps chunk offsets back to text nodes', () => {
    const c = chunk();
    expect(c.text).toBe('Nagorno-Karabakh is here');
    expect(c.starts).toEqual([0, 8, 16]);
    const start = positionInChunk(c, 0, 'start');
    expect([start.node.data, start.offset]).toEqual(['Nagorno-', 0]);
    const end = positionInChunk(c, 16, 'end');
    expect([end.node.data, end.offset]).toEqual(['Karabakh', 8]);
  });

  it('a start at a node boundary belongs to the next node, an end to the previous', () => {
    const c = chunk();
    expect(positionInChunk(c, 8, 'start').node.data).toBe('Karabakh');
    expect(positionInChunk(c, 8, 'end').node.data).toBe('Nagorno-');
    expect(positionInChunk(c, 16, 'start').node.data).toBe(' is here');
  });

  it('builds a static range over a split mention', () => {
    const c = chunk();
    const range = staticRangeFor(c, 0, 16);
    expect(range.startContainer).toBe(c.nodes[0]);
    expect(range.endContainer).toBe(c.nodes[1]);
    expect(range.endOffset).toBe(8);
  });

  it('every offset maps inside the chunk (property)', () => {
    const c = chunk();
    for (let offset = 0; offset <= c.text.length; offset++) {
      for (const side of ['start', 'end'] as const) {
        const { node, offset: inNode } = positionInChunk(c, offset, side);
        const index = c.nodes.indexOf(node);
        expect(c.starts[index]! + inNode).toBe(offset);
      }
    }
  });
});

describe('reading a span', () => {
  it('starts inside startAt and stops after stopAfter', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two <b>2</b></p><p id="c">three</p><p id="d">four</p>';
    const chunks = collectChunks(document.body, {
      startAt: document.getElementById('b')!,
      stopAfter: document.getElementById('c')!,
    });
    expect(chunks.map((c) => c.text)).toEqual(['two 2', 'three']);
  });
});
