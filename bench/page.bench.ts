/**
 * Page benchmark (`npm run bench`): what the built extension costs a page's main thread,
 * beside a bare floor (drawing with our look, and with a plain background) and mark.js, on
 * article pages of ~100 KB, ~1 MB and ~5 MB.
 * A benchmark, not a test: it prints a table and writes bench/results/page-bench.md.
 * Flags: `--build` rebuilds the extension first (otherwise only when missing); `--quick` (see below).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../testing/harness/chromium';
import { chromeBuild, projectRoot, sharedDir } from '../testing/harness/paths';
import { startServer } from '../testing/harness/server';
import { articlePage } from '../testing/pages/article-page';
import { loadProse } from '../testing/pages/corpus';
import {
  countTextNodesOf,
  measureInjected,
  measureLoad,
  profileExtension,
  traceExtension,
  type Attribution,
  type SizeResult,
} from '../testing/measure/loads';
import { benchNames } from '../testing/pages/names';
import {
  afterTwoFrames,
  assertSelfContained,
  countTextNodes,
  installProbes,
  isOverHighlight,
  runFloor,
  runMarkJs,
} from '../testing/measure/probes';
import type { ProfileSummary } from '../testing/measure/profile';
import { writeFloorExtension } from '../testing/measure/floor-extension';
import { report } from '../testing/measure/report';
import { textNodePage } from '../testing/pages/text-node-page';

/** `--quick`: the 100 KB page once, to check the benchmark itself works. */
const QUICK = process.argv.includes('--quick');
function argValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const ALL_SIZES = [
  { label: '100 KB', path: '/article-100kb', bytes: 100_000, shape: 'article' },
  { label: '1 MB', path: '/article-1mb', bytes: 1_000_000, shape: 'article' },
  { label: '5 MB', path: '/article-5mb', bytes: 5_000_000, shape: 'article' },
  // A long plain-text document or log: one text node (issue 15's worst case with accessibility on).
  { label: '2 MB text node', path: '/text-node-2mb', bytes: 2_000_000, shape: 'text-node' },
] as const;
/** `--no-a11y`: skip the loads with accessibility on (Chromium's --force-renderer-accessibility, as a screen reader turns on). */
const A11Y = !process.argv.includes('--no-a11y');
/** `--only 5mb`: one page size (for trying a change); the report then covers that size alone. */
const ONLY = argValue('--only')?.toLowerCase().replace(/\s/g, '');
const SIZES = QUICK ? ALL_SIZES.slice(0, 1) : ALL_SIZES.filter((size) => !ONLY || size.label.toLowerCase().replace(/\s/g, '') === ONLY);
/** `--runs N`: paired loads per size (default 3); run to run the 5 MB figure spreads widely, so more runs give a steadier median. */
const RUNS = QUICK ? 1 : Math.max(1, Number(argValue('--runs') ?? 3) || 3);
/** mark.js takes ~10 s a run on the 5 MB page (far more on a busy machine): once is enough to compare. */
const MARK_JS_RUNS_ON_BIGGEST = 1;
/** The floor extension with accessibility on spends over a minute on the 2 MB text node each load. */
const FLOOR_A11Y_RUNS_ON_TEXT_NODE = 1;
const RESULTS = join(
  projectRoot,
  QUICK ? 'bench/results/page-bench-quick.md' : ONLY ? `bench/results/page-bench-${ONLY}.md` : 'bench/results/page-bench.md',
);

function ensureBuild(): void {
  const force = process.argv.includes('--build');
  if (!force && existsSync(join(chromeBuild, 'manifest.json'))) return;
  console.log(`Building the extension into ${chromeBuild} …`);
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('`wxt build` failed: the benchmark needs the built extension');
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  assertSelfContained(installProbes, runFloor, runMarkJs, countTextNodes, isOverHighlight, afterTwoFrames);
  ensureBuild();
  const prose = loadProse(join(sharedDir, 'corpus/docs'));
  const names = benchNames().map((entry) => entry.name);
  const pages = SIZES.map((size) => {
    const options = { targetBytes: size.bytes, paragraphs: prose.paragraphs, names: benchNames(), seed: 7 };
    return { ...size, page: size.shape === 'text-node' ? textNodePage(options) : articlePage(options) };
  });
  console.log(
    `Pages from ${prose.source === 'corpus' ? 'the shared corpus' : 'generated sentences'}: ${pages.map((p) => `${p.label} = ${p.page.bytes} B`).join(', ')}`,
  );
  const server = await startServer({
    '/blank': '<!doctype html><title>blank</title>',
    ...Object.fromEntries(pages.map((p) => [p.path, p.page.html])),
  });
  const plain = await launchChromium({ withExtension: false });
  const withExtension = await launchChromium({ withExtension: true });
  const floorExtension = await launchChromium({ extensionDir: writeFloorExtension(names) });
  const a11yArgs = { extraArgs: ['--force-renderer-accessibility'] };
  const a11y = A11Y
    ? {
        plain: await launchChromium({ withExtension: false, ...a11yArgs }),
        withExtension: await launchChromium(a11yArgs),
        floorExtension: await launchChromium({ extensionDir: writeFloorExtension(names), ...a11yArgs }),
      }
    : undefined;
  const results: SizeResult[] = [];
  let profile: ProfileSummary | null = null;
  let attribution: Attribution | null = null;
  try {
    for (const size of pages) {
      const result: SizeResult = {
        label: size.label,
        bytes: size.page.bytes,
        textNodes: await countTextNodesOf(plain.context, server, size.path),
        planted: size.page.plantedMentions,
        baseline: [],
        extension: [],
        floor: [],
        floorPlain: [],
        markJs: [],
        floorExtension: [],
        a11yBaseline: [],
        a11yExtension: [],
        a11yFloorExtension: [],
      };
      const markRuns = size.bytes >= 2_000_000 ? MARK_JS_RUNS_ON_BIGGEST : RUNS;
      for (let run = 1; run <= RUNS; run++) {
        const withIt = await measureLoad(withExtension, server, size.path);
        const without = await measureLoad(plain, server, size.path, withIt.settled.waitedAfterLoad);
        result.extension.push(withIt);
        result.baseline.push(without);
        result.floorExtension.push(await measureLoad(floorExtension, server, size.path, withIt.settled.waitedAfterLoad));
        if (a11y) {
          const a11yWith = await measureLoad(a11y.withExtension, server, size.path, undefined, { accessibilityWork: true });
          result.a11yExtension.push(a11yWith);
          result.a11yBaseline.push(
            await measureLoad(a11y.plain, server, size.path, a11yWith.settled.waitedAfterLoad, { accessibilityWork: true }),
          );
          // With accessibility on, the floor extension takes over a minute a load on the one-text-node page: once is enough there.
          if (size.shape !== 'text-node' || run <= FLOOR_A11Y_RUNS_ON_TEXT_NODE) {
            result.a11yFloorExtension.push(
              await measureLoad(a11y.floorExtension, server, size.path, 'until-drawn', { accessibilityWork: true }),
            );
          }
        }
        result.floor.push(await measureInjected(plain.context, server, size.path, 'floor', names));
        result.floorPlain.push(await measureInjected(plain.context, server, size.path, 'floor-plain', names));
        if (run <= markRuns) result.markJs.push(await measureInjected(plain.context, server, size.path, 'mark.js', names));
        console.log(
          `${size.label} run ${run}: with the extension ${withIt.time.thread.toFixed(3)} s CPU (${withIt.settled.highlights} highlights), without ${without.time.thread.toFixed(3)} s, floor ${result.floor.at(-1)?.time.thread.toFixed(3)} s (plain ${result.floorPlain.at(-1)?.time.thread.toFixed(3)} s), mark.js ${result.markJs.at(-1)?.time.thread.toFixed(3)} s, floor extension ${result.floorExtension.at(-1)?.time.thread.toFixed(3)} s${a11y ? `; accessibility on: with ${result.a11yExtension.at(-1)?.time.thread.toFixed(3)} s, without ${result.a11yBaseline.at(-1)?.time.thread.toFixed(3)} s, floor extension ${result.a11yFloorExtension.at(-1)?.time.thread.toFixed(3)} s` : ''} (${Math.round((Date.now() - startedAt) / 1000)} s in)`,
        );
      }
      results.push(result);
    }
    const big = pages.find((page) => page.label === '5 MB');
    if (big && !QUICK) {
      attribution = await traceExtension(withExtension, server, big.path);
      profile = await profileExtension(withExtension, server, big.path);
    }
  } finally {
    await withExtension.close();
    await plain.close();
    await floorExtension.close();
    await a11y?.plain.close();
    await a11y?.withExtension.close();
    await a11y?.floorExtension.close();
    await server.close();
  }
  const markdown = report(results, {
    runs: RUNS,
    markJsRunsOnBiggest: MARK_JS_RUNS_ON_BIGGEST,
    prose: prose.source,
    profile,
    attribution,
    elapsedS: (Date.now() - startedAt) / 1000,
    loadAverage: [loadAtStart, loadavg()[0] ?? 0],
  });
  mkdirSync(join(projectRoot, 'bench/results'), { recursive: true });
  writeFileSync(RESULTS, markdown);
  console.log(`\n${markdown}`);
  console.log(`Written to ${RESULTS.replace(`${projectRoot}/`, '')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
