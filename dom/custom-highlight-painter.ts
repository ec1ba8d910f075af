import { ENTITY_IDS, type EntityId } from '@/core/entities';
import type { PlacedMention } from './chunk-registry';
import { HIGHLIGHT_STYLES, highlightCss, randomHighlightNames, type HighlightCascade, type HighlightNames } from './highlight-sheet';
import type { HighlightLook, MentionPainter } from './mention-painter';

/** True when this document can draw with the CSS Custom Highlight API. */
export function supportsCustomHighlights(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return Boolean(view?.CSS?.highlights && typeof view.Highlight === 'function' && 'adoptedStyleSheets' in doc);
}

/**
 * Draws with `CSS.highlights`: the page's DOM is never touched. The rules live in one
 * constructed stylesheet adopted by the document (and by shadow roots that hold
 * mentions). Adopt it before the page renders (document_start): adding style rules to a
 * rendered 5 MB page costs a full style recalculation.
 */
export function createCustomHighlightPainter(
  doc: Document,
  cascade: HighlightCascade,
  names: HighlightNames = randomHighlightNames(),
): MentionPainter & { setLines(on: boolean): void } {
  const view = doc.defaultView as Window & typeof globalThis;
  const registry = view.CSS.highlights;
  const highlights = Object.fromEntries(ENTITY_IDS.map((entity) => [entity, new view.Highlight()])) as Record<EntityId, Highlight>;
  const sheet = new view.CSSStyleSheet();
  let lines = true;
  sheet.replaceSync(highlightCss(names, cascade));
  const styledRoots = new Set<Document | ShadowRoot>();
  // Ranges waiting for the next flush(). Every change to a registered Highlight makes
  // Chromium re-check all of its ranges at the next frame, so changes are applied in
  // batches, as rarely as the highlighter asks, instead of a few ranges per slice.
  const toAdd = new Map<AbstractRange, EntityId>();
  const toDelete = new Map<AbstractRange, EntityId>();

  function adopt(root: Document | ShadowRoot): void {
    styledRoots.add(root);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  adopt(doc);

  function unregisterAll(): void {
    for (const entity of ENTITY_IDS) {
      for (const style of HIGHLIGHT_STYLES) registry.delete(names[entity][style]);
    }
  }

  return {
    add(mention: PlacedMention) {
      toDelete.delete(mention.range);
      toAdd.set(mention.range, mention.entity);
    },
    remove(mention: PlacedMention) {
      // Added and removed before a flush: it was never drawn.
      if (toAdd.delete(mention.range)) return;
      toDelete.set(mention.range, mention.entity);
    },
    setLook(look: HighlightLook) {
      // A page may replace adoptedStyleSheets wholesale; put the rules back if it did.
      adopt(doc);
      for (const entity of ENTITY_IDS) {
        for (const style of HIGHLIGHT_STYLES) {
          const name = names[entity][style];
          if (look.entities[entity] && style === look.style) {
            if (registry.get(name) !== highlights[entity]) registry.set(name, highlights[entity]);
          } else {
            registry.delete(name);
          }
        }
      }
    },
    flush() {
      for (const [range, entity] of toDelete) highlights[entity].delete(range);
      toDelete.clear();
      for (const [range, entity] of toAdd) highlights[entity].add(range);
      toAdd.clear();
    },
    /** Draws the underlines, or the fill alone while a tall page keeps changing (dom/busy-page.ts). */
    setLines(on: boolean) {
      if (on === lines) return;
      lines = on;
      sheet.replaceSync(highlightCss(names, cascade, on));
    },
    styleShadowRoot(root: ShadowRoot) {
      adopt(root);
    },
    clear() {
      toAdd.clear();
      toDelete.clear();
      for (const entity of ENTITY_IDS) highlights[entity].clear();
    },
    stop() {
      this.clear();
      unregisterAll();
      for (const root of styledRoots) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        } catch {
          // The root's document is gone (a removed iframe): nothing left to clean.
        }
      }
      styledRoots.clear();
    },
  };
}
