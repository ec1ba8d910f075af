import type { PlacedMention } from '../../dom/chunk-registry';
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
