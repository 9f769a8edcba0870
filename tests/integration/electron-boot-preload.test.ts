import * as fs from 'node:fs';
import * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_METHOD_NAMES, invokeContract, pushContract, type InvokeName } from '@shared/ipc-contract';
import { PRELOAD_ENTRY, requireBuiltBundles } from '../helpers/electron-standin/standin-app';

/**
 * The boot test (DESIGN section 7), preload side: the *built* preload runs in
 * a vm sandbox where only `electron` can be required, as in a sandboxed
 * renderer. It catches a preload that needs Node, leaks Electron or Node to
 * the page, or strays from the IPC contract. The built main bundle is checked
 * in electron-boot.test.ts.
 */

describe('the built preload, in a vm sandbox where only electron can be required', () => {
  type Listener = (...args: unknown[]) => void;

  function runPreload() {
    requireBuiltBundles();
    const code = fs.readFileSync(PRELOAD_ENTRY, 'utf8');
    const exposed: { key: string; api: Record<string, unknown> }[] = [];
    const invoked: { channel: string; payload: unknown }[] = [];
    const listeners = new Map<string, Set<Listener>>();
    const removed: { channel: string; listener: Listener }[] = [];
    const refused: string[] = [];

    const ipcRenderer = {
      invoke(channel: string, payload: unknown) {
        invoked.push({ channel, payload });
        return Promise.resolve({ ok: true, value: { echoed: channel } });
      },
      on(channel: string, listener: Listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
        return ipcRenderer;
      },
      removeListener(channel: string, listener: Listener) {
        removed.push({ channel, listener });
        listeners.get(channel)?.delete(listener);
        return ipcRenderer;
      },
    };
    const electron = {
      contextBridge: {
        exposeInMainWorld(key: string, api: Record<string, unknown>) {
          exposed.push({ key, api });
        },
      },
      ipcRenderer,
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      refused.push(id);
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    };

    // No Node globals at all: no process, Buffer, setImmediate. Electron gives
    // a sandboxed preload a reduced `process`, but ours must not need it.
    const context = vm.createContext({});
    const globalsBefore = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]);
    const wrapper = vm.runInContext(`(function (exports, require, module) {\n${code}\n})`, context, {
      filename: PRELOAD_ENTRY,
    }) as (exports: object, require: (id: string) => unknown, module: { exports: object }) => void;
    const module = { exports: {} };
    wrapper(module.exports, sandboxRequire, module);
    const globalsAfter = vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[];
    const newGlobals = globalsAfter.filter((name) => !globalsBefore.has(name));
    return { exposed, invoked, listeners, removed, refused, newGlobals, ipcRenderer, electron };
  }

  let preload: ReturnType<typeof runPreload>;

  beforeAll(() => {
    preload = runPreload();
  });

  it('requires nothing but electron and exposes exactly one key, "posture"', () => {
    expect(preload.refused).toEqual([]);
    expect(preload.exposed.map((e) => e.key)).toEqual(['posture']);
    // Its own isolated world gets only zod's registries; the page sees
    // nothing but what exposeInMainWorld hands over.
    expect(preload.newGlobals.filter((name) => !name.startsWith('__zod_'))).toEqual([]);
  });

  it('exposes exactly the contract API, as functions, and nothing of Electron or Node', () => {
    const api = preload.exposed[0]!.api;
    expect(new Set(Object.keys(api))).toEqual(new Set(API_METHOD_NAMES));
    expect(Object.keys(api)).toHaveLength(API_METHOD_NAMES.length);
    for (const name of Object.keys(api)) expect(typeof api[name], name).toBe('function');
    for (const leak of ['process', 'ipcRenderer', 'require', 'electron', 'contextBridge', 'invoke', 'send', 'on']) {
      expect(leak in api, leak).toBe(false);
    }
    const values = Object.values(api);
    expect(values).not.toContain(preload.ipcRenderer);
    expect(values).not.toContain(preload.ipcRenderer.invoke);
    expect(values).not.toContain(preload.electron);
  });

  it('calls each verb on its own contract channel', async () => {
    const api = preload.exposed[0]!.api as Record<string, (request?: unknown) => Promise<unknown>>;
    preload.invoked.length = 0;
    await expect(api.snooze!({ minutes: 5 })).resolves.toEqual({ ok: true, value: { echoed: 'schedule:snooze' } });
    expect(preload.invoked).toEqual([{ channel: 'schedule:snooze', payload: { minutes: 5 } }]);

    for (const name of Object.keys(invokeContract) as InvokeName[]) {
      preload.invoked.length = 0;
      await api[name]!();
      expect(preload.invoked, name).toEqual([{ channel: invokeContract[name].channel, payload: {} }]);
    }
  });

  it('subscribes onStateChanged to app:state-changed, hands over only the payload, and unsubscribes', () => {
    const api = preload.exposed[0]!.api as { onStateChanged: (cb: (...args: unknown[]) => void) => () => void };
    const channel = pushContract.onStateChanged.channel;
    expect(channel).toBe('app:state-changed');
    const received: unknown[][] = [];
    const unsubscribe = api.onStateChanged((...args) => received.push(args));
    expect(typeof unsubscribe).toBe('function');
    const subscribed = [...(preload.listeners.get(channel) ?? [])];
    expect(subscribed).toHaveLength(1);

    // The IpcRendererEvent (whose `sender` is ipcRenderer) must not reach the page.
    const event = { sender: preload.ipcRenderer, senderId: 0 };
    subscribed[0]!(event, { schedule: 'payload' });
    expect(received).toEqual([[{ schedule: 'payload' }]]);

    unsubscribe();
    expect(preload.removed).toEqual([{ channel, listener: subscribed[0] }]);
    expect(preload.listeners.get(channel)?.size ?? 0).toBe(0);
  });
});
