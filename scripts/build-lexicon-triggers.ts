/**
 * Regenerates data/lexicon-triggers.json from data/lexicon.json (see core/scanner-tables.ts):
 * `npx tsx scripts/build-lexicon-triggers.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultLexicon } from '../core/lexicon';
import { buildScannerTables } from '../core/scanner-tables';

const out = fileURLToPath(new URL('../data/lexicon-triggers.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(buildScannerTables(defaultLexicon))}\n`);
process.stdout.write(`wrote ${out}\n`);
