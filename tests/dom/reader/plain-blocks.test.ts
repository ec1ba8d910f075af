// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { plainBlockReader } from '../../../dom/reader/plain-blocks';
import { collectChunks } from '../../../dom/chunk-walker';

beforeEach(() => {
  document.body.innerHTML = '';
});

function block(html: string): Element {
  document.body.innerHTML = `<div id="b">${html}</div>`;
  return document.getElementById('b')!;
}

describe('plainBlockText', () => {
  it.each([
    ['text only', 'Nagorno-Karabakh today'],
    ['plain inline elements', 'Nagorno-<b>Kara</b><a href="#">bakh</a> <em>today</em>'],
    ['empty', ''],
  ])('is the block’s one chunk for %s', (_name, html) => {
    const element = block(html);
    const chunks = collectChunks(element);
    expect(plainBlockReader(document)(element)).toBe(chunks.map((c) => c.text).join(''));
    expect(chunks.length).toBeLessThanOrEqual(1);
  });

  it.each([
    ['a nested block: its text would run together with the line before', 'peace<p>keepers</p>'],
    ['a line break', '2020<br>Karabakh'],
    ['a skipped element', 'x <script>var Karabakh</script>'],
    ['a span, which may host a shadow root', 'x <span>y</span>'],
    ['a custom element', 'x <my-widget>y</my-widget>'],
    ['an editing host inside: its text is the user’s', 'x <b contenteditable>typed Karabakh</b>'],
  ])('is undefined with %s', (_name, html) => {
    expect(plainBlockReader(document)(block(html))).toBeUndefined();
  });

  it('is undefined for a block that hosts a shadow root, or very long text', () => {
    const host = block('light');
    host.attachShadow({ mode: 'open' });
    expect(plainBlockReader(document)(host)).toBeUndefined();
    expect(plainBlockReader(document)(block('word '.repeat(5000)))).toBeUndefined();
  });

  it('reads nothing whole in a document that is not HTML (XML, SVG): its elements are walked', () => {
    const xml = new DOMParser().parseFromString('<doc><p>Nagorno-Karabakh</p></doc>', 'application/xml');
    expect(plainBlockReader(xml)(xml.querySelector('p')!)).toBeUndefined();
  });
});
