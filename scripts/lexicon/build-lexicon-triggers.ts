/**
 * `npm run gen:lexicon`: regenerates data/lexicon-runtime.json and data/name-triggers.json,
 * the lexicon the extension carries, from data/lexicon.json, the human-edited source (see
 * scripts/lexicon/lexicon-source.ts), and data/bmp-properties.json, the Unicode property
 * classes its regexes use, from this engine's tables (scripts/lexicon/bmp-properties.ts). Run it after every edit to data/lexicon.json;
 * tests/data/lexicon-runtime.test.ts fails until you do. It reads only the source, so a
 * missing or broken generated file is no obstacle.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFileTexts, sourceLexicon } from './lexicon-source';

for (const [name, text] of Object.entries(generatedFileTexts(sourceLexicon))) {
  const out = fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
}
