/**
 * What a page that keeps changing costs with the extension, once loaded: a bench article
 * with a live corner (a clock rewritten every 100 ms, a feed item every 500 ms;
 * testing/pages/live-corner.ts), main-thread CPU over WINDOW ms once SETTLE ms have passed
 * after `load`, for each configuration in turn, run after run, with the trace's largest
 * rendering steps (PrePaint is where an underlined highlight costs, dom/busy-page.ts).
 *   npx tsx bench/live-page.ts [100kb|1mb|5mb] [runs] name=DIR|none|floor ...
 * DIR: a built extension folder (copy .output/chrome-mv3 aside to compare builds).
 * Environment: A11Y=on adds --force-renderer-accessibility; SETTLE (4000), WINDOW (8000).
 */
import { join } from 'node:path';
import { launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { sharedDir } from '../testing/harness/paths';
import { startServer } from '../testing/harness/server';
import { writeFloorExtension } from '../testing/measure/floor-extension';
import { median, readMainThreadTime } from '../testing/measure/measure';
import { recordTrace } from '../testing/measure/trace';
import { articlePage } from '../testing/pages/article-page';
import { loadProse } from '../testing/pages/corpus';
import { liveCorner } from '../testing/pages/live-corner';
import { benchNames } from '../testing/pages/names';

const [size = '5mb', runsArg = '3', ...configs] = process.argv.slice(2);
const bytes = { '100kb': 100_000, '1mb': 1_000_000, '5mb': 5_000_000 }[size];
const SETTLE = Number(process.env.SETTLE ?? 4000);
const WINDOW = Number(process.env.WINDOW ?? 8000);
const STEPS = ['PrePaint', 'Paint', 'Layout', 'UpdateLayoutTree'];

async function main(): Promise<void> {
  if (!bytes || configs.length === 0) {
    console.error('usage: tsx bench/live-page.ts [100kb|1mb|5mb] [runs] name=DIR|none|floor ...');
    process.exitCode = 2;
    return;
  }
  const prose = loadProse(join(sharedDir, 'corpus/docs'));
  const article = articlePage({ targetBytes: bytes, paragraphs: prose.paragraphs, names: benchNames(), seed: 7 });
  const server = await startServer({ '/live': article.html.replace('</body>', `${liveCorner()}</body>`) });
  const names = benchNames().map((entry) => entry.name);
  const browsers: Array<{ name: string; browser: ExtensionBrowser }> = [];
  for (const config of configs) {
    const [name = config, dir = 'none'] = config.split('=');
    const extensionDir = dir === 'none' ? undefined : dir === 'floor' ? writeFloorExtension(names) : dir;
    const extraArgs = process.env.A11Y === 'on' ? ['--force-renderer-accessibility'] : [];
    browsers.push({ name, browser: await launchChromium({ extensionDir, withExtension: dir !== 'none', extraArgs }) });
  }
  const added: Record<string, number[]> = {};
  try {
    for (let run = 0; run < Number(runsArg); run++) {
      for (const { name, browser } of browsers) {
        const tab = await browser.context.newPage();
        await tab.bringToFront();
        const cdp = await browser.context.newCDPSession(tab);
        await cdp.send('Performance.enable');
        await tab.goto(server.url('/live'), { waitUntil: 'load', timeout: 180_000 });
        await tab.waitForTimeout(SETTLE);
        const before = await readMainThreadTime(cdp);
        const events = await recordTrace(cdp, () => tab.waitForTimeout(WINDOW));
        const after = await readMainThreadTime(cdp);
        const ms = (step: string) =>
          events.filter((e) => e.ph === 'X' && e.name === step).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
        const thread = after.thread - before.thread;
        added[name] = [...(added[name] ?? []), thread];
        console.log(
          `${name} run ${run}: main thread ${thread.toFixed(3)} s; ${STEPS.map((s) => `${s} ${ms(s).toFixed(0)} ms`).join(', ')}`,
        );
        await tab.close();
      }
    }
  } finally {
    for (const { browser } of browsers) await browser.close();
    await server.close();
  }
  const base = added.none ? median(added.none) : undefined;
  console.log(`\n${size} live page, ${WINDOW / 1000} s after ${SETTLE / 1000} s of settling, medians of ${runsArg}:`);
  for (const [name, values] of Object.entries(added)) {
    const m = median(values);
    const extra =
      base === undefined || name === 'none' ? '' : `, +${(m - base).toFixed(3)} s over the page alone (${(m / base).toFixed(2)}×)`;
    console.log(`  ${name.padEnd(10)} ${m.toFixed(3)} s${extra}`);
  }
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
