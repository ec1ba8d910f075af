// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITY_IDS, type EntityId } from '../../core/entities';
import { findMentions } from '../../core/detect/matcher';
import { detectorSourceFor } from '../../core/detect/page-detector';
import { staticRangeFor } from '../../dom/chunk-positions';
import type { PlacedMention } from '../../dom/chunk-registry';
import { startPageHighlighter, type PageHighlighter } from '../../dom/reader/page-highlighter';
import { collectChunks } from '../../dom/chunk-walker';
import type { TextChunk } from '../../dom/text-chunks';
import { createWrappingPainter } from '../../dom/wrapping-painter';

const allOn = Object.fromEntries(ENTITY_IDS.map((id) => [id, true])) as Record<EntityId, boolean>;
const look = { entities: allOn, style: 'background' as const };

function mentionIn(chunk: TextChunk, text: string, entity: EntityId, id = 1): PlacedMention {
  const start = chunk.text.indexOf(text);
  const end = start + text.length;
  return { id, entity, text, range: staticRangeFor(chunk, start, end), chunk, start, end };
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the wrapping painter on its own', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p id="p">They went to Nagorno-<b>Karabakh</b> in May.</p>';
  });

  it('wraps a mention split across inline elements in one element type, and unwraps it cleanly', () => {
    const original = document.body.innerHTML;
    const nodesBefore = document.getElementById('p')!.childNodes.length;
    const painter = createWrappingPainter(document);
    painter.setLook(look);
    const [chunk] = collectChunks(document.body);
    painter.add(mentionIn(chunk!, 'Nagorno-Karabakh', 'karabakh'));
    painter.flush();
    const wrappers = [...document.querySelectorAll(painter.tagName)];
    expect(wrappers.map((w) => w.textContent)).toEqual(['Nagorno-', 'Karabakh']);
    expect(wrappers.every((w) => /background-color/.test(w.getAttribute('style') ?? ''))).toBe(true);
    expect(document.getElementById('p')!.textContent).toBe('They went to Nagorno-Karabakh in May.');
    painter.clear();
    expect(document.body.innerHTML).toBe(original);
    expect(document.getElementById('p')!.childNodes.length).toBe(nodesBefore);
  });

  it('a mention found again over its own wrappers is claimed, not wrapped twice', () => {
    const painter = createWrappingPainter(document);
    painter.setLook(look);
    const [chunk] = collectChunks(document.body);
    const first = mentionIn(chunk!, 'Nagorno-Karabakh', 'karabakh', 1);
    painter.add(first);
    painter.flush();
    const html = document.body.innerHTML;
    // The page is read again through the wrappers: same text, same chunk.
    const [again] = collectChunks(document.body);
    expect(again!.text).toBe(chunk!.text);
    painter.remove(first);
    painter.add(mentionIn(again!, 'Nagorno-Karabakh', 'karabakh', 2));
    painter.flush();
    expect(document.body.innerHTML).toBe(html);
  });

  it('switching an entity off removes its style but keeps the text', () => {
    const painter = createWrappingPainter(document);
    painter.setLook(look);
    const [chunk] = collectChunks(document.body);
    painter.add(mentionIn(chunk!, 'Karabakh', 'karabakh'));
    painter.flush();
    painter.setLook({ ...look, entities: { ...allOn, karabakh: false } });
    expect(document.querySelector(painter.tagName)!.hasAttribute('style')).toBe(false);
    painter.stop();
    expect(document.querySelector(painter.tagName)).toBeNull();
  });
});

describe('the page highlighter with the wrapping fallback', () => {
  let highlighter: PageHighlighter | undefined;
  afterEach(() => highlighter?.stop());

  const paragraphs = [
    'Russian peacekeepers began leaving Nagorno-Karabakh in April 2024.',
    'The Russian Military Contingent had been deployed under the trilateral statement of 10 November 2020.',
  ];

  async function settle(h: PageHighlighter): Promise<void> {
    for (let i = 0; i < 200 && !h.complete; i++) await wait(10);
    await wait(100);
  }

  it('wraps exactly the detector’s mentions, settles, and restores the page when switched off', async () => {
    document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const original = document.body.innerHTML;
    const painter = createWrappingPainter(document);
    highlighter = startPageHighlighter({
      document,
      detectors: detectorSourceFor<TextChunk>(),
      painter,
    });
    highlighter.update(true, look);
    await settle(highlighter);
    const wrapped = [...document.querySelectorAll(painter.tagName)].map((w) => w.textContent);
    expect(wrapped).toEqual(paragraphs.flatMap((p) => findMentions(p).map((m) => m.text)));
    expect(highlighter.index.ordered().map((m) => m.text)).toEqual(wrapped);
    // Reading its own wrappers again changes nothing: no wrap/unwrap loop.
    const settled = document.body.innerHTML;
    await wait(200);
    expect(document.body.innerHTML).toBe(settled);

    highlighter.update(false, look);
    expect(document.body.innerHTML).toBe(original);
    expect(highlighter.index.ordered()).toEqual([]);
  });

  it('new text is wrapped and removed text drops its mentions', async () => {
    document.body.innerHTML = `<section id="feed"><p>${paragraphs[0]}</p></section>`;
    const painter = createWrappingPainter(document);
    highlighter = startPageHighlighter({ document, detectors: detectorSourceFor<TextChunk>(), painter });
    highlighter.update(true, look);
    await settle(highlighter);
    const item = document.createElement('p');
    item.textContent = paragraphs[1]!;
    document.getElementById('feed')!.append(item);
    await wait(300);
    expect(highlighter.index.ordered().map((m) => m.text)).toContain('Russian Military Contingent');
    item.remove();
    await wait(300);
    expect(highlighter.index.ordered().map((m) => m.text)).not.toContain('Russian Military Contingent');
  });
});
