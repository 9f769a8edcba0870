import { INVOKE_CHANNEL_BY_NAME, PUSH_CHANNEL_BY_NAME, type InvokeName } from './ipc-channels';
import type { IpcResult, PostureApi } from './ipc-contract';

/**
 * The renderer-facing API for any transport (the preload's ipcRenderer, the
 * web host's WebSocket). Zod-free on purpose: it needs only the channel names,
 * and the backend validates every payload.
 *
 * Every call is answered: with the backend's result, or, when none comes in
 * time (a stalled host, a handler that never resolves, a socket that never
 * reconnects), with a typed `timeout` error. This is the one place both
 * transports get that guarantee.
 */

/** One call as the transport sees it. */
export interface PendingCall {
  /**
   * Runs `forget` if the page stops waiting (the call timed out), so a
   * transport that can drops the call: forgets its reply, and never sends a
   * call still queued for a connection (a timed-out "start break" must not
   * start one minutes later). ipcRenderer cannot take a call back and ignores it.
   */
  onAbandoned(forget: () => void): void;
}

export interface IpcTransport {
  invoke(channel: string, payload: unknown, call: PendingCall): Promise<IpcResult<unknown>>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * The page's timers (the window's, or the preload's own world's), handed in
 * so a test can move time itself: runs `fire` once after `ms` unless the
 * returned function cancels it first.
 */
export interface CallTimer {
  after(ms: number, fire: () => void): () => void;
}

/**
 * How long the page waits for an answer. Every call but two reads or writes
 * a few small files and answers in milliseconds (docs/PERFORMANCE.md); 15 s
 * is far beyond that even on a slow disk or a machine just back from sleep,
 * and short enough that a stalled host is reported while the user still
 * looks at the button.
 */
export const CALL_TIMEOUT_MS = 15_000;

/**
 * The calls that read the whole history: the dashboard and the report
 * (`getHistory`, a year of days) and the CSV export (`exportCsv`, every event
 * ever). A first read with no cache takes about 0.5 s for 5 years and grows
 * with the years, and a data folder in a sync tool's folder may first have to
 * fetch its month files over the network, so they get a minute.
 */
export const SLOW_CALL_TIMEOUT_MS: Readonly<Partial<Record<InvokeName, number>>> = {
  getHistory: 60_000,
  exportCsv: 60_000,
};

export function timeoutFor(name: InvokeName): number {
  return SLOW_CALL_TIMEOUT_MS[name] ?? CALL_TIMEOUT_MS;
}

/** The time limit is counted in steps of this many milliseconds of the page's timers. */
export const TIME_LIMIT_STEP_MS = 1_000;

/**
 * Runs `fire` once `ms` of the page's running time have passed: counted as
 * one-second steps, each armed when the last fired. A page clock that jumps
 * (a machine waking from sleep on a platform whose timers count the sleep, a
 * test's fake clock moved by minutes) fires a pending step once, so the jump
 * counts as one second, not as the whole time limit: a call the host is
 * answering is not failed because the page's clock leapt.
 */
function afterRunningTime(timer: CallTimer, ms: number, fire: () => void): () => void {
  let stepsLeft = Math.max(1, Math.ceil(ms / TIME_LIMIT_STEP_MS));
  let cancel = () => {};
  const step = () => {
    stepsLeft--;
    if (stepsLeft === 0) fire();
    else cancel = timer.after(TIME_LIMIT_STEP_MS, step);
  };
  cancel = timer.after(TIME_LIMIT_STEP_MS, step);
  return () => cancel();
}

function answerInTime(
  transport: IpcTransport,
  timer: CallTimer,
  channel: string,
  payload: unknown,
  ms: number,
): Promise<IpcResult<unknown>> {
  return new Promise((resolve) => {
    let settled = false;
    let cancelTimer = () => {};
    const abandoned: (() => void)[] = [];
    const settle = (result: IpcResult<unknown>) => {
      if (settled) return;
      settled = true;
      cancelTimer();
      resolve(result);
    };
    let reply: Promise<IpcResult<unknown>>;
    try {
      reply = transport.invoke(channel, payload, { onAbandoned: (forget) => abandoned.push(forget) });
    } catch (error) {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- rejects with whatever the transport threw; the handler below turns any value into a typed error
      reply = Promise.reject(error);
    }
    // A transport that fails (ipcRenderer rejects when no handler is registered) still gets a typed answer.
    reply.then(settle, (error: unknown) =>
      settle({
        ok: false,
        error: { code: 'internal', message: `${channel}: ${error instanceof Error ? error.message : String(error)}` },
      }),
    );
    cancelTimer = afterRunningTime(timer, ms, () => {
      if (settled) return;
      settle({
        ok: false,
        error: { code: 'timeout', message: `no answer from the app to ${channel} within ${ms / 1000} s` },
      });
      for (const forget of abandoned) forget();
    });
  });
}

export function createPostureApi(transport: IpcTransport, timer: CallTimer): PostureApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(INVOKE_CHANNEL_BY_NAME) as [InvokeName, string][]) {
    const ms = timeoutFor(name);
    api[name] = (request?: unknown) => answerInTime(transport, timer, channel, request ?? {}, ms);
  }
  for (const [name, channel] of Object.entries(PUSH_CHANNEL_BY_NAME)) {
    api[name] = (listener: (payload: unknown) => void) => transport.subscribe(channel, listener);
  }
  return api as PostureApi;
}
