/**
 * The scheduling engine holds no words and does no I/O: it emits intents and
 * takes data (docs/SCHEDULING.md, "Effects"). Checked two ways: its import
 * graph, read with TypeScript's parser (what its code loads at run time, file
 * by file, and what each engine file names directly, types included), and
 * the real eslint.config.mjs, which refuses such an import as it is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEDULING = path.join(ROOT, 'shared/scheduling');
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

interface ImportEdge {
  specifier: string;
  /** Erased by the compiler: `import type`, or only `type` names. */
  typeOnly: boolean;
}

function importsOf(file: string): ImportEdge[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges: ImportEdge[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
      const onlyTypeNames =
        !!clause && !clause.name && !!named && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      edges.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || onlyTypeNames });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause : null;
      const onlyTypeNames = !!named && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      edges.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || onlyTypeNames });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      edges.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The file a specifier names, or the package name for an npm import. */
function resolve(from: string, specifier: string): { file: string } | { pkg: string } {
  const base = specifier.startsWith('@shared/')
    ? path.join(ROOT, 'shared', specifier.slice('@shared/'.length))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (base === null) return { pkg: specifier };
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return { file: candidate };
  }
  throw new Error(`${rel(from)}: cannot resolve "${specifier}"`);
}

/** Every file and package the entries load at run time, following imports that are not erased. */
function runtimeClosure(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const edge of importsOf(file)) {
      if (edge.typeOnly) continue;
      const target = resolve(file, edge.specifier);
      if ('pkg' in target) packages.add(target.pkg);
      else queue.push(target.file);
    }
  }
  return { files, packages };
}

const engineFiles = fs
  .readdirSync(SCHEDULING)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => path.join(SCHEDULING, name));

/** The npm packages the engine may load: pure computation (validation, calendar arithmetic), no I/O. */
const PURE_PACKAGES = ['zod', 'date-fns', '@date-fns/tz'];

/** Modules that put things into words: the engine leaves them to the host. */
const TEXT_MODULES = [
  'shared/notification-content.ts',
  'shared/tray-menu.ts',
  'shared/content/localized.ts',
  'shared/program/program-text.ts',
];

describe('the scheduling engine imports no words and no I/O', () => {
  it('no file of shared/scheduling/ names shared/i18n or a text module, not even for a type', () => {
    expect(engineFiles.length).toBeGreaterThan(5);
    const offending = engineFiles.flatMap((file) =>
      importsOf(file)
        .map((edge) => ({ edge, target: resolve(file, edge.specifier) }))
        .filter(({ target }) => 'file' in target)
        .map(({ edge, target }) => ({
          from: rel(file),
          specifier: edge.specifier,
          to: rel((target as { file: string }).file),
        }))
        .filter(({ to }) => to.startsWith('shared/i18n/') || TEXT_MODULES.includes(to)),
    );
    expect(offending).toEqual([]);
  });

  it('what the engine runs reaches no i18n, no text module, nothing outside shared/ and only pure packages', () => {
    const { files, packages } = runtimeClosure(engineFiles);
    const reached = [...files].map(rel).sort();
    expect(reached.filter((file) => file.startsWith('shared/i18n/') || TEXT_MODULES.includes(file))).toEqual([]);
    expect(reached.filter((file) => !file.startsWith('shared/'))).toEqual([]);
    expect([...packages].filter((pkg) => !PURE_PACKAGES.includes(pkg))).toEqual([]);
    // It does load the pure pieces it chooses sessions with.
    expect(reached).toContain('shared/program/build-program.ts');
    expect(reached).toContain('shared/content/exercises.ts');
  });

  it('the walk sees an i18n import where there is one (the host side renders with it)', () => {
    const reached = [...runtimeClosure([path.join(ROOT, 'shared/notification-content.ts')]).files].map(rel);
    expect(reached).toContain('shared/i18n/english.ts');
    // ...and a type-only import is not followed: exercise-model.ts names Translate only as a type.
    const model = path.join(ROOT, 'shared/content/exercise-model.ts');
    expect(importsOf(model)).toContainEqual({ specifier: '../i18n/english', typeOnly: true });
    expect([...runtimeClosure([model]).files].map(rel)).not.toContain('shared/i18n/english.ts');
  });
});

describe('eslint.config.mjs keeps words out of shared/scheduling/', () => {
  // The modules linted here exist only as text, outside every tsconfig, so the
  // type-aware rules are off (the import rules checked here need no types).
  const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
  const lint = async (repoPath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, repoPath) });
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
  };

  it.each([
    ["import { english } from '../i18n/english';\nexport const t = english;\n"],
    ["import type { Translate } from '@shared/i18n/english';\nexport type T = Translate;\n"],
    ["import { translator } from '../i18n/i18n';\nexport const t = translator;\n"],
    ["import { buildNotification } from '../notification-content';\nexport const b = buildNotification;\n"],
    ["import { exerciseText } from '../content/localized';\nexport const e = exerciseText;\n"],
  ])('refuses %s', async (code) => {
    const messages = await lint('shared/scheduling/new-module.ts', code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^@typescript-eslint\/no-restricted-imports: .*(intents|host)/);
  });

  it('lets the engine import its own pure helpers, and the host side import i18n', async () => {
    expect(
      await lint(
        'shared/scheduling/new-module.ts',
        "import { exerciseById } from '../content/exercises';\nexport const e = exerciseById;\n",
      ),
    ).toEqual([]);
    expect(
      await lint('shared/new-text.ts', "import { english } from './i18n/english';\nexport const t = english;\n"),
    ).toEqual([]);
  });
});
