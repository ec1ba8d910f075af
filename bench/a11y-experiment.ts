/**
 * Experiment harness (issue 15): main-thread CPU of loads of one bench page in several
 * configurations (no extension, the floor extension, built variants of ours), accessibility
 * on and off, interleaved run by run. Each load is held open HOLD ms after `load`.
 * Usage: tsx bench/a11y-experiment.ts PAGE RUNS HOLD_MS name=dir|none|floor ... [--trace name]
 *   PAGE: 100kb, 1mb, 5mb or text (the 2 MB text node); dir: a built extension folder (copy
 *   .output/chrome-mv3 aside to compare builds). Environment: A11Y=on|off (default both);
 *   TRACE_ALL=1 traces every load and prints Chromium's accessibility work, the number of
 *   frames and the extension's script CPU; CATS=a,b adds trace categories; PROFILE=name
 *   prints a sampling profile of that configuration's first load. `--trace name_a11y`
 *   writes that load's trace to the temp folder as kc-trace-name_a11y.json.
 * An experiment tool, not the benchmark: `npm run bench` is the reference.
 */
import type { BrowserContext } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ExtensionBrowser } from '../testing/harness/chromium';
import { sharedDir } from '../testing/harness/paths';
import { startServer } from '../testing/harness/server';
import { articlePage } from '../testing/pages/article-page';
import { textNodePage } from '../testing/pages/text-node-page';
import { loadProse } from '../testing/pages/corpus';
import { benchNames } from '../testing/pages/names';
import { writeFloorExtension } from '../testing/measure/floor-extension';
import { installProbes, HIGHLIGHT_POLL_MS } from '../testing/measure/probes';
import { readMainThreadTime } from '../testing/measure/measure';
import { recordTrace } from '../testing/measure/trace';
import { startProfile, stopProfile, summariseProfile } from '../testing/measure/profile';

const [pageArg = '5mb', runsArg = '3', holdArg = '4000', ...rest] = process.argv.slice(2);
const traceAt = rest.indexOf('--trace');
const traceName = traceAt >= 0 ? rest[traceAt + 1] : undefined;
const configs = rest.filter((arg, i) => arg.includes('=') && !(traceAt >= 0 && i === traceAt + 1));
const bytes = { '100kb': 100_000, '1mb': 1_000_000, '5mb': 5_000_000, text: 2_000_000 }[pageArg]!;
const prose = loadProse(join(sharedDir, 'corpus/docs'));
const options = { targetBytes: bytes, paragraphs: prose.paragraphs, names: benchNames(), seed: 7 };
const page = pageArg === 'text' ? textNodePage(options) : articlePage(options);

/** A headless Chromium with `dir`'s extension (none when undefined), accessibility on or off, given time to start. */
async function launch(dir: string | undefined, a11y: boolean): Promise<ExtensionBrowser> {
  const browser = await launchChromium({
    extensionDir: dir,
    withExtension: dir !== undefined,
    extraArgs: a11y ? ['--force-renderer-accessibility'] : [],
  });
  await new Promise((r) => setTimeout(r, 1500));
  return browser;
}

async function main() {
  const server = await startServer({ '/blank': '<!doctype html><title>blank</title>', '/p': page.html });
  const names = benchNames().map((e) => e.name);
  const list = configs.map((c) => {
    const [name, dir] = c.split('=') as [string, string];
    return { name, dir: dir === 'none' ? undefined : dir === 'floor' ? writeFloorExtension(names) : dir };
  });
  const results: Record<string, number[]> = {};
  const record = (key: string, value: number) => {
    results[key] = [...(results[key] ?? []), value];
  };
  const browsers: Array<{ key: string; context: BrowserContext; close: () => Promise<void> }> = [];
  for (const c of list)
    for (const a11y of process.env.A11Y === 'on' ? [true] : process.env.A11Y === 'off' ? [false] : [false, true]) {
      const browser = await launch(c.dir, a11y);
      browsers.push({ key: `${c.name}${a11y ? ' a11y' : ''}`, context: browser.context, close: () => browser.close() });
    }
  for (let run = 0; run < Number(runsArg); run++) {
    for (const b of browsers) {
      const tab = await b.context.newPage();
      await tab.addInitScript(installProbes, HIGHLIGHT_POLL_MS);
      await tab.bringToFront();
      const cdp = await b.context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      await tab.goto(server.url('/blank'));
      const before = await readMainThreadTime(cdp);
      const go = async () => {
        await tab.goto(server.url('/p'), { waitUntil: 'load', timeout: 180_000 });
        await tab.waitForTimeout(Number(holdArg));
      };
      let a11yNote = '';
      if ((traceName === b.key.replace(/ /g, '_') && run === 0) || process.env.TRACE_ALL) {
        const events = await recordTrace(cdp, go, (process.env.CATS ?? 'accessibility').split(','));
        if (!process.env.TRACE_ALL) writeFileSync(join(tmpdir(), `kc-trace-${b.key.replace(/ /g, '_')}.json`), JSON.stringify(events));
        const ser = events.filter((e) => e.ph === 'X' && /^SerializeLifecycleStage/.test(e.name));
        const ax = events.filter(
          (e) =>
            e.ph === 'X' &&
            /^(SerializeLifecycleStage|ProcessDeferredUpdatesLifecycleStage|RenderAccessibilityImpl::SendPendingAccessibilityEvents)/.test(
              e.name,
            ),
        );
        const ms = (xs: typeof events) => xs.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
        const ours = events.filter(
          (e) =>
            (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
            e.ph === 'X' &&
            (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
        );
        const frames = events.filter((e) => e.ph === 'X' && e.name === 'Commit').length;
        a11yNote = ` | frames ${frames} | a11y ${ms(ax).toFixed(0)} ms (${ser.length} serializations ${ser.map((e) => ((e.dur ?? 0) / 1000).toFixed(0)).join('+')}) ext calls ${ms(ours).toFixed(0)} ms`;
        record(`${b.key} [a11y ms]`, ms(ax) / 1000);
      } else if (process.env.PROFILE && b.key === process.env.PROFILE) {
        await startProfile(cdp, 100);
        await go();
        const summary = summariseProfile(await stopProfile(cdp), 'chrome-extension://', 25);
        console.log(JSON.stringify(summary, null, 1));
      } else await go();
      const after = await readMainThreadTime(cdp);
      const info = await tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          hl: window.__kcBench?.highlights ?? 0,
          first: window.__kcBench?.firstHighlightAt,
          last: window.__kcBench?.lastHighlightChangeAt,
          dcl: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
        };
      });
      record(b.key, after.thread - before.thread);
      console.log(
        `${b.key} run ${run}: ${(after.thread - before.thread).toFixed(3)} s script ${(after.script - before.script).toFixed(3)} style ${(after.style - before.style).toFixed(3)} layout ${(after.layout - before.layout).toFixed(3)}; hl ${info.hl} first ${info.first?.toFixed(0)} last ${info.last?.toFixed(0)} dcl ${info.dcl.toFixed(0)} load ${info.load.toFixed(0)}${a11yNote}`,
      );
      await tab.close();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(results.none ?? [0]);
  const baseA = median(results['none a11y'] ?? [0]);
  for (const [key, xs] of Object.entries(results)) {
    const m = median(xs);
    const added = m - (key.endsWith('a11y') ? baseA : base);
    console.log(`${key.padEnd(20)} median ${m.toFixed(3)} s  added ${added.toFixed(3)} s`);
  }
  for (const b of browsers) await b.close();
  await server.close();
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
