/**
 * The hover card as a reader meets it in Chromium: hover intent (open after a short delay,
 * nothing on a pass-over), pinning, closing, the keyboard command, touch, accessibility,
 * and the popup's reveal-mention. Where the card shows on difficult pages is in
 * card-placement.e2e.ts; hit-testing in card-hit-test.e2e.ts; Firefox in card-firefox.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../testing/harness/paths';
import {
  cardBox,
  cardOpeningDelay,
  countMutations,
  drawnMention,
  drawnMentions,
  entityName,
  focusedRole,
  hover,
  mutationCount,
  overlaps,
  settledMentions,
  stepMention,
  watchCardOpening,
} from './fixtures/card-helpers';
import { cardSession } from './fixtures/card-session';

const session = cardSession();

describe('hover card', () => {
  test('hovering a mention opens, after a short delay, a dialog naming the entity and the source', async () => {
    const { page, errors } = await session.openPage('/light');
    const mention = await drawnMention(page, 'Russian peacekeepers');
    const dialog = page.getByRole('dialog');
    await watchCardOpening(page);
    await hover(page, mention);
    await dialog.waitFor({ state: 'visible' });
    const delay = await cardOpeningDelay(page);
    expect(delay).toBeGreaterThanOrEqual(280); // rests ~300 ms before opening
    expect(delay).toBeLessThan(700);
    await expect.poll(() => dialog.getAttribute('aria-modal')).toBe('false');
    expect(await page.getByRole('dialog', { name: 'Russian Military Contingent' }).count()).toBe(1);
    const text = await dialog.innerText();
    expect(text).toContain('bne IntelliNews');
    expect(text).toContain('Russian Military Contingent');
    const card = await cardBox(page);
    expect(card).not.toBeNull();
    expect(overlaps(card!, mention)).toBe(false);
    // Read at a glance: two notes and two events, not a wall of text (was ~600 px with three of
    // each). The plain point-of-view line (three lines) and background's named source take
    // ~30 px more than the old one-line standpoint: measured 409 px here.
    expect(card!.bottom - card!.top, 'the card’s height').toBeLessThanOrEqual(420);
    await session.shoot(page, 'card-light.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the page’s DOM is untouched while the card is closed, and back to unchanged after Escape', async () => {
    const { page } = await session.openPage('/light');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await countMutations(page);
    // Wander over text, blank space and mentions too quickly to open anything.
    for (const [x, y] of [
      [100, 100],
      [400, 150],
      [700, 300],
      [300, 420],
      [20, 700],
    ] as const) {
      await page.mouse.move(x, y, { steps: 2 });
    }
    await page.waitForTimeout(100);
    expect(await mutationCount(page)).toBe(0);

    await hover(page, await drawnMention(page, 'Karabakh'));
    await page.getByRole('dialog', { name: 'Karabakh' }).waitFor();
    expect(await mutationCount(page)).toBeGreaterThan(0); // the host, while open
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  test('passing over a mention opens nothing; moving into the card keeps it; leaving closes it', async () => {
    const { page } = await session.openPage('/light');
    const mention = await drawnMention(page, 'Nagorno-Karabakh');
    const y = (mention.top + mention.bottom) / 2;
    await page.mouse.move(mention.left - 80, y);
    await page.mouse.move(mention.right + 80, y, { steps: 4 });
    await page.waitForTimeout(600);
    expect(await page.getByRole('dialog').count()).toBe(0);

    await hover(page, mention);
    const dialog = page.getByRole('dialog', { name: 'Karabakh' });
    await dialog.waitFor();
    const card = (await cardBox(page))!;
    // Travel into the card, across the gap, then rest there.
    await page.mouse.move((card.left + card.right) / 2, (card.top + card.bottom) / 2, { steps: 8 });
    await page.waitForTimeout(1000);
    expect(await dialog.count()).toBe(1);
    // Leave for blank space: the grace period passes and it closes.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => dialog.count(), { timeout: 2000 }).toBe(0);
    await page.close();
  });

  test('the card stays while other text changes, and closes when its mention leaves the page', async () => {
    const { page } = await session.openPage('/light');
    await stepMention(session.browser.worker, page, 1);
    const dialog = page.getByRole('dialog', { name: 'Russian Military Contingent' }); // the first mention, in p#first
    await dialog.waitFor();
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>New text about Karabakh arrives.</p>'));
    await page.waitForTimeout(800);
    expect(await dialog.count()).toBe(1);
    await page.evaluate(() => document.getElementById('first')!.remove());
    await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(0);
    await page.close();
  });

  test('the pin keeps the card when the pointer leaves; the close button closes it', async () => {
    const { page } = await session.openPage('/light');
    await hover(page, await drawnMention(page, 'Russian peacekeepers'));
    const dialog = page.getByRole('dialog', { name: 'Russian Military Contingent' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep this card open' }).click();
    await page.mouse.move(5, 5, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  test('the keyboard command steps through mentions in order, wrapping, with focus in the card and back on Escape', async () => {
    const { page } = await session.openPage('/light');
    const mentions = await settledMentions(page);
    const names: Record<string, string> = {};
    await page.focus('#before');
    await page.evaluate(() => scrollTo(0, 0)); // focusing scrolled to the button; stepping starts from the view
    const seen: string[] = [];
    for (let i = 0; i < mentions.length + 1; i++) {
      await stepMention(session.browser.worker, page, 1);
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      seen.push((await dialog.getAttribute('aria-labelledby')) ?? '');
      names[i] = await page.evaluate(() => {
        for (const element of document.querySelectorAll('*')) {
          const dialog = element.shadowRoot?.querySelector('[role="dialog"]');
          if (dialog) return dialog.querySelector('h2')?.textContent ?? '';
        }
        return '';
      });
      expect(await focusedRole(page)).toBe('dialog');
      const card = (await cardBox(page))!;
      const now = (await drawnMentions(page))[i % mentions.length]!;
      expect(now.top, `step ${i}: ${now.text} scrolled into view`).toBeGreaterThanOrEqual(0);
      expect(now.bottom).toBeLessThanOrEqual(800);
      expect(overlaps(card, now)).toBe(false);
    }
    const expected = mentions.map((mention) => entityName(mention.text));
    expect(Object.values(names)).toEqual([...expected, expected[0]]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await focusedRole(page)).toBe('before');
    await stepMention(session.browser.worker, page, -1);
    await page.getByRole('dialog').waitFor();
    await page.close();
  });

  test('touch: tapping a mention opens its card without following its link; tapping elsewhere closes; other links still work', async () => {
    const { page } = await session.openPage('/light');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const mention = await drawnMention(page, 'Artsakh'); // inside <a href="#navigated">
    await tap((mention.left + mention.right) / 2, (mention.top + mention.bottom) / 2);
    const dialog = page.getByRole('dialog', { name: 'Karabakh' });
    await dialog.waitFor({ timeout: 2000 });
    expect(await page.evaluate(() => location.hash)).toBe('');
    await tap(40, 700);
    await expect.poll(() => dialog.count()).toBe(0);
    const link = (await page.locator('#plain-link').boundingBox())!;
    await tap(link.x + link.width / 2, link.y + link.height / 2);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#elsewhere');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await cdp.detach();
    await page.close();
  });

  test.each(['/light', '/dark'])('axe finds no accessibility violations in the open card (%s)', async (path) => {
    const { page } = await session.openPage(path);
    await stepMention(session.browser.worker, page, 1);
    await page.getByRole('dialog').waitFor();
    await page.evaluate(readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      type Axe = { run(context: Element): Promise<{ violations: { id: string; help: string }[] }> };
      const host = [...document.querySelectorAll('*')].find((element) => element.shadowRoot?.querySelector('[role="dialog"]'));
      if (!host) throw new Error('no card open');
      const result = await (window as unknown as { axe: Axe }).axe.run(host);
      return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  test('the popup’s reveal-mention scrolls to that mention and opens its card with focus', async () => {
    const { page } = await session.openPage('/light');
    const mentions = await settledMentions(page);
    const last = mentions.length - 1;
    expect(mentions[last]!.top).toBeGreaterThan(800); // off screen to begin with
    await page.bringToFront();
    const answered = await session.browser.worker.evaluate(async (index) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'reveal-mention', index }, { frameId: 0 });
    }, last);
    expect(answered).toBe(true);
    const dialog = page.getByRole('dialog', { name: entityName(mentions[last]!.text) });
    await dialog.waitFor();
    const now = (await drawnMentions(page))[last]!;
    expect(now.top).toBeGreaterThanOrEqual(0);
    expect(now.bottom).toBeLessThanOrEqual(800);
    expect(overlaps((await cardBox(page))!, now)).toBe(false);
    expect(await focusedRole(page)).toBe('dialog');
    await page.close();
  });
});
