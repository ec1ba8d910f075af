// @vitest-environment happy-dom
/**
 * The page highlighter while the page is still being parsed (readTopWhileParsing): the
 * blocks the parser has closed are read and drawn at each frame; switched off and on again
 * before the page is parsed, the top is read again from its start. The document is built as
 * the parser leaves it mid-way (its last paragraph open), and frames are run by the test.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_IDS, type EntityId } from '../../../core/entities';
import { detectorSourceFor } from '../../../core/detect/page-detector';
import { startPageHighlighter, type PageHighlighter } from '../../../dom/reader/page-highlighter';
import type { TextChunk } from '../../../dom/text-chunks';
import type { PlacedMention } from '../../../dom/chunk-registry';
import type { MentionPainter } from '../../../dom/mention-painter';

const allOn = Object.fromEntries(ENTITY_IDS.map((id) => [id, true])) as Record<EntityId, boolean>;
const look = { entities: allOn, style: 'background' as const };

/** A painter that keeps what it was asked to draw (the real ones draw with CSS.highlights). */
function recordingPainter() {
  const drawn = new Set<PlacedMention>();
  const painter: MentionPainter = {
    add: (mention) => void drawn.add(mention),
    remove: (mention) => void drawn.delete(mention),
    setLook() {},
    styleShadowRoot() {},
    flush() {},
    clear: () => drawn.clear(),
    stop: () => drawn.clear(),
  };
  return { painter, texts: () => [...drawn].map((mention) => mention.text) };
}

describe('reading the top of a page still being parsed', () => {
  let frames: FrameRequestCallback[];
  let highlighter: PageHighlighter | undefined;
  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => 'loading');
    document.body.innerHTML =
      '<p>Russian peacekeepers left Nagorno-Karabakh in 2024.</p><p>The market was busy.</p><p>Still being parsed: Kara';
  });
  afterEach(() => {
    highlighter?.stop();
    vi.restoreAllMocks();
  });

  const runFrames = () => {
    for (let i = 0; i < 5 && frames.length > 0; i++) frames.shift()!(0);
  };

  it('draws the closed blocks, not the open one, and again after being switched off and on', () => {
    const { painter, texts: drawn } = recordingPainter();
    highlighter = startPageHighlighter({ document, detectors: detectorSourceFor<TextChunk>(), painter });

    highlighter.readTopWhileParsing(look);
    runFrames();
    expect(drawn()).toEqual(['Russian peacekeepers', 'Nagorno-Karabakh']);

    highlighter.update(false, look);
    expect(drawn()).toEqual([]);
    highlighter.readTopWhileParsing(look);
    runFrames();
    expect(drawn()).toEqual(['Russian peacekeepers', 'Nagorno-Karabakh']);
  });
});
