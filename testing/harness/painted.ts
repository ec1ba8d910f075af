/**
 * Whether a highlight is really painted, not only registered: `CSS.highlights` can hold a
 * range whose `::highlight()` rule reaches no element (the rule's selector does not match
 * where the text is), and then nothing shows. The tests screenshot each highlighted
 * range (fixtures/card-helpers.ts drawnMentions gives its box) and count the pixels of
 * the expected fill colour.
 *
 * Works with Playwright (Chromium) and Puppeteer (Firefox) pages alike. The screenshot is
 * decoded in a page of our own (createImageBitmap + OffscreenCanvas), so no PNG library
 * is needed and the page under test is not touched.
 */
import { evaluateIn, type AnyPage } from './any-page';

/** Share of the PNG's pixels within `tolerance` of `rgb` on every channel, decoded in `decoder`. */
export async function shareOfColour(
  decoder: AnyPage,
  png: Uint8Array,
  rgb: readonly [number, number, number],
  tolerance = 12,
): Promise<number> {
  const base64 = Buffer.from(png).toString('base64');
  return evaluateIn(
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

/** A screenshot clip just inside a highlighted box, so its anti-aliased edges do not count. */
export function innerClip(box: { left: number; top: number; right: number; bottom: number }) {
  return { x: box.left + 1, y: box.top + 2, width: box.right - box.left - 2, height: box.bottom - box.top - 4 };
}

/** The Karabakh highlight's fill in the default (background) look: see dom/highlight-sheet.ts. */
export const KARABAKH_FILL = [0xff, 0xe2, 0x8a] as const;
