/**
 * Whether a highlight is really painted, not only registered: `CSS.highlights` can hold a
 * range whose `::highlight()` rule reaches no element (the rule's selector does not match
 * where the text is), and then nothing shows. The test screenshots each highlighted
 * range and counts the pixels of the expected fill colour.
 *
 * Works with Playwright (Chromium) and Puppeteer (Firefox) pages alike. The screenshot is
 * decoded in a page of our own (createImageBitmap + OffscreenCanvas), so no PNG library
 * is needed and the page under test is not touched.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type AnyPage = import('playwright-core').Page | import('puppeteer-core').Page;

function run<A, R>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  // Both libraries serialise `fn` and pass it `arg` the same way; their typings differ only in how they unwrap handles.
  return (page.evaluate as (f: typeof fn, a: A) => Promise<R>).call(page, fn, arg);
}

/** The viewport box of every highlighted range whose text contains `text`, from the page's own side. */
export async function highlightBoxes(page: AnyPage, text: string): Promise<Box[]> {
  return run(page, (wanted: string) => {
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (!live.toString().includes(wanted)) continue;
        const { x, y, width, height } = live.getBoundingClientRect();
        boxes.push({ x, y, width, height });
      }
    }
    return boxes;
  }, text);
}

/** Share of the PNG's pixels within `tolerance` of `rgb` on every channel, decoded in `decoder`. */
export async function shareOfColour(
  decoder: AnyPage,
  png: Uint8Array,
  rgb: readonly [number, number, number],
  tolerance = 12,
): Promise<number> {
  const base64 = Buffer.from(png).toString('base64');
  return run(
    decoder,
    async ({ data, colour, within }: { data: string; colour: readonly number[]; within: number }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let matching = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (colour.every((value, channel) => Math.abs(pixels[i + channel]! - value) <= within)) matching++;
      }
      return matching / (pixels.length / 4);
    },
    { data: base64, colour: rgb, within: tolerance },
  );
}

/** The Karabakh highlight's fill in the default (background) look: see dom/highlight-sheet.ts. */
export const KARABAKH_FILL = [0xff, 0xe2, 0x8a] as const;
