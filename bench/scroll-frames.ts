/**
 * Frames while a loaded bench article is scrolled 40 px at every frame for 4 s: how many,
 * and how many took over 20 ms (dropped at 60 Hz), for each configuration in turn.
 * Registering or dropping highlights as text comes near the screen makes Chromium rebuild
 * every marker, and with an underline redo the page's visual overflow (dom/near-screen-painter.ts).
 *   npx tsx bench/scroll-frames.ts [1mb|5mb|2mbtextnode] [runs] name=DIR|none ...
 * (2mbtextnode: the 2 MB plain-text page, one text node in a <pre>.)
 */
import { join } from 'node:path';
import { launchChromium } from '../testing/harness/chromium';
import { sharedDir } from '../testing/harness/paths';
import { startServer } from '../testing/harness/server';
import { articlePage } from '../testing/pages/article-page';
import { loadProse } from '../testing/pages/corpus';
import { benchNames } from '../testing/pages/names';
import { textNodePage } from '../testing/pages/text-node-page';

const [size = '5mb', runsArg = '2', ...configs] = process.argv.slice(2);
const bytes = { '1mb': 1_000_000, '5mb': 5_000_000, '2mbtextnode': 2_000_000 }[size];

// A string, not a function: evaluated as written in the page, whatever the bundler adds to functions.
const SCROLL = `(async () => {
  const times = [];
  const started = performance.now();
  await new Promise((done) => {
    function frame(now) { times.push(now); window.scrollBy(0, 40); if (now - started < 4000) requestAnimationFrame(frame); else done(); }
    requestAnimationFrame(frame);
  });
  const gaps = times.slice(1).map((time, i) => time - times[i]);
  return { frames: gaps.length, slow: gaps.filter((gap) => gap > 20).length, longest: Math.round(Math.max(...gaps)) };
})()`;

async function main(): Promise<void> {
  if (!bytes || configs.length === 0) {
    console.error('usage: tsx bench/scroll-frames.ts [1mb|5mb|2mbtextnode] [runs] name=DIR|none ...');
    process.exitCode = 2;
    return;
  }
  const prose = loadProse(join(sharedDir, 'corpus/docs'));
  const options = { targetBytes: bytes, paragraphs: prose.paragraphs, names: benchNames(), seed: 7 };
  const server = await startServer({ '/page': (size === '2mbtextnode' ? textNodePage(options) : articlePage(options)).html });
  try {
    for (let run = 0; run < Number(runsArg); run++) {
      for (const config of configs) {
        const [name = config, dir = 'none'] = config.split('=');
        const browser = await launchChromium(dir === 'none' ? { withExtension: false } : { extensionDir: dir });
        try {
          const tab = await browser.context.newPage();
          await tab.goto(server.url('/page'), { waitUntil: 'load', timeout: 180_000 });
          await tab.waitForTimeout(5000);
          const result = (await tab.evaluate(SCROLL)) as { frames: number; slow: number; longest: number };
          console.log(`${size} ${name} run ${run}: ${result.slow} of ${result.frames} frames over 20 ms (longest ${result.longest} ms)`);
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
