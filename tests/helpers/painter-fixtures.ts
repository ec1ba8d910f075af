/** What the painter tests share: a recording painter, and the mentions of a page as the reader places them. */
import { staticRangeFor } from '../../dom/chunk-positions';
import type { PlacedMention } from '../../dom/chunk-registry';
import { collectChunks } from '../../dom/chunk-walker';
import type { MentionPainter } from '../../dom/mention-painter';

/** The real painter's side, recorded. */
export function recordingPainter() {
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

/**
 * Every "Karabakh" in the document's text, as the reader would place it (the reader cuts a
 * long text into chunks; offsets are the text node's own), added to `painter` in order.
 */
export function addEveryKarabakh(painter: MentionPainter): PlacedMention[] {
  const mentions: PlacedMention[] = [];
  for (const chunk of collectChunks(document.body))
    for (let at = chunk.text.indexOf('Karabakh'); at >= 0; at = chunk.text.indexOf('Karabakh', at + 1)) {
      const range = staticRangeFor(chunk, at, at + 8);
      const mention: PlacedMention = { id: mentions.length, entity: 'karabakh', text: 'Karabakh', range, chunk, start: at, end: at + 8 };
      mentions.push(mention);
      painter.add(mention);
    }
  return mentions;
}

/** The real painter's side as the near-screen painter drives it: what is drawn, and how many changes (flushes) drew it. */
export function drawingPainter() {
  const drawn = { shown: new Set<PlacedMention>(), changes: 0 };
  const painter: MentionPainter = {
    add: (mention) => drawn.shown.add(mention),
    remove: (mention) => drawn.shown.delete(mention),
    setLook() {},
    styleShadowRoot() {},
    flush: () => drawn.changes++,
    clear() {},
    stop() {},
  };
  return { painter, drawn };
}
