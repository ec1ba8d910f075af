import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromeBuild, chromiumPath, requireBuild } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for reading the badge or storage. */
  worker: Worker;
  /** Opens the extension page (e.g. `popup.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Flags that keep Chromium quiet on a machine with no network and no display. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchOptions {
  /** Load the built extension (default true); false gives the same browser without it, for comparisons. */
  withExtension?: boolean;
  extraArgs?: string[];
  colorScheme?: 'light' | 'dark';
  /** Keep the same profile across launches (a "browser restart"). */
  userDataDir?: string;
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
  /** A phone: touch events, and `pointer: coarse` / `hover: none` in CSS. */
  touch?: boolean;
  /**
   * The browser's language, e.g. 'ru'. Debian's Chromium picks the extension's messages
   * from `--lang` together with the LANGUAGE environment variable, and the page's
   * `navigator.language` from `--accept-lang`: all three are set.
   */
  language?: string;
  /** Load this unpacked extension instead of ours (the benchmark's floor extension); it has no service worker. */
  extensionDir?: string;
}

/** Debian's Chromium with the built extension loaded, in a fresh profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const withExtension = options.withExtension ?? true;
  const ext = options.extensionDir ?? (withExtension ? requireBuild(chromeBuild, 'npm run build') : '');
  const ownsProfile = !options.userDataDir;
  const profile = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    ...(options.language ? { locale: options.language, env: { ...process.env, LANGUAGE: options.language } } : {}),
    args: [
      ...(options.language ? [`--lang=${options.language}`, `--accept-lang=${options.language}`] : []),
      ...chromiumArgs,
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension && !options.extensionDir) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    get worker() {
      if (!worker) throw new Error('launched without the extension');
      return worker;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownsProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a new tab on `url`, collecting its errors from before the first load. */
export async function openTab(context: BrowserContext, url: string): Promise<{ tab: Page; errors: string[] }> {
  const tab = await context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(url);
  return { tab, errors };
}

/** Collects errors from a page so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
