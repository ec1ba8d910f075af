/**
 * The hover card in Firefox ESR: it opens on hover, outside its mention, and Escape leaves
 * the page exactly as it was.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { launchFirefox, waitForFirefoxHighlights } from '../testing/harness/firefox';
import { screenshotDir } from '../testing/harness/paths';
import { type Box, drawnMention, overlaps } from './fixtures/card-helpers';
import { cardSession } from './fixtures/card-session';

const session = cardSession({ chromium: false });

describe('in Firefox ESR', () => {
  test('hovering a mention opens the card; Escape closes it and leaves the page as it was', async () => {
    const firefox = await launchFirefox();
    try {
      const page = await firefox.newPage();
      await page.goto(session.server.url('/light'));
      await waitForFirefoxHighlights(page);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const box = await drawnMention(page, 'Karabakh');
      await page.mouse.move((box.left + box.right) / 2 - 30, (box.top + box.bottom) / 2 + 60);
      await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 3 });
      const card = await page.waitForFunction(
        () => {
          for (const element of document.querySelectorAll('*')) {
            const dialog = element.shadowRoot?.querySelector('[role="dialog"]');
            if (!dialog) continue;
            const rect = dialog.getBoundingClientRect();
            return {
              name: dialog.querySelector('h2')?.textContent,
              text: dialog.textContent,
              fontSize: getComputedStyle(dialog).fontSize,
              box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
            };
          }
          return false;
        },
        { timeout: 5000 },
      );
      const seen = (await card.jsonValue()) as { name: string; text: string; fontSize: string; box: Box };
      expect(seen.name).toBe('Karabakh');
      expect(seen.text).toContain('bne IntelliNews');
      expect(seen.fontSize).toBe('13px');
      expect(overlaps(seen.box, box)).toBe(false);
      await page.screenshot({ path: join(screenshotDir, 'card-firefox.png') });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => ![...document.querySelectorAll('*')].some((element) => element.shadowRoot));
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    } finally {
      await firefox.close();
    }
  });
});
