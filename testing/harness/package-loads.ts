import type { Page, Request } from 'playwright-core';

/**
 * When each request for one of the package's on-demand scripts (`/card-ui.js`,
 * `/page-detector.js`) left, by the test's clock. Chromium redirects the per-session
 * address to the file inside: one load, two hops, counted once.
 */
export function watchPackageLoads(page: Page, pathname: string): number[] {
  const times: number[] = [];
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname === pathname && !request.redirectedFrom()) times.push(Date.now());
  });
  return times;
}
