/**
 * Experiment harness (issue 15): what scrolling costs a screen-reader user on the page
 * Chromium's accessibility handles worst, one 2 MB text node. Each configuration's page is
 * loaded in a Chromium with accessibility on (--force-renderer-accessibility), left to
 * settle, then scrolled by STEPS PageDown presses, one per second or when the main thread
 * is free again, whichever is later; we report the main-thread time of the scrolling alone
 * (ThreadTime, Performance.getMetrics), the time until the page answered again after each
 * press, and how many highlights were registered at the end.
 * Usage: tsx bench/a11y-scroll.ts RUNS STEPS name=dir|none ...   (dir: a built extension folder)
 * An experiment tool, not the benchmark: `npm run bench` is the reference.
 */
import { launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { startServer } from '../testing/harness/server';
import { benchPage } from '../testing/pages/bench-page';
import { installProbes, HIGHLIGHT_POLL_MS } from '../testing/measure/probes';
import { readMainThreadTime } from '../testing/measure/measure';

const [runsArg = '2', stepsArg = '6', ...configs] = process.argv.slice(2);
const page = benchPage('2mbtextnode');

/** A headless Chromium with accessibility on and `dir`'s extension (none when undefined), given time to start. */
async function launch(dir: string | undefined): Promise<ExtensionBrowser> {
  const browser = await launchChromium({
    extensionDir: dir,
    withExtension: dir !== undefined,
    extraArgs: ['--force-renderer-accessibility'],
  });
  await new Promise((r) => setTimeout(r, 1500));
  return browser;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const server = await startServer({ '/blank': '<!doctype html><title>blank</title>', '/p': page.html });
  const list = configs.map((c) => {
    const [name, dir] = c.split('=') as [string, string];
    return { name, dir: dir === 'none' ? undefined : dir };
  });
  const browsers = [];
  for (const c of list) {
    const browser = await launch(c.dir);
    browsers.push({ name: c.name, context: browser.context, close: () => browser.close() });
  }
  const totals: Record<string, number[]> = {};
  const waits: Record<string, number[]> = {};
  for (let run = 0; run < Number(runsArg); run++) {
    for (const b of browsers) {
      const tab = await b.context.newPage();
      await tab.addInitScript(installProbes, HIGHLIGHT_POLL_MS);
      await tab.bringToFront();
      const cdp = await b.context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      await tab.goto(server.url('/p'), { waitUntil: 'load', timeout: 180_000 });
      // Settled: the load's own accessibility work and our first highlights are behind us.
      await tab.waitForTimeout(12_000);
      await tab.mouse.click(5, 5);
      const before = await readMainThreadTime(cdp);
      const stepWaits: number[] = [];
      for (let step = 0; step < Number(stepsArg); step++) {
        const pressed = Date.now();
        await tab.keyboard.press('PageDown');
        // The page answers when its main thread is free: a task posted now runs after Chromium's work.
        await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        stepWaits.push(Date.now() - pressed);
        if (process.env.VERBOSE)
          console.log(
            `  press ${step + 1}: ${await tab.evaluate(() => {
              const starts: number[] = [];
              for (const h of CSS.highlights.values()) for (const r of h as Iterable<AbstractRange>) starts.push(r.startOffset);
              starts.sort((a, b) => a - b);
              return `scrollY ${Math.round(scrollY)}, ${starts.length} ranges from offset ${starts[0]} to ${starts.at(-1)}`;
            })}`,
          );
        await tab.waitForTimeout(Math.max(0, 1000 - (Date.now() - pressed)));
      }
      await tab.waitForTimeout(4000);
      const after = await readMainThreadTime(cdp);
      const highlights = await tab.evaluate(() => window.__kcBench?.highlights ?? 0);
      const thread = after.thread - before.thread;
      totals[b.name] = [...(totals[b.name] ?? []), thread];
      waits[b.name] = [...(waits[b.name] ?? []), ...stepWaits];
      console.log(
        `${b.name} run ${run}: scrolling ${thread.toFixed(2)} s main thread; answered after ${stepWaits.map((w) => (w / 1000).toFixed(1)).join(' ')} s; ${highlights} highlights`,
      );
      await tab.close();
    }
  }
  for (const b of browsers) {
    const w = waits[b.name]!;
    console.log(
      `${b.name.padEnd(12)} scrolling ${stepsArg} pages: median ${median(totals[b.name]!).toFixed(2)} s main thread; per press median ${(median(w) / 1000).toFixed(2)} s, worst ${(Math.max(...w) / 1000).toFixed(2)} s`,
    );
    await b.close();
  }
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
