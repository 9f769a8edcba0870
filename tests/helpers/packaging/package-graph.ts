import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import ts from 'typescript';

/**
 * Which npm packages the packaged app should carry, worked out from the
 * project itself, to hold the asar against:
 * - productionPackages: package.json `dependencies` and what they depend on,
 *   as installed (the folders electron-builder should copy);
 * - packagesLoadedAtRunTime: the packages the *built* code loads from
 *   node_modules (every other import was bundled in by electron-vite);
 * - packagesImportedBySource: the packages the app's sources import for
 *   their values (type-only imports vanish in the build).
 */

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readPackageJson(dir: string): PackageJson {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** The folder of the package a module under `root` gets for `name` (Node's lookup). */
function resolvePackageDir(root: string, fromDir: string, name: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root) return null;
    dir = path.dirname(dir);
    // Step out of "node_modules/@scope/pkg" to the folder that holds that node_modules.
    while (path.basename(dir) === 'node_modules' || path.basename(path.dirname(dir)) === 'node_modules') {
      dir = path.dirname(dir);
    }
  }
}

/** Install paths like "node_modules/ws" or "node_modules/a/node_modules/b". */
export function productionPackages(root: string): Set<string> {
  const found = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.pop()!;
    const pkg = readPackageJson(dir);
    const optional = pkg.optionalDependencies ?? {};
    for (const name of Object.keys({ ...pkg.dependencies, ...optional })) {
      const packageDir = resolvePackageDir(root, dir, name);
      if (packageDir === null) {
        if (name in optional) continue; // an optional dependency not installed here
        throw new Error(`${name} (needed by ${path.relative(root, dir) || 'the app'}) is not installed`);
      }
      const installPath = path.relative(root, packageDir).split(path.sep).join('/');
      if (!found.has(installPath)) {
        found.add(installPath);
        queue.push(packageDir);
      }
    }
  }
  return found;
}

/** The install paths of the packages an asar holds, from its file list. */
export function packagesInAsar(asarFiles: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const file of asarFiles) {
    const match = /^\/((?:node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/)+)package\.json$/.exec(file);
    if (match) found.add(match[1]!.replace(/\/$/, ''));
  }
  return found;
}

/** "@scope/pkg/deep/file" -> "@scope/pkg"; null for relative, absolute, built-in and electron. */
export function packageNameOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  if (name === 'electron' || builtinModules.includes(name)) return null;
  return name;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(dir, file));
}

// `createRequire(import.meta.url)("x11")`: a require the bundle keeps as code.
const CREATE_REQUIRE_CALL = /createRequire\(import\.meta\.url\)\(\s*["']([^"']+)["']\s*\)/g;
const PLAIN_REQUIRE_CALL = /(?<![\w$.])require\(\s*["']([^"']+)["']\s*\)/g;

/**
 * Packages the built main and preload load from node_modules. ESM imports
 * are read with es-module-lexer (which skips comments and strings: the
 * bundles quote `require("ajv/...")` inside generated code); CommonJS
 * requires (the preload, createRequire in the main bundle) by pattern.
 */
export async function packagesLoadedAtRunTime(builtDirs: readonly string[]): Promise<Set<string>> {
  await initLexer;
  const found = new Set<string>();
  for (const file of builtDirs.flatMap((dir) => filesUnder(dir, /\.(js|mjs|cjs)$/))) {
    const code = fs.readFileSync(file, 'utf8');
    const specifiers: string[] = [...code.matchAll(CREATE_REQUIRE_CALL)].map((m) => m[1]!);
    if (file.endsWith('.cjs')) specifiers.push(...[...code.matchAll(PLAIN_REQUIRE_CALL)].map((m) => m[1]!));
    else specifiers.push(...parseModule(code)[0].flatMap((entry) => (entry.n === undefined ? [] : [entry.n])));
    for (const specifier of specifiers) {
      const name = packageNameOf(specifier);
      if (name !== null) found.add(name);
    }
  }
  return found;
}

/** Value imports (static, re-exports, dynamic) of the TypeScript sources under the folders. */
export function packagesImportedBySource(sourceDirs: readonly string[]): Set<string> {
  const found = new Set<string>();
  const note = (node: ts.Expression | undefined) => {
    if (node && ts.isStringLiteral(node)) {
      const name = packageNameOf(node.text);
      if (name !== null) found.add(name);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) note(node.moduleSpecifier);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly) note(node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) note(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  for (const file of sourceDirs.flatMap((dir) => filesUnder(dir, /(?<!\.d)\.tsx?$/))) {
    if (file.split(path.sep).includes('node_modules')) continue;
    visit(ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false));
  }
  return found;
}
