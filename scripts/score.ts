/**
 * `npm run score`: the extension's own matcher (the code `npm run detect` runs) over the
 * labelled corpus in ../shared/corpus, split into its frozen tune and test halves
 * (scripts/corpus/split.ts), and over the off-topic real pages in ../shared/real-pages.
 * Prints per half: entity, language and family tables with confuser hit rates, and a
 * confusion table; then the 26 older documents (ids < 069) and the off-topic hits.
 *
 *   npm run score                  the tables
 *   npm run score -- --verbose     also every miss and false hit, of the TUNE half only
 *   npm run score -- --json        one JSON summary line (what the unit test checks)
 *   npm run score -- --record-split  writes the split's hashes into split-record.json (once)
 *
 * The test half's mistakes are never listed: tune on the tune half, read the test half's
 * aggregates only. Where ../shared is absent it says so and exits 0.
 */
import { ENTITY_IDS } from '../core/entities';
import { findMentions } from '../core/detect/matcher';
import { offTopicHits, offTopicPresent, SHARED } from './corpus/paths';
import type { GroupScore, Tally } from './corpus/score';
import { confuserRate, corpusPresent, namedRecall, precision, readManifest, recall } from './corpus/score';
import { recordSplit, scoreFrozenHalves } from './corpus/frozen';

const args = new Set(process.argv.slice(2));
const corpusDir = `${SHARED}/corpus`;

function row(name: string, t: Tally): string {
  const f = (x: number) => x.toFixed(3);
  const conf = t.nullLabels ? `${t.confuserHits}/${t.nullLabels} (${(100 * confuserRate(t)).toFixed(1)}%)` : `${t.confuserHits}/0`;
  return `${name.padEnd(24)} ${String(t.docs).padStart(4)} ${f(namedRecall(t)).padStart(8)} ${f(recall(t)).padStart(8)} ${f(precision(t)).padStart(9)} ${conf.padStart(16)} ${String(t.unlabelled).padStart(6)}`;
}

const HEADER = `${'group'.padEnd(24)} ${'docs'.padStart(4)} ${'named-R'.padStart(8)} ${'all-R'.padStart(8)} ${'precision'.padStart(9)} ${'confuser-hits'.padStart(16)} ${'unlab'.padStart(6)}`;

function printGroup(title: string, g: GroupScore): void {
  console.log(`\n== ${title}`);
  console.log(HEADER);
  for (const e of ENTITY_IDS) console.log(row(e, { ...g.byEntity[e]!, docs: 0 }));
  console.log(row('ALL', g.all));
  console.log('-- by language');
  for (const [k, t] of Object.entries(g.byLanguage).sort()) console.log(row(k, t));
  console.log('-- by family');
  for (const [k, t] of Object.entries(g.byFamily).sort()) console.log(row(k, t));
  console.log('-- confusion (gold → predicted: count)');
  console.log(
    [...g.confusion]
      .sort()
      .map(([cell, n]) => `${cell}: ${n}`)
      .join('  '),
  );
}

function main(): void {
  if (!corpusPresent(corpusDir)) {
    console.log(`score: ${corpusDir} is absent (the labelled corpus lives outside the repo, in ../shared); nothing to score.`);
    return;
  }
  const manifest = readManifest(corpusDir);
  if (args.has('--record-split')) {
    const path = recordSplit(manifest);
    console.log(`score: recorded the split's hashes in ${path}`);
  }
  const { split, tuneDocs, ...groups } = scoreFrozenHalves(corpusDir, manifest, findMentions);
  const offTopic = offTopicPresent() ? offTopicHits(findMentions) : undefined;
  if (args.has('--json')) {
    const brief = (g: GroupScore) => ({
      docs: g.all.docs,
      namedRecall: +namedRecall(g.all).toFixed(4),
      precision: +precision(g.all).toFixed(4),
      confuserHits: g.all.confuserHits,
      nullLabels: g.all.nullLabels,
      worstFamilyConfuserRate: Math.max(0, ...Object.values(g.byFamily).map(confuserRate)),
    });
    console.log(
      JSON.stringify({
        tune: brief(groups.tune),
        test: brief(groups.test),
        old26: brief(groups.old),
        all: brief(groups.all),
        offTopicHits: offTopic?.length ?? null,
      }),
    );
    return;
  }
  console.log(
    `corpus: ${corpusDir}; split seed ${JSON.stringify(split.seed)}: ${split.tune.length} tune, ${split.test.length} test documents`,
  );
  printGroup('TUNE half', groups.tune);
  printGroup('TEST half (aggregates only: never tune on it)', groups.test);
  console.log('\n== OLD 26 (ids < 069, both halves)');
  console.log(HEADER);
  console.log(row('ALL', groups.old.all));
  printGroup('WHOLE corpus', groups.all);
  if (!offTopic) console.log(`\noff-topic: ${SHARED}/real-pages/text is absent`);
  else {
    console.log(`\n== OFF-TOPIC real pages: ${offTopic.length} mention(s)`);
    for (const hit of offTopic) console.log(`${hit.file} ${hit.entity} ${JSON.stringify(hit.text)} @${hit.start}`);
  }
  if (args.has('--verbose')) {
    console.log('\n== TUNE half mistakes');
    for (const s of tuneDocs) for (const m of s.mistakes) console.log(`[${s.doc.language}/${s.doc.family}] ${m}`);
  }
}

main();
