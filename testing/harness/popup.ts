import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser, type LaunchOptions } from './chromium';
import { projectRoot } from './paths';

/** A free loopback port for Chromium's DevTools endpoint. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PopupBrowser extends ExtensionBrowser {
  /**
   * Opens the real toolbar popup over `page` (so the popup's "active tab" is that page) and
   * returns it. Closing the popup page closes the popup.
   */
  openPopup(page: Page): Promise<Page>;
}

/**
 * Chromium with the extension and a DevTools port: the real popup is a page Playwright's
 * own context does not list, so it is reached over CDP (see TOOLCHAIN.md, "The real popup").
 */
export async function launchWithPopup(options: LaunchOptions = {}): Promise<PopupBrowser> {
  const port = await freePort();
  const ext = await launchChromium({ ...options, extraArgs: [...(options.extraArgs ?? []), `--remote-debugging-port=${port}`] });
  let cdp: Browser | undefined;
  const popupPages = (connected: Browser) =>
    connected
      .contexts()
      .flatMap((context) => context.pages())
      .filter((p) => p.url().endsWith('/popup.html'));

  return {
    ...ext,
    async openPopup(page: Page): Promise<Page> {
      await page.bringToFront();
      await ext.worker.evaluate(() => chrome.action.openPopup());
      // Connect after opening: Playwright lists the targets that exist when it attaches.
      await cdp?.close().catch(() => undefined);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
        const popup = popupPages(cdp)[0];
        if (popup) {
          await popup.waitForLoadState('domcontentloaded');
          return popup;
        }
        await cdp.close().catch(() => undefined);
        cdp = undefined;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('the popup did not open');
    },
    async close() {
      // Disconnect from the DevTools endpoint before the browser goes.
      await cdp?.close().catch(() => undefined);
      await ext.close();
    },
  };
}

const axeSource = () => readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core inside an extension page. `evaluate` is used rather than a script tag
 * because the extension's CSP refuses inline scripts (DevTools evaluation is exempt).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
