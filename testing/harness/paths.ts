import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where `npm run build` left the extension; WXT_OUT_DIR moves it (see wxt.config.ts). */
export const outputDir = resolve(projectRoot, process.env.WXT_OUT_DIR ?? '.output');
export const chromeBuild = join(outputDir, 'chrome-mv3');
export const firefoxBuild = join(outputDir, 'firefox-mv2');
export const screenshotDir = join(projectRoot, 'docs/screenshots');
export const sharedDir = resolve(projectRoot, '../shared');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's build (apt-get install chromium) or set CHROMIUM_PATH to another Chromium.`,
    );
  }
  return path;
}

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}. Install Debian's build (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

export function requireBuild(dir: string, command: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`${command}\` first (npm test does it for you).`);
  }
  return dir;
}

/** Both builds, each as its folder name and a getter that says how to make it when it is missing: for tests of the built files. */
export const BUILDS: ReadonlyArray<readonly [string, () => string]> = [
  ['chrome-mv3', () => requireBuild(chromeBuild, 'npm run build')],
  ['firefox-mv2', () => requireBuild(firefoxBuild, 'npm run build:firefox')],
];
