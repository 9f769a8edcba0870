import { describe, expect, it, vi } from 'vitest';
import {
  API_METHOD_NAMES,
  createPostureApi,
  dispatchInvoke,
  INVOKE_CHANNELS,
  invokeContract,
  IpcRejection,
  ipcErrorCodeSchema,
  type ContractHandlers,
  type InvokeName,
  type IpcTransport,
} from '@shared/ipc-contract';
import { CALL_TIMEOUT_MS, TIME_LIMIT_STEP_MS, timeoutFor, type CallTimer } from '@shared/ipc-api';
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
    reportPostureLook: () => ok,
    calibratePosture: () => ({ ok: true }),
    reportCameraUse: () => ok,
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

/** A CallTimer the test moves by hand, as time passes (`runFor`) or as a clock leaps (`jump`). */
class ManualTimer implements CallTimer {
  private readonly timers = new Set<{ due: number; fire: () => void }>();
  now = 0;

  after(ms: number, fire: () => void): () => void {
    const timer = { due: this.now + ms, fire };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  get running(): number {
    return this.timers.size;
  }

  /** Time passes: every timer due by then fires at its time, those armed meanwhile too. */
  runFor(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const next = [...this.timers].filter((t) => t.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.timers.delete(next);
      this.now = next.due;
      next.fire();
    }
    this.now = end;
  }

  /** The clock leaps forward: each timer due fires once, late (Playwright's fastForward, a wake from sleep). */
  jump(ms: number): void {
    this.now += ms;
    for (const timer of [...this.timers])
      if (timer.due <= this.now) {
        this.timers.delete(timer);
        timer.fire();
      }
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

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
    const api = createPostureApi(transport, new ManualTimer());
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

  it('answers a call that gets no reply with a typed timeout, and tells the transport to forget it', async () => {
    const timer = new ManualTimer();
    const forgotten: string[] = [];
    const transport: IpcTransport = {
      invoke: (channel, _payload, call) => {
        call.onAbandoned(() => forgotten.push(channel));
        return new Promise(() => {}); // a handler that never resolves
      },
      subscribe: () => () => {},
    };
    const api = createPostureApi(transport, timer);
    let result: unknown;
    void api.resume().then((r) => (result = r));
    timer.runFor(CALL_TIMEOUT_MS - 1);
    await settled();
    expect(result).toBeUndefined();
    expect(forgotten).toEqual([]);
    timer.runFor(1);
    await settled();
    expect(result).toEqual({
      ok: false,
      error: { code: 'timeout', message: 'no answer from the app to schedule:resume within 15 s' },
    });
    expect(ipcErrorCodeSchema.parse('timeout')).toBe('timeout');
    expect(forgotten).toEqual(['schedule:resume']);
  });

  it('counts a leap of the page clock as one step of its time limit, not as the whole limit', async () => {
    const timer = new ManualTimer();
    const api = createPostureApi({ invoke: () => new Promise(() => {}), subscribe: () => () => {} }, timer);
    let result: unknown;
    void api.resume().then((r) => (result = r));
    // The laptop slept for ten minutes (or a test moved the page clock by that much).
    timer.jump(10 * 60_000);
    await settled();
    expect(result).toBeUndefined();
    expect(timer.running).toBe(1);
    // One step is gone: the other fourteen seconds still have to pass.
    timer.runFor(CALL_TIMEOUT_MS - TIME_LIMIT_STEP_MS - 1);
    await settled();
    expect(result).toBeUndefined();
    timer.runFor(1);
    await settled();
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(timer.running).toBe(0);
  });

  it('gives every verb a time limit: 15 s, and a minute for the two that read the whole history', () => {
    for (const name of Object.keys(invokeContract) as InvokeName[]) {
      const slow = name === 'getHistory' || name === 'exportCsv';
      expect(timeoutFor(name), name).toBe(slow ? 60_000 : CALL_TIMEOUT_MS);
    }
  });

  it('stops the timer of a call that was answered, and never forgets it', async () => {
    const timer = new ManualTimer();
    const forgotten: string[] = [];
    const api = createPostureApi(
      {
        invoke: async (channel, _payload, call) => {
          call.onAbandoned(() => forgotten.push(channel));
          return { ok: true, value: { ok: true } };
        },
        subscribe: () => () => {},
      },
      timer,
    );
    await expect(api.resume()).resolves.toEqual({ ok: true, value: { ok: true } });
    expect(timer.running).toBe(0);
    timer.runFor(CALL_TIMEOUT_MS);
    expect(forgotten).toEqual([]);
  });

  it('turns a transport that throws or rejects into a typed internal error', async () => {
    const timer = new ManualTimer();
    const rejecting = createPostureApi(
      { invoke: () => Promise.reject(new Error("No handler registered for 'x'")), subscribe: () => () => {} },
      timer,
    );
    await expect(rejecting.resume()).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: "schedule:resume: No handler registered for 'x'" },
    });
    const throwing = createPostureApi(
      {
        invoke: () => {
          throw new Error('socket gone');
        },
        subscribe: () => () => {},
      },
      timer,
    );
    await expect(throwing.resume()).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'schedule:resume: socket gone' },
    });
    expect(timer.running).toBe(0);
  });
});
