/**
 * Light or dark card, matching what the reader sees around the mention: the first
 * opaque background up the tree decides (a dark section of a light page gets a dark
 * card). A page with no background at all shows the canvas, which is dark only when
 * the page allows a dark colour scheme and the system asks for one.
 */
import type { CardTheme } from '@/card/components/MentionCard';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Computed colours come back as `rgb(…)`/`rgba(…)` for sRGB; other spaces are left undecided. */
function parseComputedColor(value: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Below this a background reads as dark (#777 is about 0.18). */
const DARK_LUMINANCE = 0.2;

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function cardThemeAt(start: Element | null, doc: Document): CardTheme {
  const win = doc.defaultView;
  if (!win) return 'light';
  for (let element = start; element; element = parentAcrossShadow(element)) {
    const color = parseComputedColor(win.getComputedStyle(element).backgroundColor);
    if (color && color.a >= 0.5) return luminance(color) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return allowsDark(doc, win) && win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The root's `color-scheme` property, or else the `<meta name="color-scheme">` the page declares. */
function allowsDark(doc: Document, win: Window): boolean {
  const property = win.getComputedStyle(doc.documentElement).colorScheme;
  const declared =
    property && property !== 'normal' ? property : (doc.querySelector<HTMLMetaElement>('meta[name="color-scheme" i]')?.content ?? '');
  return /\bdark\b/.test(declared);
}
