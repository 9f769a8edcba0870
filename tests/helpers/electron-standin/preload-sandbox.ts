import * as fs from 'node:fs';
import * as vm from 'node:vm';
import type { PostureApi } from '@shared/ipc-contract';
import { handOver, type Electron } from './electron-types';
import { PRELOAD_ENTRY, requireBuiltBundles } from './standin-app';

/**
 * The *built* preload (out/preload/index.cjs) in a `vm` sandbox where only
 * `electron` can be required, as in a sandboxed renderer: no Node globals,
 * no `process`, no other module; only the web's timers, which every renderer
 * has (the preload puts a time limit on each call). Its `electron` is the renderer half of
 * Electron's API, typed against Electron's own: `contextBridge` (kept here)
 * and the `ipcRenderer` the caller gives (a fake, or StandinIpcRenderer to
 * reach a running stand-in).
 */

/** What electron/electron-host/preload.ts uses of `ipcRenderer`. */
export type PreloadIpcRenderer = Pick<Electron.IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** A listener the preload gives `ipcRenderer.on`. */
export type IpcRendererListener = Parameters<Electron.IpcRenderer['on']>[1];

export interface PreloadRun {
  /** Every exposeInMainWorld call, in order. */
  exposed: { key: string; api: Record<string, unknown> }[];
  /** Modules the preload tried to require and was refused. */
  refused: string[];
  /** Globals the preload left in its isolated world. */
  newGlobals: string[];
  /** The `electron` module the preload got. */
  electron: { contextBridge: Electron.ContextBridge; ipcRenderer: Electron.IpcRenderer };
}

/** What electron/electron-host/preload.ts uses of `contextBridge`. */
class FakeContextBridge implements Pick<Electron.ContextBridge, 'exposeInMainWorld'> {
  readonly exposed: PreloadRun['exposed'] = [];

  exposeInMainWorld(apiKey: string, api: Record<string, unknown>): void {
    this.exposed.push({ key: apiKey, api });
  }
}

/** The timers the sandbox offers: Node's, unless a test moves time itself. */
export interface SandboxTimers {
  setTimeout: (fire: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const nodeTimers: SandboxTimers = {
  setTimeout: (fire, ms) => setTimeout(fire, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function runBuiltPreload(ipcRenderer: PreloadIpcRenderer, timers: SandboxTimers = nodeTimers): PreloadRun {
  requireBuiltBundles();
  const code = fs.readFileSync(PRELOAD_ENTRY, 'utf8');
  const contextBridge = new FakeContextBridge();
  const electron = {
    contextBridge: handOver<Electron.ContextBridge>(contextBridge),
    ipcRenderer: handOver<Electron.IpcRenderer>(ipcRenderer),
  };
  const refused: string[] = [];
  const sandboxRequire = (id: string) => {
    if (id === 'electron') return electron;
    refused.push(id);
    throw new Error(`a sandboxed preload cannot require "${id}"`);
  };

  // No Node globals at all: no process, Buffer, setImmediate. Electron gives
  // a sandboxed preload a reduced `process`, but ours must not need it. The
  // timers are the web's (the window's), not Node's.
  const context = vm.createContext({ setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout });
  const globalNames = () => vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[];
  const globalsBefore = new Set(globalNames());
  const wrapper = vm.runInContext(`(function (exports, require, module) {\n${code}\n})`, context, {
    filename: PRELOAD_ENTRY,
  }) as (exports: object, require: (id: string) => unknown, module: { exports: object }) => void;
  const module = { exports: {} };
  wrapper(module.exports, sandboxRequire, module);
  const newGlobals = globalNames().filter((name) => !globalsBefore.has(name));
  return { exposed: contextBridge.exposed, refused, newGlobals, electron };
}

/** The API the preload exposed as `window.posture`; fails if it exposed none. */
export function exposedPostureApi(run: PreloadRun): PostureApi {
  const posture = run.exposed.find((e) => e.key === 'posture');
  if (!posture) throw new Error(`the preload exposed no "posture" (it exposed ${JSON.stringify(run.exposed)})`);
  return posture.api as unknown as PostureApi;
}
