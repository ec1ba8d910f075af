/**
 * Long tasks of ours on a hostile page, found in a Chromium trace (the Long Tasks API cannot
 * say whose a task is): each main-thread task over 30 ms, with the time of the calls into the
 * extension's scripts inside it, and a count of the tasks that are mostly ours. Traced, a
 * load runs slower than in `npm test`, and some of ours (a sort of a tall block's mentions
 * that took 1.6 s on the 200,000-element page) showed only here.
 * `npx tsx bench/long-tasks-of-ours.ts [many|2mbtextnode] [runs]`; EXT_DIR=a built extension
 * folder (default: .output/chrome-mv3), HOLD=ms after load (default 8000), VERBOSE=1 lists the tasks.
 */
import { launchChromium } from '../testing/harness/chromium';
import { startServer } from '../testing/harness/server';
import { recordTrace, type TraceEvent } from '../testing/measure/trace';
import { manyElementsBody } from '../testing/pages/many-elements';
import { benchPage } from '../testing/pages/bench-page';

const which = process.argv[2] ?? 'many';
const runs = Number(process.argv[3] ?? 2);
const html =
  which === '2mbtextnode'
    ? benchPage('2mbtextnode').html
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>many elements</title></head><body>${manyElementsBody()}</body></html>`;
const ourCall = (e: TraceEvent) =>
  e.ph === 'X' &&
  (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') &&
  (e.args?.data?.url ?? '').startsWith('chrome-extension://');

async function main(): Promise<void> {
  const server = await startServer({ '/blank': '<!doctype html><title>blank</title>', '/page': html });
  const browser = await launchChromium(process.env.EXT_DIR ? { extensionDir: process.env.EXT_DIR } : {});
  try {
    for (let run = 0; run < runs; run++) {
      const tab = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(tab);
      await tab.goto(server.url('/blank'));
      const events = await recordTrace(cdp, async () => {
        await tab.goto(server.url('/page'), { waitUntil: 'load', timeout: 120_000 });
        await tab.waitForTimeout(Number(process.env.HOLD ?? 8000));
      });
      const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 30_000);
      const ours = events.filter(ourCall);
      const rows = tasks.map((task) => {
        const end = task.ts + (task.dur ?? 0);
        const inside = ours.filter((o) => o.pid === task.pid && o.tid === task.tid && o.ts >= task.ts && o.ts < end);
        return { ms: (task.dur ?? 0) / 1000, ours: inside.reduce((sum, o) => sum + (o.dur ?? 0), 0) / 1000 };
      });
      const mostlyOurs = rows.filter((row) => row.ours > row.ms / 2);
      console.log(
        `run ${run + 1}: tasks mostly ours over 50 ms ${mostlyOurs.filter((r) => r.ms > 50).length}, over 100 ms ${mostlyOurs.filter((r) => r.ms > 100).length}, longest ${Math.max(0, ...mostlyOurs.map((r) => r.ms)).toFixed(0)} ms; our calls in all ${(ours.reduce((sum, o) => sum + (o.dur ?? 0), 0) / 1000).toFixed(0)} ms`,
      );
      if (process.env.VERBOSE) for (const row of rows) console.log(`  ${row.ms.toFixed(0)} ms, ours ${row.ours.toFixed(0)} ms`);
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
