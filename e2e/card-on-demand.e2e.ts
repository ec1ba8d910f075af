/**
 * The hover card's code (Preact, Floating UI, the dataset) is not in the content script
 * that runs in every frame of every page: it is card-ui.js, imported the first time a
 * card is about to open. Checked on the built files, then in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { waitForHighlights } from '../testing/harness/highlights';
import { BUILDS, projectRoot } from '../testing/harness/paths';
import { watchPackageLoads } from '../testing/harness/package-loads';
import { startServer, type TestServer } from '../testing/harness/server';
import { cardOpeningDelay, drawnMention, hover, watchCardOpening } from './fixtures/card-helpers';
import { lightPage } from './fixtures/card-pages';

interface Manifest {
  web_accessible_resources?: (string | { resources: string[]; matches: string[]; use_dynamic_url?: boolean })[];
}

const dataset = JSON.parse(readFileSync(join(projectRoot, 'data/dataset.json'), 'utf8')) as {
  article: { citation: string };
  entities: { summary: string }[];
};

/** Strings only the card's code holds: from the dataset, Preact and Floating UI. */
const CARD_ONLY = [
  dataset.article.citation,
  dataset.entities[0]!.summary.slice(0, 40),
  'dangerouslySetInnerHTML', // Preact's renderer
  'referenceHidden', // Floating UI's hide middleware
  'Keep this card open', // card/components/MentionCard.tsx
];

describe.each(BUILDS)('the %s build', (name, dir) => {
  test('content.js holds none of the card; card-ui.js holds all of it', () => {
    const content = readFileSync(join(dir(), 'content-scripts/content.js'), 'utf8');
    const cardUi = readFileSync(join(dir(), 'card-ui.js'), 'utf8');
    for (const text of CARD_ONLY) {
      expect(content, `content.js contains “${text}”`).not.toContain(text);
      expect(cardUi, `card-ui.js lacks “${text}”`).toContain(text);
    }
    const size = (text: string) => `${Buffer.byteLength(text)} B (gzip ${gzipSync(text).length} B)`;
    console.info(`${name}: content.js ${size(content)}, card-ui.js ${size(cardUi)}`);
  });

  test('card-ui.js and page-detector.js, and only they, are web-accessible (content scripts may import only those)', () => {
    const manifest = JSON.parse(readFileSync(join(dir(), 'manifest.json'), 'utf8')) as Manifest;
    if (name === 'chrome-mv3') {
      // use_dynamic_url: the files answer only at an address whose id changes every session.
      expect(manifest.web_accessible_resources).toEqual([
        { resources: ['card-ui.js', 'page-detector.js'], matches: ['<all_urls>'], use_dynamic_url: true },
      ]);
    } else {
      expect(manifest.web_accessible_resources).toEqual(['card-ui.js', 'page-detector.js']);
    }
  });
});

describe('in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ '/light': lightPage });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a page is read without the card’s code; resting on a mention loads it during the hover delay', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const loads = watchPackageLoads(page, '/card-ui.js');
    await page.goto(server.url('/light'));
    await waitForHighlights(page, 1);
    const mention = await drawnMention(page, 'Russian peacekeepers');
    // Blank space around the text, away from any mention.
    await page.mouse.move(5, 5);
    await page.mouse.move(20, 700, { steps: 4 });
    await page.waitForTimeout(500);
    expect(loads, 'card-ui.js requested before any mention was hovered').toEqual([]);

    await watchCardOpening(page);
    await hover(page, mention);
    await page.getByRole('dialog', { name: 'RMC' }).waitFor();
    const shownAt = Date.now();
    const delay = await cardOpeningDelay(page);
    expect(loads).toHaveLength(1);
    // Requested as the pointer reached the mention, not when the 300 ms delay ran out.
    expect(shownAt - loads[0]!, 'ms from requesting card-ui.js to the card showing').toBeGreaterThan(150);
    // card.e2e.ts holds the first card of a page to the hover delay's schedule (under 700 ms).
    expect(delay).toBeGreaterThanOrEqual(280);
    console.info(`first card on a page: opened ${Math.round(delay)} ms after the pointer came to rest`);

    await page.keyboard.press('Escape');
    await hover(page, await drawnMention(page, 'Karabakh'));
    await page.getByRole('dialog', { name: 'Karabakh' }).waitFor();
    expect(loads, 'loaded once per page').toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
