import { describe, expect, it, vi } from 'vitest';
import {
  API_METHOD_NAMES,
  createPostureApi,
  dispatchInvoke,
  INVOKE_CHANNELS,
  invokeContract,
  IpcRejection,
  type ContractHandlers,
  type IpcTransport,
} from '@shared/ipc-contract';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';

function handlers(overrides: Partial<ContractHandlers> = {}): ContractHandlers {
  const ok = { ok: true as const };
  const fail = () => {
    throw new Error('not used in this test');
  };
  return {
    getSnapshot: fail,
    getTodayStats: () => ({ date: '2026-03-02', due: 1, taken: 1, snoozed: 0, skipped: 0, minutesMoved: 3 }),
    startBreak: ({ source }) => ({ breakId: `from-${source}` }),
    completeBreak: () => ok,
    snooze: () => ok,
    skip: () => ok,
    pause: () => ok,
    resume: () => ok,
    getSettings: () => DEFAULT_SETTINGS,
    updateSettings: () => DEFAULT_SETTINGS,
    resetSettings: () => DEFAULT_SETTINGS,
    exportSettings: () => ({ filename: 'x.json', content: '{}' }),
    importSettings: () => ({ imported: false, problem: 'not-json', issues: [] }),
    openView: () => ok,
    closeView: () => ok,
    dismissNotice: () => ok,
    clickTrayItem: () => ok,
    getProgram: fail,
    saveProfile: fail,
    skipQuestionnaire: () => ok,
    recordExerciseDone: () => ({ recorded: true }),
    recordExerciseFeedback: () => ({ recorded: true }),
    submitPainCheckIn: () => ({ stopped: false, urgent: false }),
    resumeProgram: () => ok,
    getHistory: fail,
    getDiagnostics: fail,
    openDataFolder: () => ok,
    exportCsv: () => ({ filename: 'x.csv', content: '' }),
    ...overrides,
  };
}

describe('the contract', () => {
  it('declares each channel once', () => {
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length);
    expect(INVOKE_CHANNELS.every((c) => /^[a-z]+:[a-z-]+$/.test(c))).toBe(true);
  });
});

describe('dispatchInvoke', () => {
  it('validates, applies defaults and returns the value', async () => {
    await expect(dispatchInvoke(handlers(), 'break:start', {})).resolves.toEqual({
      ok: true,
      value: { breakId: 'from-dashboard' },
    });
    await expect(dispatchInvoke(handlers(), 'break:start', { source: 'tray' })).resolves.toEqual({
      ok: true,
      value: { breakId: 'from-tray' },
    });
  });

  it.each([
    ['a wrong type', 'schedule:snooze', { minutes: 'ten' }],
    ['a value out of range', 'schedule:snooze', { minutes: 100_000 }],
    ['an unexpected key', 'schedule:resume', { now: 1 }],
    ['a non-object', 'schedule:pause', 'sixty'],
    ['a pause of no known length', 'schedule:pause', { length: { until: 'forever' } }],
    ['a bad enum', 'window:open', { view: 'settings; rm -rf /' }],
    ['a bad settings patch', 'settings:update', { movement: { intervalSeconds: -1 } }],
    ['a bad time of day', 'settings:update', { homeProgram: { time: '25:99' } }],
  ])('answers %s with a typed invalid-payload error, never calling the handler', async (_label, channel, payload) => {
    const spy = vi.fn();
    const all = handlers();
    const spied = Object.fromEntries(
      Object.entries(all).map(([k, fn]) => [
        k,
        (...args: unknown[]) => (spy(), (fn as (...a: unknown[]) => unknown)(...args)),
      ]),
    ) as unknown as ContractHandlers;
    const result = await dispatchInvoke(spied, channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('names unknown channels', async () => {
    await expect(dispatchInvoke(handlers(), 'fs:read', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    await expect(dispatchInvoke(handlers(), 42, {})).resolves.toMatchObject({ error: { code: 'unknown-channel' } });
  });

  it('turns a refusal into "rejected" and a crash into "internal"', async () => {
    const refusing = handlers({
      resume: () => {
        throw new IpcRejection('reminders are not paused');
      },
      completeBreak: () => {
        throw new TypeError('boom');
      },
    });
    await expect(dispatchInvoke(refusing, 'schedule:resume', {})).resolves.toEqual({
      ok: false,
      error: { code: 'rejected', message: 'reminders are not paused' },
    });
    await expect(dispatchInvoke(refusing, 'break:complete', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });

  it('checks what handlers return against the response schema', async () => {
    const broken = handlers({ getTodayStats: () => ({ date: 5 }) as never });
    await expect(dispatchInvoke(broken, 'stats:get-today', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('createPostureApi', () => {
  it('exposes one verb per channel and routes calls and pushes through the transport', async () => {
    const calls: [string, unknown][] = [];
    const subscriptions: string[] = [];
    const transport: IpcTransport = {
      invoke: async (channel, payload) => {
        calls.push([channel, payload]);
        return { ok: true, value: { ok: true } };
      },
      subscribe: (channel) => {
        subscriptions.push(channel);
        return () => subscriptions.splice(subscriptions.indexOf(channel), 1);
      },
    };
    const api = createPostureApi(transport);
    expect(Object.keys(api).sort()).toEqual([...API_METHOD_NAMES].sort());
    await api.snooze({ minutes: 5 });
    await api.resume();
    expect(calls).toEqual([
      [invokeContract.snooze.channel, { minutes: 5 }],
      [invokeContract.resume.channel, {}],
    ]);
    const off = api.onStateChanged(() => {});
    expect(subscriptions).toEqual(['app:state-changed']);
    off();
    expect(subscriptions).toEqual([]);
  });
});
