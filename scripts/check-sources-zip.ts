/**
 * The sources zip reviewers at addons.mozilla.org rebuild from must give back exactly the
 * Firefox package we ship. This builds both zips into a scratch folder, unpacks the
 * sources, runs the steps the README in that zip gives ("Rebuilding from the sources
 * zip"), and compares every file of the rebuilt extension with the shipped zip, byte for
 * byte.
 *
 *   npm run check:sources-zip            reuses this checkout's node_modules (a symlink) for `npm ci`: a few seconds
 *   npm run check:sources-zip -- --install   runs `npm ci` for real (needs the npm registry; about 30 s more)
 *
 * Exits 1 with the differing files listed when they differ.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const realInstall = process.argv.includes('--install');
const STEPS_HEADING = '## Rebuilding from the sources zip';

async function unzip(file: string, into: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const content = await entry.async('nodebuffer');
    files.set(entry.name, content);
    const target = join(into, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return files;
}

function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).replaceAll('\\', '/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The shell commands of the first ```sh block under the README's rebuilding heading. */
function readmeSteps(readme: string): string[] {
  const section = readme.split(STEPS_HEADING)[1];
  const block = section ? /```sh\n([\s\S]*?)```/.exec(section) : null;
  if (!block?.[1]) throw new Error(`the sources zip's README.md has no \`${STEPS_HEADING}\` section with a sh block`);
  return block[1]
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const scratch = mkdtempSync(join(tmpdir(), 'kc-sources-zip-'));
try {
  const out = join(scratch, 'shipped');
  const env = { ...process.env, WXT_OUT_DIR: out };
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: root, env, stdio: 'ignore' });
  const zips = readdirSync(out);
  const packageZip = zips.find((name) => name.endsWith('-firefox.zip'));
  const sourcesZip = zips.find((name) => name.endsWith('-sources.zip'));
  if (!packageZip || !sourcesZip) throw new Error(`wxt zip made ${zips.join(', ')}: no firefox or sources zip`);

  const shipped = await unzip(join(out, packageZip), join(scratch, 'package'));
  const sources = join(scratch, 'sources');
  await unzip(join(out, sourcesZip), sources);

  // The reviewer's shell: no output folder of ours leaking in through the environment.
  const reviewerEnv = { ...process.env };
  delete reviewerEnv.WXT_OUT_DIR;
  for (const step of readmeSteps(readFileSync(join(sources, 'README.md'), 'utf8'))) {
    if (step === 'npm ci' && !realInstall) {
      symlinkSync(join(root, 'node_modules'), join(sources, 'node_modules'), 'dir');
      console.log('sources zip: `npm ci` → node_modules linked from this checkout (pass --install to run it)');
      continue;
    }
    console.log(`sources zip: $ ${step}`);
    execFileSync('sh', ['-c', step], { cwd: sources, env: reviewerEnv, stdio: 'ignore' });
  }

  const rebuilt = filesUnder(join(sources, '.output/firefox-mv2'));
  const problems: string[] = [];
  for (const [name, content] of shipped) {
    const again = rebuilt.get(name);
    if (!again) problems.push(`missing from the rebuild: ${name}`);
    else if (!again.equals(content)) problems.push(`differs: ${name}`);
  }
  for (const name of rebuilt.keys()) if (!shipped.has(name)) problems.push(`only in the rebuild: ${name}`);

  if (problems.length > 0) {
    console.error(`sources zip: the rebuild does not match ${packageZip}:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`sources zip: rebuilt ${shipped.size} files, byte-identical to ${packageZip}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
