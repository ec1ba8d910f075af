import { ENTITY_IDS, type EntityId } from '@/core/entities';
import { HIGHLIGHT_LOOKS } from '@/core/highlight-looks';

export type HighlightStyle = 'background' | 'underline';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['background', 'underline'];

/** One highlight name per entity and style, so switching style never edits a stylesheet. */
export type HighlightNames = Record<EntityId, Record<HighlightStyle, string>>;

/**
 * Names that differ on every page load, so a page cannot detect the extension by
 * looking up a fixed name in `CSS.highlights` (see docs/page-visibility.md).
 */
export function randomHighlightNames(random: (bytes: Uint8Array) => Uint8Array = defaultRandom): HighlightNames {
  const base = `h${[...random(new Uint8Array(6))].map((byte) => byte.toString(36).padStart(2, '0')).join('')}`;
  const names = {} as HighlightNames;
  ENTITY_IDS.forEach((entity, i) => {
    names[entity] = { background: `${base}${i}b`, underline: `${base}${i}u` };
  });
  return names;
}

function defaultRandom(bytes: Uint8Array): Uint8Array {
  return crypto.getRandomValues(bytes);
}

/**
 * The declarations for one entity in one style (colours: core/highlight-looks.ts; in
 * forced-colors mode, system colours). Without `lines` (a tall page that keeps changing,
 * see dom/busy-page.ts) both styles draw the fill alone: an underline makes Chromium redo
 * the page's visual overflow at every change.
 */
export function highlightDeclarations(entity: EntityId, style: HighlightStyle, lines = true, forced = false): string {
  const look = HIGHLIGHT_LOOKS[entity];
  const fill = forced ? 'background-color:Mark;color:MarkText' : `background-color:${look.fill};color:#1b1b1b`;
  const line = (colour: string, px: number) => `text-decoration:underline ${look.line} ${colour} ${px}px`;
  if (!lines) return fill;
  return style === 'background' ? `${fill};${line(forced ? 'MarkText' : look.ink, 2)}` : line(forced ? 'LinkText' : look.bright, 3);
}

/**
 * How highlight pseudo-elements get their styles in the engine at hand.
 * - `'inherited'` (Chromium): the CSS highlight inheritance model, where an element's
 *   `::highlight()` takes every property from its parent's. Rules on the root alone then
 *   style every highlight, shadow trees included (they inherit from their host). A
 *   universal `::highlight()` rule instead matches every element: Chromium resolved it
 *   for each one, a third of a second more style work on a 40,000-paragraph page.
 * - `'per-element'` (Firefox): each element's highlight styles come from rules matching
 *   that element, so only a universal rule reaches them all.
 */
export type HighlightCascade = 'inherited' | 'per-element';

export function highlightCss(names: HighlightNames, cascade: HighlightCascade, lines = true): string {
  const normal: string[] = [];
  const forced: string[] = [];
  // `:host` covers the shadow roots the sheet is adopted into; `:root` the document.
  const selector = (name: string) =>
    cascade === 'inherited' ? `:root::highlight(${name}),:host::highlight(${name})` : `::highlight(${name})`;
  for (const entity of ENTITY_IDS) {
    for (const style of HIGHLIGHT_STYLES) {
      const name = names[entity][style];
      normal.push(`${selector(name)}{${highlightDeclarations(entity, style, lines)}}`);
      forced.push(`${selector(name)}{${highlightDeclarations(entity, style, lines, true)}}`);
    }
  }
  return `${normal.join('')}@media (forced-colors: active){${forced.join('')}}`;
}
