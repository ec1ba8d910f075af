// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMutationBatcher, type MutationBatcher } from '../../../dom/reader/mutation-batcher';

let batcher: MutationBatcher;
let wakes = 0;

beforeEach(() => {
  document.body.innerHTML = '<section id="feed"><article><p>first</p></article>\n</section><p id="para">Nagorno <b>Karabakh</b></p>';
  wakes = 0;
  batcher = createMutationBatcher(() => wakes++);
  batcher.observe(document);
});
afterEach(() => batcher.stop());

const settle = () => new Promise((done) => setTimeout(done, 0));
const byId = (id: string) => document.getElementById(id)!;

describe('mutation batching', () => {
  it('a burst of changes wakes the caller once and arrives as one region', async () => {
    for (let i = 0; i < 50; i++) {
      const item = document.createElement('article');
      item.innerHTML = `<p>item ${i}</p>`;
      byId('feed').append(item, document.createTextNode('\n'));
    }
    await settle();
    expect(wakes).toBe(1);
    const region = batcher.take()!;
    expect(region.subtrees.size).toBe(50);
    // Appending block items and blank text does not make the feed itself be read again.
    expect(region.blocks.size).toBe(0);
    expect(batcher.take()).toBeUndefined();
  });

  it('edited text marks its block', async () => {
    (byId('para').querySelector('b')!.firstChild as Text).data = 'Karabagh';
    await settle();
    expect([...batcher.take()!.blocks]).toEqual([byId('para')]);
  });

  it('inline content added or removed marks the enclosing block, not the inline element', async () => {
    const em = document.createElement('em');
    em.textContent = ' today';
    byId('para').querySelector('b')!.append(em);
    await settle();
    expect([...batcher.take()!.blocks]).toEqual([byId('para')]);
    em.remove();
    await settle();
    const region = batcher.take()!;
    expect(region.removed).toEqual([em]);
    expect([...region.blocks]).toEqual([byId('para')]);
  });

  it('removed blocks are reported for dropping, without re-reading their parent', async () => {
    const article = byId('feed').querySelector('article')!;
    article.remove();
    await settle();
    const region = batcher.take()!;
    expect(region.removed).toEqual([article]);
    expect(region.blocks.size).toBe(0);
  });

  it('a block inserted into a run of text re-reads the run', async () => {
    const div = document.createElement('div');
    byId('para').insertBefore(div, byId('para').querySelector('b'));
    await settle();
    const region = batcher.take()!;
    expect(region.subtrees.has(div)).toBe(true);
    expect(region.blocks.has(byId('para'))).toBe(true);
  });

  it('blocks nested in an inserted inline element are walked', async () => {
    const link = document.createElement('a');
    link.innerHTML = '<div><p>card</p></div>';
    byId('para').append(link);
    await settle();
    const region = batcher.take()!;
    expect([...region.subtrees].map((n) => (n as Element).tagName)).toEqual(['DIV']);
  });

  it('changes inside skipped elements add nothing to walk', async () => {
    const script = document.createElement('script');
    script.textContent = 'var Karabakh';
    document.body.append(script);
    await settle();
    expect(batcher.take()!.subtrees.size).toBe(0);
  });

  it('watches shadow roots it is given', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    await settle();
    batcher.take();
    batcher.observe(root);
    root.innerHTML = '<p>shadow</p>';
    await settle();
    expect(batcher.take()!.subtrees.size).toBe(1);
  });

  it('discard forgets pending changes; stop stops watching', async () => {
    byId('para').append('x');
    batcher.discard();
    expect(batcher.take()).toBeUndefined();
    batcher.stop();
    byId('para').append('y');
    await settle();
    expect(batcher.take()).toBeUndefined();
  });
});
