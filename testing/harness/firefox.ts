import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readHighlights, type DrawnHighlight } from './highlights';
import { firefoxBuild, firefoxPath, requireBuild } from './paths';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the manifest's gecko id). */
  extensionId: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * What the add-on finds in `storage.local` when it starts. Extension pages cannot be opened
   * over WebDriver BiDi, so the storage is written into the profile beforehand, in the
   * format of Firefox's JSON storage backend (`browser-extension-data/<id>/storage.js`),
   * which Firefox still uses when `extensions.webextensions.ExtensionStorageIDB.enabled`
   * is false.
   */
  storage?: Record<string, unknown>;
}

function geckoId(ext: string): string {
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${ext}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi with the built Firefox extension installed as a
 * temporary add-on, in a fresh profile removed on close.
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const ext = requireBuild(firefoxBuild, 'npm run build:firefox');
  const profile = mkdtempSync(join(tmpdir(), 'kc-firefox-'));
  if (options.storage) {
    const dir = join(profile, 'browser-extension-data', geckoId(ext));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'storage.js'), JSON.stringify(options.storage));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // Keep a machine without network quiet and fast: no update checks or telemetry pings.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...(options.storage ? { 'extensions.webextensions.ExtensionStorageIDB.enabled': false } : {}),
    },
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const extensionId = await browser.installExtension(ext);
    return { browser, extensionId, newPage: () => browser.newPage(), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Polls until the condition on the highlights holds, or throws with what it last saw. */
export async function waitForFirefoxHighlights(
  page: Page,
  accept: (seen: DrawnHighlight[]) => boolean = (seen) => seen.length > 0,
  timeout = 15_000,
): Promise<DrawnHighlight[]> {
  const deadline = Date.now() + timeout;
  let seen: DrawnHighlight[] = [];
  while (Date.now() < deadline) {
    seen = await readHighlights(page);
    if (accept(seen)) return seen;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`highlights never reached the expected state; last saw ${JSON.stringify(seen.slice(0, 5))}`);
}
