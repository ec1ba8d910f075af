import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFloor } from './probes';

/**
 * The floor EXTENSION: the floor (runFloor in probes.ts: one TreeWalker pass, one combined
 * regex, one Highlight) as a content script, loaded the way ours is (unpacked, injected at
 * document_start, reading once the DOM is parsed), so the two pay the same isolated-world
 * and injection costs and their added script time compares like with like. Its
 * `::highlight(bench-floor)` rule is in the bench pages' own stylesheet. Written to a
 * temporary folder for each run, with the same names as the other floors.
 */
export function writeFloorExtension(names: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kc-floor-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Floor extension (benchmark)',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start', all_frames: true }],
    }),
  );
  writeFileSync(
    join(dir, 'content.js'),
    `const runFloor = ${runFloor.toString()};
const go = () => runFloor({ names: ${JSON.stringify(names)}, highlight: 'bench-floor' });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
else go();
`,
  );
  return dir;
}
