import { TEXT_NODE } from './node-types';
import type { EntityId } from '@/core/entities';
import type { PlacedMention } from './chunk-registry';
import { highlightDeclarations } from './highlight-sheet';
import type { HighlightLook, MentionPainter } from './mention-painter';
import { markOwnWrapper } from './own-ui';

/**
 * Not used by the content script since issue 15: both builds' minimum versions (Chrome 128,
 * Firefox 140) have `CSS.highlights`, and the script must stay under 60 kB. Kept as the
 * painter the DOM tests observe (its effect is in the DOM, where happy-dom can see it);
 * whether to delete it is an open decision.
 *
 * The fallback for engines without `CSS.highlights`: each mention's text is wrapped in
 * ONE element type (a random custom-element name per page, styled inline) and unwrapped
 * cleanly when switched off. This is the only code that changes the page's DOM.
 *
 * Wrapping changes the page, so the highlighter reads those blocks again; the mentions it
 * finds there are already wrapped and are claimed instead of wrapped twice. Removals are
 * deferred to flush() so a mention dropped and found again in one pass stays put.
 */
export function createWrappingPainter(doc: Document, tagName = randomTagName()): MentionPainter & { readonly tagName: string } {
  /** Mention id → its wrappers (one per text node the mention spans). */
  const groups = new Map<number, { entity: EntityId; wrappers: HTMLElement[] }>();
  const groupOf = new WeakMap<Element, number>();
  const toWrap = new Map<number, PlacedMention>();
  const toUnwrap = new Set<number>();
  let look: HighlightLook | undefined;

  function styleOf(entity: EntityId): string {
    return look?.entities[entity] ? highlightDeclarations(entity, look.style) : '';
  }

  function setStyle(wrapper: HTMLElement, entity: EntityId): void {
    const style = styleOf(entity);
    if (style) wrapper.setAttribute('style', style);
    else wrapper.removeAttribute('style');
  }

  /** The group whose wrappers hold exactly this mention's text, if any. */
  function existingGroup(mention: PlacedMention): number | undefined {
    const { startContainer, startOffset, endContainer, endOffset } = mention.range;
    const first = startContainer.parentElement;
    const last = endContainer.parentElement;
    if (!first || !last || startOffset !== 0) return undefined;
    if (endOffset !== (endContainer as Text).length) return undefined;
    if (first.firstChild !== startContainer || last.lastChild !== endContainer) return undefined;
    const id = groupOf.get(first);
    return id !== undefined && groupOf.get(last) === id ? id : undefined;
  }

  function wrap(mention: PlacedMention): void {
    const { chunk } = mention;
    const { startContainer, startOffset, endContainer, endOffset } = mention.range;
    const from = chunk.nodes.indexOf(startContainer as Text);
    const to = chunk.nodes.indexOf(endContainer as Text);
    if (from < 0 || to < from) return;
    const segments: Array<[Text, number, number]> = [];
    for (let i = from; i <= to; i++) {
      const node = chunk.nodes[i]!;
      // The page changed the text since it was read: leave it for the next read.
      if (!node.isConnected || !node.parentNode) return;
      segments.push([node, i === from ? startOffset : 0, i === to ? endOffset : node.length]);
    }
    const wrappers: HTMLElement[] = [];
    for (const [node, start, end] of segments) {
      if (end <= start || end > node.length) continue;
      let piece = node;
      if (start > 0) piece = piece.splitText(start);
      if (end - start < piece.length) piece.splitText(end - start);
      const wrapper = doc.createElement(tagName);
      markOwnWrapper(wrapper);
      groupOf.set(wrapper, mention.id);
      setStyle(wrapper, mention.entity);
      piece.parentNode!.insertBefore(wrapper, piece);
      wrapper.appendChild(piece);
      wrappers.push(wrapper);
    }
    if (wrappers.length > 0) groups.set(mention.id, { entity: mention.entity, wrappers });
  }

  function unwrap(wrapper: HTMLElement): void {
    const parent = wrapper.parentNode;
    if (!parent) return;
    const children = [...wrapper.childNodes];
    for (const child of children) parent.insertBefore(child, wrapper);
    wrapper.remove();
    // Join the text we split, so the page's text nodes are as they were.
    let last = children[children.length - 1];
    const first = children[0];
    if (isText(first) && isText(first.previousSibling)) {
      const previous = first.previousSibling;
      previous.appendData(first.data);
      first.remove();
      if (last === first) last = previous;
    }
    if (isText(last) && isText(last.nextSibling)) {
      last.appendData(last.nextSibling.data);
      last.nextSibling.remove();
    }
  }

  function unwrapGroup(id: number): void {
    const group = groups.get(id);
    groups.delete(id);
    group?.wrappers.forEach(unwrap);
  }

  return {
    tagName,
    add(mention) {
      const claimed = existingGroup(mention);
      if (claimed !== undefined) {
        const group = groups.get(claimed);
        if (group) {
          groups.delete(claimed);
          toUnwrap.delete(claimed);
          groups.set(mention.id, { entity: mention.entity, wrappers: group.wrappers });
          for (const wrapper of group.wrappers) {
            groupOf.set(wrapper, mention.id);
            setStyle(wrapper, mention.entity);
          }
          return;
        }
      }
      toWrap.set(mention.id, mention);
    },
    remove(mention) {
      if (toWrap.delete(mention.id)) return;
      if (groups.has(mention.id)) toUnwrap.add(mention.id);
    },
    setLook(next) {
      look = next;
      for (const { entity, wrappers } of groups.values()) for (const wrapper of wrappers) setStyle(wrapper, entity);
    },
    styleShadowRoot() {
      // Inline styles reach into shadow trees without help.
    },
    flush() {
      for (const id of toUnwrap) unwrapGroup(id);
      toUnwrap.clear();
      for (const mention of toWrap.values()) wrap(mention);
      toWrap.clear();
    },
    clear() {
      toWrap.clear();
      toUnwrap.clear();
      for (const id of [...groups.keys()]) unwrapGroup(id);
    },
    stop() {
      this.clear();
    },
  };
}

function isText(node: Node | null | undefined): node is Text {
  return node?.nodeType === TEXT_NODE;
}

/** A valid custom-element name that differs on every page (see docs/page-visibility.md). */
function randomTagName(): string {
  const letters = [...crypto.getRandomValues(new Uint8Array(8))].map((byte) => String.fromCharCode(97 + (byte % 26)));
  return `${letters.join('')}-m`;
}
