import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxBuild, firefoxPath, requireBuild } from './paths';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the manifest's gecko id). */
  extensionId: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi with the built Firefox extension installed as a
 * temporary add-on, in a fresh profile that puppeteer removes on close.
 */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const ext = requireBuild(firefoxBuild, 'npm run build:firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // Keep a machine without network quiet and fast: no update checks or telemetry pings.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const extensionId = await browser.installExtension(ext);
    return {
      browser,
      extensionId,
      newPage: () => browser.newPage(),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface FirefoxHighlight {
  name: string;
  text: string;
}

/** What `CSS.highlights` holds, read from the page's side (as in highlights.ts, for puppeteer). */
export async function readFirefoxHighlights(page: Page): Promise<FirefoxHighlight[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return out;
    for (const [name, highlight] of registry) {
      for (const range of highlight) {
        const live = document.createRange();
        try {
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          out.push({ name, text: live.toString() });
        } catch {
          out.push({ name, text: '' });
        }
      }
    }
    return out;
  });
}

/** Polls until the condition on the highlights holds, or throws with what it last saw. */
export async function waitForFirefoxHighlights(
  page: Page,
  accept: (seen: FirefoxHighlight[]) => boolean = (seen) => seen.length > 0,
  timeout = 15_000,
): Promise<FirefoxHighlight[]> {
  const deadline = Date.now() + timeout;
  let seen: FirefoxHighlight[] = [];
  while (Date.now() < deadline) {
    seen = await readFirefoxHighlights(page);
    if (accept(seen)) return seen;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`highlights never reached the expected state; last saw ${JSON.stringify(seen.slice(0, 5))}`);
}
