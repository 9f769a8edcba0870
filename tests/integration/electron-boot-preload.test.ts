import { beforeAll, describe, expect, it } from 'vitest';
import { API_METHOD_NAMES, invokeContract, pushContract, type InvokeName } from '@shared/ipc-contract';
import { handOver, type Electron } from '../helpers/electron-standin/electron-types';
import {
  runBuiltPreload,
  type IpcRendererListener,
  type PreloadIpcRenderer,
} from '../helpers/electron-standin/preload-sandbox';

/**
 * The boot test, preload side: the *built* preload runs in
 * a vm sandbox where only `electron` can be required, as in a sandboxed
 * renderer (preload-sandbox.ts). It catches a preload that needs Node, leaks
 * Electron or Node to the page, or strays from the IPC contract. The built
 * main bundle is checked in electron-boot.test.ts, and the preload's calls
 * reach it in electron-boot-morning.test.ts.
 */

/** An ipcRenderer that answers every invoke with the channel's name and keeps what the preload did. */
class EchoIpcRenderer implements PreloadIpcRenderer {
  readonly invoked: { channel: string; payload: unknown }[] = [];
  readonly byChannel = new Map<string, Set<IpcRendererListener>>();
  readonly removed: { channel: string; listener: IpcRendererListener }[] = [];

  invoke(channel: string, payload?: unknown): Promise<unknown> {
    this.invoked.push({ channel, payload });
    return Promise.resolve({ ok: true, value: { echoed: channel } });
  }

  on(channel: string, listener: IpcRendererListener): Electron.IpcRenderer {
    if (!this.byChannel.has(channel)) this.byChannel.set(channel, new Set());
    this.byChannel.get(channel)!.add(listener);
    return handOver<Electron.IpcRenderer>(this);
  }

  removeListener(channel: string, listener: IpcRendererListener): Electron.IpcRenderer {
    this.removed.push({ channel, listener });
    this.byChannel.get(channel)?.delete(listener);
    return handOver<Electron.IpcRenderer>(this);
  }
}

describe('the built preload, in a vm sandbox where only electron can be required', () => {
  function runPreload() {
    const ipcRenderer = new EchoIpcRenderer();
    const { exposed, refused, newGlobals, electron } = runBuiltPreload(ipcRenderer);
    const { invoked, byChannel: listeners, removed } = ipcRenderer;
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
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared by identity, never called
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
    const event: Electron.IpcRendererEvent = {
      preventDefault: () => {},
      defaultPrevented: false,
      ports: [],
      sender: handOver<Electron.IpcRenderer>(preload.ipcRenderer),
    };
    subscribed[0]!(event, { schedule: 'payload' });
    expect(received).toEqual([[{ schedule: 'payload' }]]);

    unsubscribe();
    expect(preload.removed).toEqual([{ channel, listener: subscribed[0] }]);
    expect(preload.listeners.get(channel)?.size ?? 0).toBe(0);
  });

  it('answers a call whose handler never resolves with a typed timeout', async () => {
    // An ipcRenderer whose main process never answers, and timers the test fires.
    const stalled: PreloadIpcRenderer = {
      invoke: () => new Promise(() => {}),
      on: () => handOver<Electron.IpcRenderer>(stalled),
      removeListener: () => handOver<Electron.IpcRenderer>(stalled),
    };
    const timers: { fire: () => void; ms: number; cleared: boolean; fired: boolean }[] = [];
    const run = runBuiltPreload(stalled, {
      setTimeout: (fire, ms) => timers.push({ fire, ms, cleared: false, fired: false }) - 1,
      clearTimeout: (handle) => {
        if (typeof handle === 'number' && timers[handle]) timers[handle].cleared = true;
      },
    });
    const api = run.exposed[0]!.api as Record<string, (request?: unknown) => Promise<unknown>>;
    let resumed: unknown;
    let historied: unknown;
    const pending = api.resume!().then((r) => (resumed = r));
    const history = api.getHistory!({ days: 30 }).then((r) => (historied = r));
    // Fire the page's timers one second at a time, as they come due, counting the steps each call waits.
    const stepsUntil = (answered: () => boolean) => {
      let steps = 0;
      while (!answered()) {
        const live = timers.filter((t) => !t.cleared && !t.fired);
        expect(live.every((t) => t.ms === 1_000)).toBe(true);
        for (const timer of live) {
          timer.fired = true;
          timer.fire();
        }
        steps++;
        if (steps > 100) throw new Error('the calls never timed out');
      }
      return steps;
    };
    expect(stepsUntil(() => timers.filter((t) => !t.cleared && !t.fired).length === 1)).toBe(15);
    await pending;
    expect(resumed).toEqual({
      ok: false,
      error: { code: 'timeout', message: 'no answer from the app to schedule:resume within 15 s' },
    });
    expect(historied).toBeUndefined();
    expect(stepsUntil(() => timers.every((t) => t.cleared || t.fired))).toBe(45);
    await history;
    expect(historied).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });
});
