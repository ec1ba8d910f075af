/**
 * Page CSS that targets everything (`all: unset !important`, maximal z-index overlays, zoom,
 * transforms, RTL, vertical writing): the card must still open, be readable (full text,
 * a real size, inside the viewport) and be the topmost thing where it is drawn.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { waitForHighlights } from '../testing/harness/highlights';
import { projectRoot } from '../testing/harness/paths';
import { startServer, type TestServer } from '../testing/harness/server';
import { waitForCard } from './fixtures/hostile-card';
import { hoverMention } from './fixtures/hostile-hover';
import { readProbe } from './fixtures/hostile-probe';
import { HOSTILE_STYLES, styledPage } from './fixtures/hostile-styles';

/** Screenshots for a person to look at; kept out of git (e2e/.tmp). */
const shots = join(projectRoot, 'e2e/.tmp');

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const routes = Object.fromEntries(Object.keys(HOSTILE_STYLES).map((name) => [`/${name}`, styledPage(name)]));
  server = await startServer({ ...routes, '/favicon.ico': { body: '', type: 'image/x-icon' } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each(Object.keys(HOSTILE_STYLES))('page CSS "%s": the card opens readable and on top', async (name) => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url(`/${name}`));
  await waitForHighlights(page, 4);
  await page.waitForTimeout(300);
  expect((await readProbe(page)).changes).toEqual([]);

  await hoverMention(page, 0);
  const card = await waitForCard(page);
  expect(card.text).toContain('bne IntelliNews');
  expect(card.text.length).toBeGreaterThan(200);
  const box = card.box;
  expect(box, 'the card has a box').not.toBeNull();
  if (!box) return;
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  expect(box.right - box.left).toBeGreaterThan(200);
  expect(box.bottom - box.top).toBeGreaterThan(120);
  expect(box.left).toBeGreaterThanOrEqual(-1);
  expect(box.top).toBeGreaterThanOrEqual(-1);
  expect(box.right).toBeLessThanOrEqual(viewport.width + 1);
  expect(box.bottom, 'the card ends inside the viewport').toBeLessThanOrEqual(viewport.height + 1);

  // What the page sees at the card's centre is not one of its own elements: the card is on top.
  const centre = { x: (box.left + box.right) / 2, y: (box.top + Math.min(box.bottom, viewport.height)) / 2 };
  const topmostIsPageOwn = await page.evaluate(({ x, y }) => {
    const element = document.elementFromPoint(x, y);
    return element ? element.matches('html, body, h1, p') : true;
  }, centre);
  expect(topmostIsPageOwn, `the page's own element is on top of the card at ${JSON.stringify(centre)}`).toBe(false);

  await page.screenshot({ path: join(shots, `hostile-css-${name}.png`) });
  expect(errors).toEqual([]);
  await page.close();
});
