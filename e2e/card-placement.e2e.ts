/**
 * Where and how the hover card shows on difficult pages, in Chromium: dark pages and the
 * system's scheme, the viewport's corners, hostile page CSS and overlays, a strict
 * Content-Security-Policy, iframes and fullscreen. Screenshots go to docs/screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchChromium } from '../testing/harness/chromium';
import { waitForHighlights } from '../testing/harness/highlights';
import { cardBox, drawnMention, hover, luminanceOf, overlaps } from './fixtures/card-helpers';
import { cardSession } from './fixtures/card-session';

const session = cardSession();

describe('the hover card on difficult pages', () => {
  test('the card follows a dark page, and the system’s scheme on a page that leaves it to the system', async () => {
    const dark = await launchChromium({ colorScheme: 'dark' });
    const backgroundOfCard = async (page: Page) => {
      await hover(page, await drawnMention(page, 'Karabakh'));
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      return luminanceOf(await dialog.evaluate((element) => getComputedStyle(element).backgroundColor));
    };
    try {
      const page = await dark.context.newPage();
      await page.goto(session.server.url('/dark'));
      await waitForHighlights(page, 1);
      expect(await backgroundOfCard(page)).toBeLessThan(0.2);
      await session.shoot(page, 'card-dark.png');
      await page.goto(session.server.url('/scheme-aware'));
      await waitForHighlights(page, 1);
      expect(await backgroundOfCard(page)).toBeLessThan(0.2);
      await page.goto(session.server.url('/light')); // a light page stays light even on a dark system
      await waitForHighlights(page, 1);
      expect(await backgroundOfCard(page)).toBeGreaterThan(0.9);
    } finally {
      await dark.close();
    }
  });

  test.each([
    ['top-left', 'Karabakh', 'card-edge-top-left.png'],
    ['bottom-right', 'Artsakh', 'card-edge-bottom-right.png'],
  ])('near the %s corner the card stays in the viewport and off the mention', async (_, text, file) => {
    const { page } = await session.openPage('/edges');
    const mention = await drawnMention(page, text);
    await hover(page, mention);
    await page.getByRole('dialog').waitFor();
    const card = (await cardBox(page))!;
    const viewport = page.viewportSize()!;
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(viewport.width);
    expect(card.bottom).toBeLessThanOrEqual(viewport.height);
    expect(overlaps(card, mention)).toBe(false);
    await session.shoot(page, file);
    await page.close();
  });

  test('hostile page CSS and a top-most overlay leave the card readable and on top', async () => {
    const { page, errors } = await session.openPage('/hostile');
    await hover(page, await drawnMention(page, 'Russian peacekeepers'));
    const dialog = page.getByRole('dialog', { name: 'Russian Military Contingent' });
    await dialog.waitFor();
    const style = await dialog.evaluate((element) => {
      const computed = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + 20);
      return {
        fontSize: computed.fontSize,
        fontFamily: computed.fontFamily,
        color: computed.color,
        background: computed.backgroundColor,
        width: rect.width,
        onTop: top?.shadowRoot?.contains(element) === true,
      };
    });
    expect(style.fontSize).toBe('13px');
    expect(style.fontFamily).toContain('system-ui');
    expect(style.fontFamily).not.toContain('Comic');
    expect(style.background).toBe('rgb(255, 255, 255)');
    expect(style.width, 'the card keeps its own max-width (420 px)').toBeLessThanOrEqual(421);
    expect(style.onTop).toBe(true);
    expect(await dialog.innerText()).toContain('bne IntelliNews');
    await session.shoot(page, 'card-hostile.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a strict Content-Security-Policy does not strip the card’s styles', async () => {
    const { page } = await session.openPage('/strict-csp');
    await hover(page, await drawnMention(page, 'Karabakh'));
    const dialog = page.getByRole('dialog', { name: 'Karabakh' });
    await dialog.waitFor();
    const look = await dialog.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { fontSize: computed.fontSize, position: computed.position, radius: computed.borderTopLeftRadius };
    });
    expect(look).toEqual({ fontSize: '13px', position: 'fixed', radius: '8px' });
    await page.close();
  });

  test('inside an iframe the card opens in that frame, beside its mention', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/frame'));
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/light'))!;
    const inFrame = await drawnMention(frame, 'Karabakh');
    const frameBox = (await page.locator('iframe').boundingBox())!;
    const mention = {
      left: frameBox.x + 1 + inFrame.left,
      right: frameBox.x + 1 + inFrame.right,
      top: frameBox.y + 1 + inFrame.top,
      bottom: frameBox.y + 1 + inFrame.bottom,
    };
    await hover(page, mention);
    const dialog = page.frameLocator('iframe').getByRole('dialog', { name: 'Karabakh' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('bne IntelliNews');
    expect(await page.getByRole('dialog').count()).toBe(0); // the top page has none of its own
    await session.shoot(page, 'card-iframe.png');
    await page.close();
  });

  test('in fullscreen the card opens inside the fullscreen element', async () => {
    const { page } = await session.openPage('/fullscreen');
    await page.evaluate(() => document.getElementById('stage')!.requestFullscreen());
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('stage');
    await waitForHighlights(page, 1);
    await hover(page, await drawnMention(page, 'Karabakh'));
    const dialog = page.getByRole('dialog', { name: 'Karabakh' });
    await dialog.waitFor();
    const inside = await page.evaluate(() =>
      [...document.getElementById('stage')!.children].some((child) => child.shadowRoot?.querySelector('[role="dialog"]')),
    );
    expect(inside).toBe(true);
    await page.close();
  });
});
