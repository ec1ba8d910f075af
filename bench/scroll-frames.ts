/**
 * Frames while a loaded bench article is scrolled 40 px at every frame for 4 s: how many,
 * and how many took over 20 ms (dropped at 60 Hz), for each configuration in turn.
 * Registering or dropping highlights as text comes near the screen makes Chromium rebuild
 * every marker, and with an underline redo the page's visual overflow (dom/near-screen-painter.ts).
 *   npx tsx bench/scroll-frames.ts [100kb|1mb|5mb|2mbtextnode] [runs] name=DIR|none ...
 * (2mbtextnode: the 2 MB plain-text page, one text node in a <pre>.)
 */
import { launchChromium } from '../testing/harness/chromium';
import { startServer } from '../testing/harness/server';
import { benchPage, isBenchPageName } from '../testing/pages/bench-page';

const [size = '5mb', runsArg = '2', ...configs] = process.argv.slice(2);

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
  if (!isBenchPageName(size) || configs.length === 0) {
    console.error('usage: tsx bench/scroll-frames.ts [100kb|1mb|5mb|2mbtextnode] [runs] name=DIR|none ...');
    process.exitCode = 2;
    return;
  }
  const server = await startServer({ '/page': benchPage(size).html });
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
