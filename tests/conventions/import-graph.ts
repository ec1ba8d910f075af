/**
 * The project's own source files and the imports between them, read with the TypeScript
 * compiler the project already depends on (no new dependency): every static, type-only,
 * re-exporting and dynamic import, resolved the way the bundler and tsconfig resolve them
 * (`@/` and `~/` are the project root). Used by layers.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'e2e/.tmp', 'public', 'data', 'docs']);
const SOURCE = /\.(ts|tsx|mts|mjs)$/;

export interface SourceFile {
  /** Path from the project root, with `/`. */
  path: string;
  text: string;
  lines: number;
  /** Project files this one imports (resolved paths), type-only imports included. */
  imports: string[];
  /** What it imports from packages: the bare specifiers (`preact`, `wxt/browser`…). */
  packages: string[];
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(join(projectRoot, dir))) {
    const path = dir ? `${dir}/${name}` : name;
    if (SKIP.has(path) || name.startsWith('.')) continue;
    if (statSync(join(projectRoot, path)).isDirectory()) walk(path, out);
    else if (SOURCE.test(name)) out.push(path);
  }
}

const TRIES = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

/** The project file a specifier names, or null for a package (or a file that is not there). */
export function resolveImport(from: string, importText: string): string | null {
  // Vite's query suffixes (`?raw`, `?url`) name the same file.
  const specifier = importText.replace(/\?.*$/, '');
  let base: string;
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = join(projectRoot, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(projectRoot, dirname(from), specifier);
  else return null;
  for (const end of TRIES) {
    const candidate = base + end;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(projectRoot, candidate).split('\\').join('/');
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

export function readSources(): SourceFile[] {
  const paths: string[] = [];
  walk('', paths);
  return paths.sort().map((path) => {
    const text = readFileSync(join(projectRoot, path), 'utf8');
    // preProcessFile lists import, import type, export … from, import() and require().
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
    const imports: string[] = [];
    const packages: string[] = [];
    for (const specifier of specifiers) {
      const target = resolveImport(path, specifier);
      if (target === null) packages.push(specifier);
      else imports.push(target);
    }
    return { path, text, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), imports, packages };
  });
}

/** Where a file uses `browser.` or `chrome.` (the extension API) in code, comments and strings aside. */
export function extensionApiUses(file: SourceFile): string[] {
  const source = ts.createSourceFile(
    file.path,
    file.text,
    ts.ScriptTarget.Latest,
    true,
    file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && /^(browser|chrome)$/.test(node.expression.text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      uses.push(`${file.path}:${line + 1} ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** Every import cycle (strongly connected component of more than one file, or a file importing itself). */
export function importCycles(files: SourceFile[]): string[][] {
  const graph = new Map(files.map((file) => [file.path, file.imports.filter((target) => SOURCE.test(target))]));
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  // Tarjan's algorithm, iterative-enough for a few hundred files.
  const connect = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return cycles;
}
