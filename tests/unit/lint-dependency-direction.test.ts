/**
 * The `layers/dependency-direction` lint rule (docs/ARCHITECTURE.md): its cases
 * through ESLint's RuleTester, then the real eslint.config.mjs through the
 * ESLint Node API, so a broken config cannot hide a working rule.
 */
import * as path from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../electron/tools/eslint/dependency-direction.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const repoRoot = path.resolve(import.meta.dirname, '../..');

// ---------------------------------------------------------------------------
// RuleTester: a virtual repo root, so the cases do not depend on this checkout.

const ROOT = path.resolve('/virtual/repo');
const options = [{ root: ROOT, sharedDeniedPackages: ['ws', 'node-notifier'] }];
const file = (repoPath: string) => path.join(ROOT, repoPath);

type Valid = RuleTester.ValidTestCase;
type Invalid = RuleTester.InvalidTestCase;
type Err = Invalid['errors'] extends number | Array<infer E> ? Exclude<E, string> : never;

const ok = (repoPath: string, code: string, name?: string): Valid => ({
  name: name ?? `${repoPath}: ${code.split('\n')[0]}`,
  filename: file(repoPath),
  code,
  options,
});
const bad = (repoPath: string, code: string, ...errors: Err[]): Invalid => ({
  name: `${repoPath}: ${code.split('\n')[0]}`,
  filename: file(repoPath),
  code,
  options,
  errors,
});
const hostGlobal = (name: string, kind: string): Err => ({ messageId: 'sharedUsesHostGlobal', data: { name, kind } });
const nodeBuiltin = (specifier: string): Err => ({ messageId: 'sharedImportsNodeBuiltin', data: { specifier } });
const sharedOwn = (specifier: string, target: string): Err => ({
  messageId: 'sharedImportsOwnCode',
  data: { specifier, target },
});
const electronOutside = (specifier: string, fileRepoPath: string): Err => ({
  messageId: 'electronOutsideAdapters',
  data: { specifier, file: fileRepoPath },
});
const electronToRenderer = (specifier: string, target: string): Err => ({
  messageId: 'electronImportsRenderer',
  data: { specifier, target },
});
/** What the rule calls each layer inside electron/, and why an import across them is refused. */
const ROLE = {
  core: 'electron/core/ (the host-agnostic backend)',
  os: 'electron/os/ (Node OS adapters)',
  electronHost: 'electron/electron-host/ (the Electron host)',
  webHost: 'electron/web-host/ (the web host)',
  tools: 'electron/tools/ (command-line entries and dev tools)',
};
const WHY = {
  core: 'The core takes what it needs from the OS and the host through the ports in electron/core/ports.ts',
  os: 'The Node OS adapters serve both hosts, so they import neither',
  hosts: 'The two hosts share code only through core/ and os/',
};
const layer = (role: string, specifier: string, target: string, targetRole: string, why: string): Err => ({
  messageId: 'layerImportsForbidden',
  data: { role, specifier, target, targetRole, why },
});
const rendererToElectron = (specifier: string, target: string): Err => ({
  messageId: 'rendererImportsElectron',
  data: { specifier, target },
});

const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    ecmaVersion: 'latest',
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

ruleTester.run('layers/dependency-direction', rule, {
  valid: [
    // shared/: its own files, the alias, pure npm libraries, universal globals.
    ok(
      'shared/scheduling/engine.ts',
      [
        "import { z } from 'zod';",
        "import { addDays } from 'date-fns';",
        "import { parse } from '../settings-schema';",
        "import type { TrayMenuItem } from '@shared/tray-menu';",
        "export * from './rules';",
        "export { computeDayStats } from '@shared/stats/day-stats';",
        "const lazy = await import('./lazy');",
        'const ms = Math.max(Date.now(), 0); setTimeout(() => console.log(ms), 1);',
        'const u = new URL("https://x.test"); const id = globalThis.crypto;',
      ].join('\n'),
      'shared/: own files, @shared alias, zod/date-fns, language and universal globals',
    ),
    ok(
      'shared/stats/day-stats.ts',
      [
        'const window = { start: 0, end: 1 };',
        'export const width = window.end - window.start;',
        'export function f(process: string, document: { title: string }) { return process + document.title; }',
        'export const o = { navigator: 1, localStorage: 2 }; o.navigator;',
        'type Req = { process: string; window: number };',
      ].join('\n'),
      'shared/: locals and properties that merely share a host global name',
    ),
    ok('shared/x.ts', "import WebSocketLib from 'isomorphic-ws';", 'shared/: packages not denied by options'),
    // electron/electron-host/: the only place that may import electron, in every form.
    ok(
      'electron/electron-host/electron-tray.ts',
      [
        "import { Tray, type MenuItemConstructorOptions } from 'electron';",
        "import type { IpcMain } from 'electron/main';",
        "export { Notification } from 'electron';",
        "const { app } = await import('electron');",
        "const e = require('electron');",
        "import electron = require('electron');",
        "type PM = typeof import('electron').powerMonitor;",
        "import { buildTrayMenu } from '@shared/tray-menu';",
        "import type { TrayHost } from '../core/ports';",
        "import { chooseIdleSource } from '../os/idle/choose-idle-source';",
      ].join('\n'),
      'electron/electron-host/: may import electron',
    ),
    // electron/ (non-adapters): Node, shared, other electron files.
    ok(
      'electron/core/event-log.ts',
      [
        "import * as fs from 'node:fs';",
        "import path from 'path';",
        "import { localDateAtOffset } from '@shared/calendar';",
        "import type { Logger } from './ports';",
        "import { HistoryService } from './history-service';",
        'const m = await import(someComputedName);',
        'process.env.X; Buffer.from("");',
      ].join('\n'),
    ),
    ok('electron/tools/start.mjs', "const fs = require('node:fs'); const p = require.resolve('electron');"),
    // The web host and the OS adapters build on core/; tools/ may use every layer.
    ok(
      'electron/web-host/web-host.ts',
      "import { AppService } from '../core/app-service';\nimport { OsNotifier } from '../os/os-notifier';",
    ),
    ok('electron/os/os-notifier.ts', "import type { Notifier } from '../core/ports';"),
    ok(
      'electron/tools/cli/seed-history.ts',
      "import { EventLog } from '../../core/event-log';\nimport { startWebHost } from '../../web-host/web-host';\nimport { runElectronApp } from '../../electron-host/electron-app';",
    ),
    ok(
      'electron/electron-host/main.ts',
      "import 'electron-store'; import 'electron-vite'; import 'electronegativity';",
    ),
    // renderer/: shared, its own files, the DOM.
    ok(
      'renderer/src/App.tsx',
      [
        "import type { View } from '@shared/ipc-contract';",
        "import { resolveApi } from './api';",
        "import { BreakView } from './views/BreakView';",
        "import { createRoot } from 'react-dom/client';",
        'window.document.title = "x"; localStorage.getItem("k");',
      ].join('\n'),
    ),
    // tests/ and tooling may import both sides, just not electron.
    ok(
      'tests/unit/app-service.test.ts',
      [
        "import { AppService } from '../../electron/core/app-service';",
        "import { estimateNow } from '../../renderer/src/use-app-state';",
        "import { buildTrayMenu } from '@shared/tray-menu';",
      ].join('\n'),
    ),
    ok('electron.vite.config.ts', "import { defineConfig } from 'electron-vite';"),
    // Files outside the root are not ours to judge.
    { code: "import 'electron';", filename: path.resolve('/elsewhere/x.ts'), options },
  ],

  invalid: [
    // shared/: Node built-ins, in every import form.
    bad('shared/x.ts', "import * as fs from 'node:fs';", nodeBuiltin('node:fs')),
    bad('shared/x.ts', "import path from 'path';", nodeBuiltin('path')),
    bad('shared/x.ts', "export { readFile } from 'fs/promises';", nodeBuiltin('fs/promises')),
    bad('shared/x.ts', "export * from 'node:os';", nodeBuiltin('node:os')),
    bad('shared/x.ts', "const cp = await import('child_process');", nodeBuiltin('child_process')),
    bad('shared/x.ts', 'const os = await import(`node:os`);', nodeBuiltin('node:os')),
    bad(
      'shared/x.ts',
      "const fs = require('fs');",
      { ...hostGlobal('require', 'Node'), column: 12 }, // `require` itself is a Node global
      { ...nodeBuiltin('fs'), column: 20 },
    ),
    bad('shared/x.ts', "import crypto = require('node:crypto');", nodeBuiltin('node:crypto')),
    bad('shared/x.ts', "type Stats = import('node:fs').Stats;", nodeBuiltin('node:fs')),
    // shared/: electron, in every form.
    bad(
      'shared/ipc-contract.ts',
      "import { ipcMain } from 'electron';",
      electronOutside('electron', 'shared/ipc-contract.ts'),
    ),
    bad(
      'shared/x.ts',
      "import type { IpcMain } from 'electron/main';",
      electronOutside('electron/main', 'shared/x.ts'),
    ),
    bad('shared/x.ts', "const e = await import('electron');", electronOutside('electron', 'shared/x.ts')),
    // shared/: our own code outside shared/.
    bad(
      'shared/tray-menu.ts',
      "import type { TrayHost } from '../electron/core/ports';",
      sharedOwn('../electron/core/ports', 'electron/core/ports'),
    ),
    bad(
      'shared/stats/x.ts',
      "import { api } from '../../renderer/src/api';",
      sharedOwn('../../renderer/src/api', 'renderer/src/api'),
    ),
    bad(
      'shared/x.ts',
      "export { Clock } from 'electron/core/ports';",
      sharedOwn('electron/core/ports', 'electron/core/ports'),
    ),
    bad('shared/x.ts', "import { App } from 'renderer/src/App';", sharedOwn('renderer/src/App', 'renderer/src/App')),
    bad('shared/x.ts', "import '@shared/../electron/main';", sharedOwn('@shared/../electron/main', 'electron/main')),
    bad(
      'shared/x.ts',
      "import '../tests/helpers/engine-harness';",
      sharedOwn('../tests/helpers/engine-harness', 'tests/helpers/engine-harness'),
    ),
    bad('shared/x.ts', "import '../../outside';", sharedOwn('../../outside', 'outside the repo')),
    // shared/: host-specific npm packages named in the options.
    bad('shared/x.ts', "import { WebSocket } from 'ws';", {
      messageId: 'sharedImportsDeniedPackage',
      data: { specifier: 'ws', name: 'ws' },
    }),
    // shared/: DOM and Node globals, as values, types and members of globalThis.
    bad('shared/x.ts', "window.addEventListener('focus', () => {});", hostGlobal('window', 'DOM')),
    bad('shared/x.ts', 'export const title = document.title;', hostGlobal('document', 'DOM')),
    bad('shared/x.ts', 'export const lang = navigator.language;', hostGlobal('navigator', 'DOM')),
    bad('shared/x.ts', "localStorage.setItem('k', 'v');", hostGlobal('localStorage', 'DOM')),
    bad('shared/x.ts', 'export const isDom = typeof window !== "undefined";', hostGlobal('window', 'DOM')),
    bad('shared/x.ts', 'export const tz = process.env.TZ;', hostGlobal('process', 'Node')),
    bad('shared/x.ts', "export const b = Buffer.from('x');", hostGlobal('Buffer', 'Node')),
    bad('shared/x.ts', 'export const here = __dirname;', hostGlobal('__dirname', 'Node')),
    bad('shared/x.ts', 'setImmediate(() => {});', hostGlobal('setImmediate', 'Node')),
    bad('shared/x.ts', 'export const env = globalThis.process.env;', hostGlobal('process', 'Node')),
    bad('shared/x.ts', 'export function f(el: HTMLElement): void {}', hostGlobal('HTMLElement', 'DOM')),
    bad('shared/x.ts', 'export let timer: NodeJS.Timeout | undefined;', hostGlobal('NodeJS', 'Node')),
    bad('shared/x.ts', 'export const r = await fetch("https://x.test");', hostGlobal('fetch', 'host I/O')),
    // Only electron/electron-host/ may import electron.
    bad(
      'electron/core/app-service.ts',
      "import { app } from 'electron';",
      electronOutside('electron', 'electron/core/app-service.ts'),
    ),
    bad(
      'electron/core/ports.ts',
      "import type { BrowserWindow } from 'electron';",
      electronOutside('electron', 'electron/core/ports.ts'),
    ),
    bad(
      'electron/tools/cli/posture-cli.ts',
      "export * from 'electron';",
      electronOutside('electron', 'electron/tools/cli/posture-cli.ts'),
    ),
    bad(
      'electron/web-host/x.ts',
      "const { app } = await import('electron');",
      electronOutside('electron', 'electron/web-host/x.ts'),
    ),
    bad(
      'electron/web-host/x.ts',
      "const m = require('electron/main');",
      electronOutside('electron/main', 'electron/web-host/x.ts'),
    ),
    bad(
      'electron/tools/start.mjs',
      "const require = createRequire(import.meta.url); const bin = require('electron');",
      electronOutside('electron', 'electron/tools/start.mjs'),
    ),
    bad(
      'electron/core/x.ts',
      "import electron = require('electron');",
      electronOutside('electron', 'electron/core/x.ts'),
    ),
    bad(
      'electron/core/x.ts',
      "type App = typeof import('electron').app;",
      electronOutside('electron', 'electron/core/x.ts'),
    ),
    bad(
      'renderer/src/api.ts',
      "import { ipcRenderer } from 'electron';",
      electronOutside('electron', 'renderer/src/api.ts'),
    ),
    bad('tests/unit/x.test.ts', "import { app } from 'electron';", electronOutside('electron', 'tests/unit/x.test.ts')),
    bad('playwright.config.ts', "import 'electron';", electronOutside('electron', 'playwright.config.ts')),
    // The layers inside electron/: core/ imports no adapter or host; os/ no host; the hosts not each other.
    bad(
      'electron/core/app-service.ts',
      "import { OsNotifier } from '../os/os-notifier';",
      layer(ROLE.core, '../os/os-notifier', 'electron/os/os-notifier', ROLE.os, WHY.core),
    ),
    bad(
      'electron/core/app-service.ts',
      "import type { WebHost } from '../web-host/web-host';",
      layer(ROLE.core, '../web-host/web-host', 'electron/web-host/web-host', ROLE.webHost, WHY.core),
    ),
    bad(
      'electron/core/x.ts',
      "const m = await import('../electron-host/electron-app');",
      layer(
        ROLE.core,
        '../electron-host/electron-app',
        'electron/electron-host/electron-app',
        ROLE.electronHost,
        WHY.core,
      ),
    ),
    bad(
      'electron/core/x.ts',
      "import { seed } from '../tools/cli/synthetic-history';",
      layer(ROLE.core, '../tools/cli/synthetic-history', 'electron/tools/cli/synthetic-history', ROLE.tools, WHY.core),
    ),
    bad(
      'electron/os/idle/x.ts',
      "import { startWebHost } from '../../web-host/web-host';",
      layer(ROLE.os, '../../web-host/web-host', 'electron/web-host/web-host', ROLE.webHost, WHY.os),
    ),
    bad(
      'electron/web-host/x.ts',
      "import { ElectronTrayHost } from '../electron-host/electron-tray';",
      layer(
        ROLE.webHost,
        '../electron-host/electron-tray',
        'electron/electron-host/electron-tray',
        ROLE.electronHost,
        WHY.hosts,
      ),
    ),
    bad(
      'electron/electron-host/x.ts',
      "import type { TestControls } from '../web-host/test-controls';",
      layer(ROLE.electronHost, '../web-host/test-controls', 'electron/web-host/test-controls', ROLE.webHost, WHY.hosts),
    ),
    // electron/ never imports renderer/.
    bad(
      'electron/core/x.ts',
      "import { App } from '../../renderer/src/App';",
      electronToRenderer('../../renderer/src/App', 'renderer/src/App'),
    ),
    bad(
      'electron/electron-host/window-options.ts',
      "import '../../renderer/src/styles.css';",
      electronToRenderer('../../renderer/src/styles.css', 'renderer/src/styles.css'),
    ),
    bad(
      'electron/electron-host/main.ts',
      "export { api } from 'renderer/src/api';",
      electronToRenderer('renderer/src/api', 'renderer/src/api'),
    ),
    bad(
      'electron/web-host/server.ts',
      "const html = await import('../../renderer/index.html');",
      electronToRenderer('../../renderer/index.html', 'renderer/index.html'),
    ),
    // renderer/ never imports electron/.
    bad(
      'renderer/src/x.ts',
      "import type { Clock } from '../../electron/core/ports';",
      rendererToElectron('../../electron/core/ports', 'electron/core/ports'),
    ),
    bad(
      'renderer/src/views/x.tsx',
      "export { AppService } from '../../../electron/core/app-service';",
      rendererToElectron('../../../electron/core/app-service', 'electron/core/app-service'),
    ),
    bad(
      'renderer/src/x.ts',
      "const s = await import('../../electron/web-host/server');",
      rendererToElectron('../../electron/web-host/server', 'electron/web-host/server'),
    ),
    bad(
      'renderer/src/x.ts',
      "import { x } from 'electron/core/ports';",
      rendererToElectron('electron/core/ports', 'electron/core/ports'),
    ),
    // Several findings in one file, each named.
    bad(
      'shared/notification-content.ts',
      [
        "import { Notification } from 'electron';",
        "import * as os from 'node:os';",
        "import { log } from '../electron/core/logger';",
        'export const platform = navigator.platform;',
      ].join('\n'),
      { ...electronOutside('electron', 'shared/notification-content.ts'), line: 1 },
      { ...nodeBuiltin('node:os'), line: 2 },
      { ...sharedOwn('../electron/core/logger', 'electron/core/logger'), line: 3 },
      { ...hostGlobal('navigator', 'DOM'), line: 4 },
    ),
  ],
});

describe('layers/dependency-direction messages', () => {
  it('name the layer, the specifier and the rule they break', () => {
    const messages = rule.meta?.messages ?? {};
    expect(messages.sharedImportsNodeBuiltin).toMatch(
      /^shared\/ must not import the Node built-in module '\{\{specifier\}\}'/,
    );
    expect(messages.electronOutsideAdapters).toMatch(
      /^Only files under electron\/electron-host\/ may import '\{\{specifier\}\}'/,
    );
    expect(messages.layerImportsForbidden).toMatch(/^\{\{role\}\} must not import '\{\{specifier\}\}'/);
    expect(messages.rendererImportsElectron).toMatch(/^renderer\/ must not import from electron\//);
    expect(messages.electronImportsRenderer).toMatch(/^electron\/ must not import from renderer\//);
    for (const text of Object.values(messages)) expect(text).toContain('docs/ARCHITECTURE.md');
  });
});

// ---------------------------------------------------------------------------
// The real config (eslint.config.mjs) through the ESLint Node API.

describe('eslint.config.mjs enforces the dependency direction', () => {
  // The files linted here do not exist, so no tsconfig holds them and the
  // type-aware rules have no program to ask; the rule under test needs none.
  const eslint = new ESLint({ cwd: repoRoot, overrideConfig: tseslint.configs.disableTypeChecked });

  async function lint(repoPath: string, code: string) {
    const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, repoPath) });
    if (!result) throw new Error('no lint result');
    return result.messages;
  }
  async function layerMessages(repoPath: string, code: string) {
    return (await lint(repoPath, code)).filter((m) => m.ruleId === 'layers/dependency-direction').map((m) => m.message);
  }

  it.each<[string, string, string, string]>([
    [
      'shared/ importing a Node built-in',
      'shared/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      "shared/ must not import the Node built-in module 'node:fs'",
    ],
    [
      'shared/ using a DOM global',
      'shared/x.ts',
      'export const width = window.innerWidth;\n',
      "shared/ must not use the DOM global 'window'",
    ],
    [
      'shared/ importing electron/ code',
      'shared/x.ts',
      "import type { Clock } from '../electron/core/ports';\nexport type C = Clock;\n",
      "it resolves to 'electron/core/ports', outside shared/",
    ],
    [
      'electron/ files outside adapters/ importing electron',
      'electron/core/x.ts',
      "import { app } from 'electron';\nexport const quit = () => app.quit();\n",
      "Only files under electron/electron-host/ may import 'electron', and electron/core/x.ts is not one of them",
    ],
    [
      'tests/unit importing electron',
      'tests/unit/x.test.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
      "Only files under electron/electron-host/ may import 'electron'",
    ],
    [
      'renderer/ importing electron/',
      'renderer/src/x.ts',
      "import type { Clock } from '../../electron/core/ports';\nexport type C = Clock;\n",
      "renderer/ must not import from electron/: '../../electron/core/ports' resolves to 'electron/core/ports'",
    ],
    [
      'electron/ importing renderer/',
      'electron/web-host/x.ts',
      "import { estimateNow } from '../../renderer/src/use-app-state';\nexport const e = estimateNow;\n",
      'electron/ must not import from renderer/',
    ],
  ])('rejects %s', async (_what, repoPath, code, expected) => {
    expect(await layerMessages(repoPath, code)).toEqual([expect.stringContaining(expected)]);
  });

  it('passes allowed files with no findings at all', async () => {
    const cases: Array<[string, string]> = [
      [
        'shared/x.ts',
        "import { z } from 'zod';\nimport type { View } from '@shared/ipc-contract';\nexport const s = z.string();\nexport type V = View;\n",
      ],
      [
        'electron/electron-host/x.ts',
        "import { app } from 'electron';\nimport * as fs from 'node:fs';\nexport const a = [app, fs];\n",
      ],
      [
        'electron/core/x.ts',
        "import * as fs from 'node:fs';\nimport type { Clock } from './ports';\nexport const f = (c: Clock) => [c, fs, process.pid];\n",
      ],
      [
        'renderer/src/x.ts',
        "import type { View } from '@shared/ipc-contract';\nexport const v: View | string = document.title;\n",
      ],
      [
        'tests/unit/x.test.ts',
        "import type { AppService } from '../../electron/core/app-service';\nexport type A = AppService;\n",
      ],
      // The boot test's stand-in for electron is exempted by the config.
      ['tests/helpers/electron-standin/x.mjs', "import { app } from 'electron';\nexport const a = app;\n"],
    ];
    for (const [repoPath, code] of cases) {
      expect({ repoPath, messages: await lint(repoPath, code) }).toEqual({ repoPath, messages: [] });
    }
  });
});
