import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_TIMEOUT_MS, createPostureApi, SLOW_CALL_TIMEOUT_MS, type CallTimer } from '@shared/ipc-api';
import { invokeContract, type PostureApi } from '@shared/ipc-contract';
import { createWebSocketTransport, type SocketLike } from '../../renderer/src/web-transport';

/**
 * The page's side of the web host: the WebSocket transport under the API
 * builder, as renderer/src/api.ts puts them together, over a fake socket
 * whose host answers only when the test says so.
 */

type Listener = (event: { data: unknown }) => void;

class FakeSocket implements SocketLike {
  readonly sent: { type: string; id: number; channel: string; payload: unknown }[] = [];
  private readonly listeners = new Map<string, Listener[]>();

  constructor(readonly url: string) {}

  send(text: string): void {
    this.sent.push(JSON.parse(text) as FakeSocket['sent'][number]);
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  private emit(type: string, event: { data: unknown } = { data: undefined }): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  open(): void {
    this.emit('open');
  }

  /** The host sends `message` (an object is sent as JSON, a string as is). */
  receive(message: unknown): void {
    this.emit('message', { data: typeof message === 'string' ? message : JSON.stringify(message) });
  }

  /** The host answers the call it got as `index`-th with `result`. */
  answer(index: number, result: unknown): void {
    this.receive({ type: 'result', id: this.sent[index]!.id, result });
  }

  close(): void {
    this.emit('close');
  }
}

const pageTimer: CallTimer = {
  after: (ms, fire) => {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  },
};

let sockets: FakeSocket[];
let connection: boolean[];
let api: PostureApi;

/** What a call resolved to so far, without awaiting it (undefined: still pending). */
function watch<T>(promise: Promise<T>): { value?: T } {
  const box: { value?: T } = {};
  void promise.then((value) => (box.value = value));
  return box;
}

const latest = () => sockets.at(-1)!;

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  connection = [];
  const transport = createWebSocketTransport(
    { host: '127.0.0.1:4000', search: '?token=a%20b' },
    (connected) => connection.push(connected),
    (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
  );
  api = createPostureApi(transport, pageTimer);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the WebSocket transport', () => {
  it('connects with the token and sends calls queued before the socket opened, in order', async () => {
    expect(latest().url).toBe('ws://127.0.0.1:4000/ws?token=a%20b');
    const snapshot = watch(api.getSnapshot());
    const snooze = watch(api.snooze({ minutes: 5 }));
    expect(latest().sent).toEqual([]);
    latest().open();
    expect(connection).toEqual([true]);
    expect(latest().sent.map((m) => [m.channel, m.payload])).toEqual([
      [invokeContract.getSnapshot.channel, {}],
      [invokeContract.snooze.channel, { minutes: 5 }],
    ]);
    latest().answer(1, { ok: true, value: { ok: true } });
    await vi.advanceTimersByTimeAsync(0);
    expect(snooze.value).toEqual({ ok: true, value: { ok: true } });
    expect(snapshot.value).toBeUndefined();
  });

  it('gives each call its own reply when replies cross', async () => {
    latest().open();
    const first = watch(api.getSettings());
    const second = watch(api.getTodayStats());
    const third = watch(api.resume());
    latest().answer(2, { ok: true, value: 'third' });
    latest().answer(0, { ok: true, value: 'first' });
    latest().answer(1, { ok: false, error: { code: 'rejected', message: 'second' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(first.value).toEqual({ ok: true, value: 'first' });
    expect(second.value).toEqual({ ok: false, error: { code: 'rejected', message: 'second' } });
    expect(third.value).toEqual({ ok: true, value: 'third' });
  });

  it('fails a call the host never answers with a typed timeout, and ignores the late reply', async () => {
    latest().open();
    const stalled = watch(api.snooze({ minutes: 5 }));
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
    expect(stalled.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(stalled.value).toEqual({
      ok: false,
      error: { code: 'timeout', message: 'no answer from the app to schedule:snooze within 15 s' },
    });
    // The host wakes up: its answer finds no call waiting, and changes nothing.
    latest().answer(0, { ok: true, value: { ok: true } });
    await vi.advanceTimersByTimeAsync(0);
    expect(stalled.value?.ok).toBe(false);
    // The next call still gets its answer.
    const next = watch(api.resume());
    latest().answer(1, { ok: true, value: { ok: true } });
    await vi.advanceTimersByTimeAsync(0);
    expect(next.value).toEqual({ ok: true, value: { ok: true } });
  });

  it('waits longer for the calls that read the whole history', async () => {
    latest().open();
    const history = watch(api.getHistory({ days: 365 }));
    const csv = watch(api.exportCsv({ what: 'events' }));
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(history.value).toBeUndefined();
    expect(csv.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(SLOW_CALL_TIMEOUT_MS.getHistory! - CALL_TIMEOUT_MS);
    expect(history.value?.ok === false && history.value.error.code).toBe('timeout');
    expect(csv.value?.ok === false && csv.value.error.code).toBe('timeout');
  });

  it('never sends a call that timed out while it waited for a connection', async () => {
    const startBreak = watch(api.startBreak({}));
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(startBreak.value?.ok === false && startBreak.value.error.code).toBe('timeout');
    const later = watch(api.getSnapshot());
    latest().open();
    expect(latest().sent.map((m) => m.channel)).toEqual([invokeContract.getSnapshot.channel]);
    latest().answer(0, { ok: true, value: 'snapshot' });
    await vi.advanceTimersByTimeAsync(0);
    expect(later.value).toEqual({ ok: true, value: 'snapshot' });
  });

  it('answers a call the host refused as malformed with the error it sent under that id', async () => {
    latest().open();
    const call = watch(api.resume());
    const error = { code: 'invalid-payload', message: 'malformed message' };
    latest().receive({ type: 'error', id: latest().sent[0]!.id, error });
    await vi.advanceTimersByTimeAsync(0);
    expect(call.value).toEqual({ ok: false, error });
  });

  it('logs an error that names no call and answers nothing with it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    latest().open();
    const call = watch(api.resume());
    latest().receive({ type: 'error', error: { code: 'invalid-payload', message: 'malformed message' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(warn).toHaveBeenCalledWith('the app refused a message: [invalid-payload] malformed message');
    expect(call.value).toBeUndefined();
    latest().answer(0, { ok: true, value: { ok: true } });
    await vi.advanceTimersByTimeAsync(0);
    expect(call.value).toEqual({ ok: true, value: { ok: true } });
  });

  it('ignores and logs messages that are not JSON or not of the contract, and keeps working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    latest().open();
    const call = watch(api.resume());
    for (const junk of ['not json', '[1,2]', 'null', '{"type":"result"}', '{"type":"hello","id":1}'])
      latest().receive(junk);
    await vi.advanceTimersByTimeAsync(0);
    expect(warn).toHaveBeenCalledTimes(5);
    expect(call.value).toBeUndefined();
    latest().answer(0, { ok: true, value: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(call.value).toEqual({ ok: true, value: 1 });
  });

  it('answers a reply of the wrong shape as an internal fault rather than handing it on', async () => {
    latest().open();
    const call = watch(api.resume());
    latest().answer(0, { ok: 'yes' });
    await vi.advanceTimersByTimeAsync(0);
    expect(call.value).toEqual({
      ok: false,
      error: { code: 'internal', message: 'the app sent a reply of the wrong shape' },
    });
  });

  it('fails sent calls when the connection closes, reconnects, and sends what waited meanwhile', async () => {
    latest().open();
    const sent = watch(api.resume());
    latest().close();
    expect(connection).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.value).toEqual({ ok: false, error: { code: 'internal', message: 'the connection to the app closed' } });
    const waiting = watch(api.getSnapshot());
    await vi.advanceTimersByTimeAsync(250);
    expect(sockets).toHaveLength(2);
    latest().open();
    expect(latest().sent.map((m) => m.channel)).toEqual([invokeContract.getSnapshot.channel]);
    latest().answer(0, { ok: true, value: 'snapshot' });
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.value).toEqual({ ok: true, value: 'snapshot' });
  });

  it('hands pushes to the listeners of their channel until they unsubscribe', () => {
    latest().open();
    const received: unknown[] = [];
    const off = api.onStateChanged((snapshot) => received.push(snapshot));
    latest().receive({ type: 'push', channel: 'app:state-changed', payload: { now: 1 } });
    latest().receive({ type: 'push', channel: 'another', payload: { now: 2 } });
    off();
    latest().receive({ type: 'push', channel: 'app:state-changed', payload: { now: 3 } });
    expect(received).toEqual([{ now: 1 }]);
  });
});
