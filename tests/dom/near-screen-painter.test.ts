// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staticRangeFor } from '../../dom/chunk-positions';
import type { PlacedMention } from '../../dom/chunk-registry';
import { collectChunks } from '../../dom/chunk-walker';
import type { MentionPainter } from '../../dom/mention-painter';
import { createNearScreenPainter } from '../../dom/near-screen-painter';

/** The real painter's side, recorded. */
function recordingPainter() {
  const added: PlacedMention[] = [];
  const painter: MentionPainter = {
    add: (mention) => added.push(mention),
    remove() {},
    setLook() {},
    styleShadowRoot() {},
    flush() {},
    clear() {},
    stop() {},
  };
  return { painter, added };
}

function mentionOnPage(text: string): PlacedMention {
  const chunk = collectChunks(document.body)[0]!;
  const start = chunk.text.indexOf(text);
  const end = start + text.length;
  return { id: 1, entity: 'karabakh', text, range: staticRangeFor(chunk, start, end), chunk, start, end };
}

describe('the near-screen painter asks for frames only when it has something to measure', () => {
  let frames: FrameRequestCallback[];
  let controller: AbortController;
  beforeEach(() => {
    document.body.innerHTML = '<p>They went to Karabakh in May.</p>';
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('measures and draws new mentions at the next frame, and asks for no frame when a slice found nothing', () => {
    const { painter, added } = recordingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    // Most slices of a page's read find nothing: each asked for a frame, and the browser
    // ran its rendering (and, with a screen reader, accessibility) steps for nothing.
    nearScreen.flush();
    expect(frames).toHaveLength(0);

    nearScreen.add(mentionOnPage('Karabakh'));
    nearScreen.flush();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(added.map((mention) => mention.text)).toEqual(['Karabakh']);

    nearScreen.flush();
    nearScreen.flush();
    expect(frames).toHaveLength(0);
  });

  it('asks for a frame after a removal, so the removal is drawn', () => {
    const { painter } = recordingPainter();
    const nearScreen = createNearScreenPainter(painter, document, controller.signal);
    const mention = mentionOnPage('Karabakh');
    nearScreen.add(mention);
    nearScreen.flush();
    frames.shift()!(0);
    nearScreen.remove(mention);
    nearScreen.flush();
    expect(frames).toHaveLength(1);
  });
});
