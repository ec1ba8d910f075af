import type { EntityId } from './entities';

/**
 * How each entity looks wherever it is shown: the highlights on the page
 * (dom/highlight-sheet.ts) and the swatches in the popup and options
 * (components/EntitySwatch.tsx), so a colour in the popup is recognisable on the page.
 *
 * Each entity has its own line style (solid, dashed, dotted) so the three differ for
 * readers who cannot tell the colours apart. `fill` and `ink` are the background look
 * (a light fill with dark text, readable on light and dark pages); `bright` is the
 * underline look's mid-tone, visible on both.
 */
export interface HighlightLookColours {
  line: 'solid' | 'dashed' | 'dotted';
  fill: string;
  ink: string;
  bright: string;
}

export const HIGHLIGHT_LOOKS: Readonly<Record<EntityId, HighlightLookColours>> = {
  karabakh: { line: 'solid', fill: '#ffe28a', ink: '#9a6200', bright: '#e39a00' },
  rmc: { line: 'dashed', fill: '#c4e4ff', ink: '#17609f', bright: '#3b94e6' },
  'trilateral-statement': { line: 'dotted', fill: '#e6d9ff', ink: '#6a3fc0', bright: '#a77bf5' },
};
