/**
 * `npm run demo`: builds the extension when needed, serves demo/index.html from 127.0.0.1
 * and opens Debian's Chromium with the extension loaded.
 *
 * With a display it opens a window and waits until you close it. Without one it runs
 * headless, hovers the first mention, saves demo-output/demo.png and prints what it saw,
 * so the same command proves the extension works on a server or in CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../testing/harness/chromium';
import { readHighlights, waitForHighlights, type DrawnHighlight } from '../testing/harness/highlights';
import { chromeBuild, chromiumPath, projectRoot } from '../testing/harness/paths';
import { startServer } from '../testing/harness/server';
import { waitForCard } from '../e2e/fixtures/hostile-card';
import { hoverMention } from '../e2e/fixtures/hostile-hover';

/** What goes into the build; a newer file here than the built manifest means rebuild. */
const BUILD_INPUTS = [
  'entrypoints',
  'components',
  'core',
  'dom',
  'utils',
  'data',
  'public',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function ensureBuild(): void {
  const manifest = join(chromeBuild, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(projectRoot, input))));
  if (builtAt > sourcesAt) {
    console.log(`demo: using the build in ${relative(projectRoot, chromeBuild)} (up to date)`);
    return;
  }
  console.log(builtAt === 0 ? 'demo: no build yet, building…' : 'demo: sources changed since the last build, rebuilding…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new DemoError('the build failed (see above); fix it and run `npm run demo` again.');
}

class DemoError extends Error {}

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function waitUntilClosed(context: BrowserContext): Promise<void> {
  await new Promise<void>((done) => {
    context.once('close', () => done());
    process.once('SIGINT', () => void context.close().then(done, done));
  });
}

/** Highlighting is time-sliced (what is on screen first): wait until the count stops changing. */
async function settledHighlights(page: Page): Promise<DrawnHighlight[]> {
  let last = await readHighlights(page);
  for (let quiet = 0; quiet < 8; ) {
    await page.waitForTimeout(150);
    const now = await readHighlights(page);
    quiet = now.length === last.length ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

async function describeHeadless(context: BrowserContext, url: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await waitForHighlights(page, 1);
  const highlights = await settledHighlights(page);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const badge = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  });
  const hovered = await hoverMention(page, 0);
  const card = await waitForCard(page);
  const outDir = join(projectRoot, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const shot = join(outDir, 'demo.png');
  await page.screenshot({ path: shot });

  const texts = new Map<string, number>();
  for (const { text } of highlights) texts.set(text, (texts.get(text) ?? 0) + 1);
  console.log(`demo: ${highlights.length} highlighted mentions on the demo article; toolbar badge "${badge}"`);
  for (const [text, count] of texts) console.log(`  ${count} × ${text}`);
  console.log(`demo: hovered "${hovered.text}" → card "${card.name}"`);
  console.log(`demo: the card cites bne IntelliNews: ${card.text.includes('bne IntelliNews') ? 'yes' : 'NO'}`);
  console.log(`demo: screenshot written to ${shot}`);
}

async function main(): Promise<void> {
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    throw new DemoError((error as Error).message);
  }
  ensureBuild();
  const article = readFileSync(join(projectRoot, 'demo/index.html'), 'utf8');
  const server = await startServer({ '/': article });
  const headed = hasDisplay();
  const profile = mkdtempSync(join(tmpdir(), 'kc-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 900 },
    args: [...chromiumArgs, `--disable-extensions-except=${chromeBuild}`, `--load-extension=${chromeBuild}`],
  });
  try {
    const url = server.url('/');
    if (headed) {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      console.log(`demo: ${url} is open in Chromium with the extension. Hover a highlighted name; close the window to stop.`);
      await waitUntilClosed(context);
    } else {
      console.log('demo: no display ($DISPLAY/$WAYLAND_DISPLAY), running headless');
      await describeHeadless(context, url);
    }
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof DemoError ? error.message : error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
