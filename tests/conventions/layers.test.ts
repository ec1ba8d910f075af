/**
 * The layer rules of the README's "Layout" section, checked on every import (type-only and
 * dynamic ones too), so that a newcomer can rely on them:
 *
 * - core/ imports only core/ and data/ (and no package): pure TypeScript.
 * - dom/ imports only core/ and dom/: page DOM work, no extension API, no UI.
 * - card/ imports core/, dom/, components/ and card/; its one door to the extension is
 *   card/ui-loader.ts and card/announce.ts, which import utils/package-script.ts to load
 *   card-ui.js.
 * - components/ imports core/ and components/: never utils/, card/, dom/ or an extension API.
 * - utils/ imports core/, dom/ and utils/: never UI (components/, card/).
 * - Nothing imports entrypoints/ but entrypoints/; no runtime file imports test code.
 * - Only utils/ and entrypoints/ use the extension API (`browser`, `chrome`, wxt/browser,
 *   webextension-polyfill, WXT storage).
 * - bench/ and e2e/ never import each other; what both need is in testing/, which imports
 *   neither.
 * - No import cycle, type-only imports included.
 * - No source file over 300 lines.
 */
import { describe, expect, test } from 'vitest';
import { extensionApiUses, importCycles, readSources, type SourceFile } from './import-graph';

const MAX_LINES = 300;

/**
 * Files still over MAX_LINES, each owned by an open issue that splits it. Remove an entry
 * when its file is split: the test then holds it to the limit like every other file.
 */
const OVER_LIMIT_ALLOWED = new Set<string>([]);

const EXTENSION_API_PACKAGE =
  /^(wxt\/browser|wxt\/storage|wxt\/utils\/storage|webextension-polyfill|@wxt-dev\/webextension-polyfill)(\/|$)/;
const RUNTIME = ['card', 'components', 'core', 'dom', 'utils', 'entrypoints'];
const TEST_CODE = ['tests', 'e2e', 'bench', 'testing'];

const files = readSources();
const room = (path: string) => path.split('/')[0]!;
const inRoom = (file: SourceFile, ...rooms: string[]) => rooms.includes(room(file.path));

/** Every import from a file in `from` to a file outside `allowed`, as "a -> b". */
function crossings(from: string[], allowed: string[], except: (file: string, target: string) => boolean = () => false): string[] {
  return files
    .filter((file) => inRoom(file, ...from))
    .flatMap((file) =>
      file.imports
        .filter((target) => !allowed.includes(room(target)) && !except(file.path, target))
        .map((target) => `${file.path} -> ${target}`),
    );
}

describe('layers (README "Layout")', () => {
  test('the scan sees the project', () => {
    // A broken walk would make every rule below pass vacuously.
    for (const folder of [...RUNTIME, ...TEST_CODE])
      expect(
        files.some((file) => inRoom(file, folder)),
        folder,
      ).toBe(true);
  });

  test('core/ imports only core/ and data/, and no package', () => {
    expect(crossings(['core'], ['core', 'data'])).toEqual([]);
    expect(
      files.filter((file) => inRoom(file, 'core') && file.packages.length).map((file) => `${file.path}: ${file.packages.join(', ')}`),
    ).toEqual([]);
  });

  test('dom/ imports only core/ and dom/', () => {
    expect(crossings(['dom'], ['core', 'dom', 'data'])).toEqual([]);
  });

  test('card/ imports core/, dom/, components/ and card/, and utils/ only to load its package', () => {
    const loads = (file: string, target: string) =>
      (file === 'card/ui-loader.ts' || file === 'card/announce.ts') && target === 'utils/package-script.ts';
    expect(crossings(['card'], ['card', 'core', 'dom', 'components', 'data'], loads)).toEqual([]);
  });

  test('components/ never import utils/, card/, dom/ or entrypoints/', () => {
    expect(crossings(['components'], ['components', 'core', 'data'])).toEqual([]);
  });

  test('utils/ never imports UI', () => {
    expect(crossings(['utils'], ['utils', 'core', 'dom', 'data'])).toEqual([]);
  });

  test('nothing outside entrypoints/ imports an entrypoint, and runtime code never imports test code', () => {
    const all = [...RUNTIME, ...TEST_CODE, 'scripts', 'data'];
    expect(
      crossings(
        all.filter((name) => name !== 'entrypoints'),
        all.filter((name) => name !== 'entrypoints'),
      ),
    ).toEqual([]);
    // The privacy page shows PRIVACY.md itself (one text, in the repository and the package).
    const privacyPage = (file: string, target: string) => file === 'entrypoints/privacy/main.ts' && target === 'PRIVACY.md';
    expect(crossings(RUNTIME, [...RUNTIME, 'data'], privacyPage)).toEqual([]);
  });

  test('only utils/ and entrypoints/ use the extension API', () => {
    const outside = files.filter((file) => inRoom(file, ...RUNTIME) && !inRoom(file, 'utils', 'entrypoints'));
    expect(outside.flatMap(extensionApiUses)).toEqual([]);
    expect(
      outside.flatMap((file) => file.packages.filter((name) => EXTENSION_API_PACKAGE.test(name)).map((name) => `${file.path}: ${name}`)),
    ).toEqual([]);
  });

  test('bench/ and e2e/ share testing/ and never import each other', () => {
    expect(crossings(['bench'], RUNTIME.concat('bench', 'testing', 'scripts', 'data'))).toEqual([]);
    expect(crossings(['e2e'], RUNTIME.concat('e2e', 'testing', 'data'))).toEqual([]);
    expect(crossings(['testing'], RUNTIME.concat('testing', 'data'))).toEqual([]);
  });

  test('no import cycle, type-only imports included', () => {
    expect(importCycles(files)).toEqual([]);
  });

  test(`no source file over ${MAX_LINES} lines, but those listed with the issue that splits them`, () => {
    const over = files
      .filter((file) => file.lines > MAX_LINES && !OVER_LIMIT_ALLOWED.has(file.path))
      .map((file) => `${file.path} (${file.lines})`);
    expect(over).toEqual([]);
  });

  test('the list of files allowed over the limit holds only files still over it', () => {
    const lines = new Map(files.map((file) => [file.path, file.lines]));
    expect([...OVER_LIMIT_ALLOWED].filter((path) => (lines.get(path) ?? 0) <= MAX_LINES)).toEqual([]);
  });
});

describe('the import reader', () => {
  test('sees type-only, re-exporting and dynamic imports', async () => {
    const { default: ts } = await import('typescript');
    const seen = ts.preProcessFile("import type { A } from './a';\nexport { B } from './b';\nconst c = import('./c');\n", true, true);
    expect(seen.importedFiles.map((file) => file.fileName)).toEqual(['./a', './b', './c']);
  });

  test('finds a cycle and the files in it', () => {
    const file = (path: string, ...imports: string[]): SourceFile => ({ path, text: '', lines: 0, imports, packages: [] });
    expect(importCycles([file('a.ts', 'b.ts'), file('b.ts', 'c.ts'), file('c.ts', 'a.ts'), file('d.ts', 'a.ts')])).toEqual([
      ['a.ts', 'b.ts', 'c.ts'],
    ]);
  });
});
