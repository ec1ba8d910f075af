import { isInlineElement } from './element-kinds';

/**
 * The blocks under a grid of points across the viewport: reading them first puts
 * highlights where the reader is looking (a page restored halfway down, say) before
 * the rest of the page is read in idle time. Blocks as large as the page itself are left
 * to the full walk.
 */
export function visibleBlocks(doc: Document, columns = 4, rows = 6): Element[] {
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const found = new Set<Element>();
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = ((column + 0.5) / columns) * width;
      const y = ((row + 0.5) / rows) * height;
      let element = doc.elementFromPoint(x, y);
      while (element && isInlineElement(element)) element = element.parentElement;
      if (element && element !== doc.body && element !== doc.documentElement) found.add(element);
    }
  }
  // A block inside another found block is read with it.
  return [...found].filter((element) => ![...found].some((other) => other !== element && other.contains(element)));
}
