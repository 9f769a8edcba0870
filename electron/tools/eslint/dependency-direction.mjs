// @ts-check
/**
 * ESLint rule `layers/dependency-direction`: keeps the layers of
 * docs/ARCHITECTURE.md apart.
 *
 *   shared/                 imports nothing of ours outside shared/, no `electron`,
 *                           no Node built-in modules, no DOM or Node globals.
 *   electron/core/          the host-agnostic backend: imports only core/ (and shared/).
 *   electron/os/            Node OS adapters: core/ and os/.
 *   electron/electron-host/ the ONLY files that may import `electron`: core/, os/ and itself.
 *   electron/web-host/      core/, os/ and itself.
 *   electron/tools/         command-line entries and dev tools: anything in electron/.
 *   electron/              never imports renderer/.
 *   renderer/               never imports electron/.
 *
 * Checked forms: `import`, `import type`, `export ... from`, `import()`,
 * `require()` (any callee named `require`, so `createRequire` results count),
 * TypeScript `import x = require()` and `typeof import()` types.
 *
 * Modelled on VS Code's `code-layering` rule: the folder of the linting file
 * decides its layer, and every module specifier is classified by where it
 * resolves. Exemptions (the test stand-in for `electron`, for instance) belong
 * in the ESLint config, not here.
 *
 * Plain ESM JavaScript with JSDoc so ESLint loads it without a TS loader.
 */
import { isBuiltin } from 'node:module';
import * as path from 'node:path';
import globals from 'globals';

/** @typedef {import('eslint').Rule.RuleModule} RuleModule */
/** @typedef {import('eslint').Rule.RuleContext} RuleContext */
/** @typedef {import('eslint').Scope.Reference} Reference */
/** @typedef {import('estree').Node} EsNode */

/**
 * The layer a file belongs to, from its path relative to the repo root.
 * @typedef {'shared' | 'electron-core' | 'electron-os' | 'electron-host' | 'web-host' | 'electron-tools' | 'electron' | 'renderer' | 'other'} Layer
 */

/**
 * The folders of electron/ and the layers each may import from (besides
 * shared/ and itself); other files of electron/ (type declarations) may
 * import any of them.
 * @type {Array<[Layer, string, Layer[]]>}
 */
const ELECTRON_LAYERS = [
  ['electron-core', 'electron/core', []],
  ['electron-os', 'electron/os', ['electron-core']],
  ['electron-host', 'electron/electron-host', ['electron-core', 'electron-os']],
  ['web-host', 'electron/web-host', ['electron-core', 'electron-os']],
  ['electron-tools', 'electron/tools', ['electron-core', 'electron-os', 'electron-host', 'web-host']],
];

/** What each layer is, for the messages. */
const LAYER_ROLES = {
  'electron-core': 'electron/core/ (the host-agnostic backend)',
  'electron-os': 'electron/os/ (Node OS adapters)',
  'electron-host': 'electron/electron-host/ (the Electron host)',
  'web-host': 'electron/web-host/ (the web host)',
  'electron-tools': 'electron/tools/ (command-line entries and dev tools)',
};

/**
 * Options accepted by the rule (all optional).
 * @typedef {object} RuleOptions
 * @property {string} [root] Absolute repo root; defaults to ESLint's cwd.
 * @property {Record<string, string>} [aliases] Specifier prefix -> repo-relative folder (default `{"@shared/": "shared/"}`).
 * @property {string[]} [sharedDeniedPackages] npm packages shared/ may not import (host-specific ones such as `ws`).
 * @property {string[]} [sharedAllowedGlobals] Globals to allow in shared/ although they are DOM- or Node-only.
 */

/** Subpaths the `electron` package itself exports. */
const ELECTRON_PACKAGE_SUBPATHS = new Set(['main', 'renderer', 'common', 'utility']);

/** Bare specifiers that name one of our own top-level folders (baseUrl style). */
const OWN_TOP_LEVEL_FOLDERS = ['shared', 'electron', 'renderer', 'tests'];

/** Globals that ship in the JavaScript language itself: never host-specific. */
const LANGUAGE_GLOBALS = new Set([...Object.keys(globals.builtin), ...Object.keys(globals.es2026 ?? {})]);

/**
 * Host globals available in both the browser and Node that shared/ must still
 * not touch: storage, the navigator and network I/O belong to a host.
 */
const EXTRA_HOST_GLOBALS = {
  navigator: 'DOM',
  Navigator: 'DOM',
  localStorage: 'DOM',
  sessionStorage: 'DOM',
  Storage: 'DOM',
  fetch: 'host I/O',
  WebSocket: 'host I/O',
  XMLHttpRequest: 'DOM',
  NodeJS: 'Node',
  globalThis: null, // allowed itself; `globalThis.window` etc. are checked as members
};

/**
 * Name -> kind ('DOM' | 'Node' | 'host I/O') of every global shared/ may not use:
 * the browser-only and Node-only globals, plus EXTRA_HOST_GLOBALS.
 * @type {Map<string, string>}
 */
const HOST_GLOBALS = (() => {
  /** @type {Map<string, string>} */
  const out = new Map();
  const browser = new Set(Object.keys(globals.browser));
  const node = new Set([...Object.keys(globals.node), ...Object.keys(globals.commonjs ?? {})]);
  for (const name of browser) {
    if (!node.has(name) && !LANGUAGE_GLOBALS.has(name)) out.set(name, 'DOM');
  }
  for (const name of node) {
    if (!browser.has(name) && !LANGUAGE_GLOBALS.has(name)) out.set(name, 'Node');
  }
  for (const [name, kind] of Object.entries(EXTRA_HOST_GLOBALS)) {
    if (kind === null) out.delete(name);
    else out.set(name, kind);
  }
  return out;
})();

/**
 * The universal global object, through which host globals can be reached by
 * member access (`globalThis.process`). `window`, `self` and `global` are host
 * globals themselves and are reported as such.
 */
const GLOBAL_OBJECT_NAMES = new Set(['globalThis']);

/**
 * Repo-relative path with forward slashes.
 * @param {string} root
 * @param {string} absolute
 * @returns {string}
 */
function toRepoPath(root, absolute) {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * @param {string} repoPath repo-relative path
 * @returns {boolean} true when the path leaves the repo
 */
function isOutsideRepo(repoPath) {
  return repoPath === '..' || repoPath.startsWith('../') || path.isAbsolute(repoPath);
}

/**
 * @param {string} repoPath repo-relative, forward slashes
 * @param {string} folder e.g. `shared`
 * @returns {boolean}
 */
function isUnder(repoPath, folder) {
  return repoPath === folder || repoPath.startsWith(`${folder}/`);
}

/**
 * @param {string} repoPath
 * @returns {Layer}
 */
function layerOf(repoPath) {
  if (isUnder(repoPath, 'shared')) return 'shared';
  for (const [layer, folder] of ELECTRON_LAYERS) if (isUnder(repoPath, folder)) return layer;
  if (isUnder(repoPath, 'electron')) return 'electron';
  if (isUnder(repoPath, 'renderer')) return 'renderer';
  return 'other';
}

/**
 * What a module specifier points at.
 * @typedef {{ kind: 'own', repoPath: string }
 *   | { kind: 'electron-package' }
 *   | { kind: 'node-builtin' }
 *   | { kind: 'package', name: string }} Target
 */

/**
 * Classifies a module specifier as seen from `fileDir`.
 * @param {string} specifier
 * @param {string} fileDir absolute directory of the linting file
 * @param {string} root absolute repo root
 * @param {Array<[string, string]>} aliases prefix -> repo-relative folder, longest first
 * @returns {Target}
 */
function classify(specifier, fileDir, root, aliases) {
  if (specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../')) {
    return { kind: 'own', repoPath: toRepoPath(root, path.resolve(fileDir, specifier)) };
  }
  if (path.isAbsolute(specifier) || specifier.startsWith('/')) {
    return { kind: 'own', repoPath: toRepoPath(root, path.resolve(specifier)) };
  }
  for (const [prefix, folder] of aliases) {
    const bare = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
    if (specifier === bare || specifier.startsWith(prefix)) {
      const rest = specifier.slice(prefix.length);
      return { kind: 'own', repoPath: toRepoPath(root, path.resolve(root, folder, rest)) };
    }
  }
  if (specifier.startsWith('node:') || isBuiltin(specifier)) return { kind: 'node-builtin' };
  if (specifier === 'electron') return { kind: 'electron-package' };
  const [first, second] = specifier.split('/');
  if (first === 'electron' && second !== undefined && ELECTRON_PACKAGE_SUBPATHS.has(second)) {
    return { kind: 'electron-package' };
  }
  if (first !== undefined && second !== undefined && OWN_TOP_LEVEL_FOLDERS.includes(first)) {
    // `electron/core/ports`, `renderer/src/api`: one of our folders, baseUrl style.
    return { kind: 'own', repoPath: toRepoPath(root, path.resolve(root, specifier)) };
  }
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (first ?? specifier);
  return { kind: 'package', name };
}

/**
 * The string value of a module-specifier node, or null when it is computed.
 * @param {any} node Literal, TemplateLiteral, TSLiteralType or null
 * @returns {string | null}
 */
function staticString(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0 && node.quasis.length === 1) {
    return node.quasis[0].value.cooked ?? null;
  }
  if (node.type === 'TSLiteralType') return staticString(node.literal);
  return null;
}

/** @type {RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Enforce the layers of docs/ARCHITECTURE.md: shared/ is pure, only electron/electron-host/ imports electron, core/ imports no host or adapter, the hosts not each other, electron/ and renderer/ never import each other',
    },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          aliases: { type: 'object', additionalProperties: { type: 'string' } },
          sharedDeniedPackages: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          sharedAllowedGlobals: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      sharedImportsOwnCode:
        "shared/ must not import '{{specifier}}': it resolves to '{{target}}', outside shared/. shared/ imports nothing of ours (docs/ARCHITECTURE.md); move the code into shared/ or invert the dependency.",
      sharedImportsNodeBuiltin:
        "shared/ must not import the Node built-in module '{{specifier}}': shared/ is pure TypeScript with no Node APIs (docs/ARCHITECTURE.md); do the I/O in electron/ and pass the data in.",
      sharedImportsDeniedPackage:
        "shared/ must not import '{{specifier}}': the package '{{name}}' is host-specific (docs/ARCHITECTURE.md); use it from electron/ or renderer/.",
      sharedUsesHostGlobal:
        "shared/ must not use the {{kind}} global '{{name}}': shared/ runs in both the main process and the renderer, so no DOM or Node globals (docs/ARCHITECTURE.md); inject it instead.",
      electronOutsideAdapters:
        "Only files under electron/electron-host/ may import '{{specifier}}', and {{file}} is not one of them. Put the Electron call behind a port implemented in electron/electron-host/ (docs/ARCHITECTURE.md).",
      layerImportsForbidden:
        "{{role}} must not import '{{specifier}}': it resolves to '{{target}}', in {{targetRole}}. {{why}} (docs/ARCHITECTURE.md).",
      electronImportsRenderer:
        "electron/ must not import from renderer/: '{{specifier}}' resolves to '{{target}}'. The main process and the UI share code only through shared/ (docs/ARCHITECTURE.md).",
      rendererImportsElectron:
        "renderer/ must not import from electron/: '{{specifier}}' resolves to '{{target}}'. The renderer talks only to the typed API in shared/ (docs/ARCHITECTURE.md).",
    },
  },

  create(context) {
    /** @type {RuleOptions} */
    const options = context.options[0] ?? {};
    const root = path.resolve(options.root ?? context.cwd);
    const filename = context.filename;
    const fileRepoPath = toRepoPath(root, path.resolve(root, filename));
    if (isOutsideRepo(fileRepoPath)) return {};
    const layer = layerOf(fileRepoPath);
    const fileDir = path.dirname(path.resolve(root, filename));
    const aliases = Object.entries(options.aliases ?? { '@shared/': 'shared/' }).sort(
      (a, b) => b[0].length - a[0].length,
    );
    const sharedDenied = new Set(options.sharedDeniedPackages ?? []);
    const sharedAllowedGlobals = new Set(options.sharedAllowedGlobals ?? []);

    /**
     * @param {EsNode} node node to report on
     * @param {string} specifier
     */
    function check(node, specifier) {
      const target = classify(specifier, fileDir, root, aliases);

      if (target.kind === 'electron-package') {
        if (layer !== 'electron-host') {
          context.report({ node, messageId: 'electronOutsideAdapters', data: { specifier, file: fileRepoPath } });
        }
        return;
      }

      if (layer === 'shared') {
        if (target.kind === 'node-builtin') {
          context.report({ node, messageId: 'sharedImportsNodeBuiltin', data: { specifier } });
        } else if (target.kind === 'package' && sharedDenied.has(target.name)) {
          context.report({ node, messageId: 'sharedImportsDeniedPackage', data: { specifier, name: target.name } });
        } else if (target.kind === 'own' && !isUnder(target.repoPath, 'shared')) {
          context.report({
            node,
            messageId: 'sharedImportsOwnCode',
            data: { specifier, target: isOutsideRepo(target.repoPath) ? 'outside the repo' : target.repoPath },
          });
        }
        return;
      }

      if (target.kind !== 'own') return;
      const targetLayer = layerOf(target.repoPath);
      const allowed = ELECTRON_LAYERS.find(([name]) => name === layer)?.[2];
      if (allowed && targetLayer in LAYER_ROLES && targetLayer !== layer && !allowed.includes(targetLayer)) {
        const why =
          layer === 'electron-core'
            ? 'The core takes what it needs from the OS and the host through the ports in electron/core/ports.ts'
            : layer === 'electron-os'
              ? 'The Node OS adapters serve both hosts, so they import neither'
              : 'The two hosts share code only through core/ and os/';
        context.report({
          node,
          messageId: 'layerImportsForbidden',
          data: {
            role: LAYER_ROLES[layer],
            specifier,
            target: target.repoPath,
            targetRole: LAYER_ROLES[targetLayer],
            why,
          },
        });
        return;
      }
      if (layer !== 'renderer' && layer !== 'other' && isUnder(target.repoPath, 'renderer')) {
        context.report({ node, messageId: 'electronImportsRenderer', data: { specifier, target: target.repoPath } });
      } else if (layer === 'renderer' && isUnder(target.repoPath, 'electron')) {
        context.report({ node, messageId: 'rendererImportsElectron', data: { specifier, target: target.repoPath } });
      }
    }

    /**
     * @param {any} sourceNode the string node holding the specifier
     */
    function checkSource(sourceNode) {
      const specifier = staticString(sourceNode);
      if (specifier !== null) check(sourceNode, specifier);
    }

    /** @type {import('eslint').Rule.RuleListener} */
    const listeners = {
      ImportDeclaration(node) {
        checkSource(node.source);
      },
      ExportAllDeclaration(node) {
        checkSource(node.source);
      },
      ExportNamedDeclaration(node) {
        if (node.source) checkSource(node.source);
      },
      ImportExpression(node) {
        checkSource(node.source);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length >= 1) {
          checkSource(node.arguments[0]);
        }
      },
      /** @param {any} node TSImportEqualsDeclaration: `import x = require('m')` */
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference?.type === 'TSExternalModuleReference') checkSource(node.moduleReference.expression);
      },
      /** @param {any} node TSImportType: `typeof import('m')` */
      TSImportType(node) {
        checkSource(node.source ?? node.argument);
      },
    };

    if (layer !== 'shared') return listeners;

    /**
     * @param {any} node
     * @param {string} name
     */
    function reportGlobal(node, name) {
      const kind = HOST_GLOBALS.get(name);
      if (kind === undefined || sharedAllowedGlobals.has(name)) return;
      context.report({ node, messageId: 'sharedUsesHostGlobal', data: { name, kind } });
    }

    return {
      ...listeners,
      // `globalThis.process`, `globalThis.document`: the same globals reached as members.
      MemberExpression(node) {
        if (
          node.object.type === 'Identifier' &&
          GLOBAL_OBJECT_NAMES.has(node.object.name) &&
          !node.computed &&
          node.property.type === 'Identifier'
        ) {
          const scope = context.sourceCode.getScope(node);
          /** @type {import('eslint').Scope.Scope | null} */
          let s = scope;
          let declaredLocally = false;
          for (; s && s.type !== 'global'; s = s.upper) {
            if (s.set.has(node.object.name)) declaredLocally = true;
          }
          if (!declaredLocally) reportGlobal(node.property, node.property.name);
        }
      },
      'Program:exit'(program) {
        const globalScope = context.sourceCode.getScope(program);
        /** @type {Reference[]} */
        const references = [...globalScope.through];
        // Globals declared by config or lib (no definition in the file) resolve to
        // variables of the global scope, so check their references as well.
        for (const variable of globalScope.variables) {
          if (variable.defs.length === 0) references.push(...variable.references);
        }
        for (const reference of references) {
          reportGlobal(reference.identifier, reference.identifier.name);
        }
      },
    };
  },
};

export default rule;
