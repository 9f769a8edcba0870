import type { IpcTransport } from '@shared/ipc-api';
import type { IpcError, IpcResult } from '@shared/ipc-contract';

/**
 * The web host's side of the contract: calls and pushes over one WebSocket.
 * The page's cookie carries the launch token; the query repeats it for
 * browsers that drop cookies on WebSocket upgrades. Reconnects with backoff
 * and answers pending calls with a typed error if the host goes away; a call
 * the host never answers is failed with `timeout` by the API builder
 * (shared/ipc-api.ts), which tells this transport to forget it.
 */

/** What the transport uses of a WebSocket, so tests can hand in a fake. */
export interface SocketLike {
  send(text: string): void;
  addEventListener(type: 'open' | 'close', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** A message from the host, as far as the page relies on its shape. */
type HostMessage =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'push'; channel: string; payload: unknown }
  | { type: 'error'; id?: number; error?: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readHostMessage(data: unknown): HostMessage | null {
  let message: unknown;
  try {
    message = JSON.parse(String(data));
  } catch {
    return null;
  }
  if (!isObject(message)) return null;
  const id = message.id;
  if (message.type === 'result' && typeof id === 'number') return { type: 'result', id, result: message.result };
  if (message.type === 'push' && typeof message.channel === 'string')
    return { type: 'push', channel: message.channel, payload: message.payload };
  if (message.type === 'error')
    return { type: 'error', id: typeof id === 'number' ? id : undefined, error: message.error };
  return null;
}

function isIpcError(value: unknown): value is IpcError {
  return isObject(value) && typeof value.code === 'string' && typeof value.message === 'string';
}

/** IPC error messages are English, like the backend's own. */
const WRONG_SHAPE: IpcError = { code: 'internal', message: 'the app sent a reply of the wrong shape' };
const UNKNOWN_HOST_ERROR: IpcError = { code: 'internal', message: 'the app reported an error' };

/** A result as the contract shapes it; anything else answers its call as a fault of the host. */
function asResult(value: unknown): IpcResult<unknown> {
  if (isObject(value) && value.ok === true && 'value' in value) return { ok: true, value: value.value };
  if (isObject(value) && value.ok === false && isIpcError(value.error)) return { ok: false, error: value.error };
  return { ok: false, error: WRONG_SHAPE };
}

export function createWebSocketTransport(
  location: Pick<Location, 'host' | 'search'>,
  onConnectionChange: (connected: boolean) => void = () => {},
  openSocket: (url: string) => SocketLike = (url) => new WebSocket(url),
): IpcTransport {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  // eslint-disable-next-line i18next/no-literal-string -- a socket address, never shown
  const url = `ws://${location.host}/ws?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  /** Calls made while no socket is open, by id: sent in order once one opens. */
  const queue = new Map<number, string>();
  let nextId = 1;
  let socket: SocketLike | null = null;
  let retryMs = 250;

  const answer = (id: number, result: IpcResult<unknown>) => {
    const resolve = pending.get(id);
    // No such call: it timed out (and was forgotten) before this late reply came.
    if (!resolve) return;
    pending.delete(id);
    resolve(result);
  };

  const receive = (data: unknown) => {
    const message = readHostMessage(data);
    if (!message) {
      console.warn('ignored a message from the app that is not one of the contract');
      return;
    }
    if (message.type === 'result') {
      answer(message.id, asResult(message.result));
    } else if (message.type === 'push') {
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload);
    } else {
      const error = isIpcError(message.error) ? message.error : UNKNOWN_HOST_ERROR;
      if (message.id !== undefined && pending.has(message.id)) answer(message.id, { ok: false, error });
      // Not about any call of ours: nothing waits for it, so it is only logged.
      else console.warn(`the app refused a message: [${error.code}] ${error.message}`);
    }
  };

  const connect = () => {
    const ws = openSocket(url);
    ws.addEventListener('open', () => {
      socket = ws;
      retryMs = 250;
      onConnectionChange(true);
      for (const text of queue.values()) ws.send(text);
      queue.clear();
    });
    ws.addEventListener('message', (event) => receive(event.data));
    ws.addEventListener('close', () => {
      onConnectionChange(false);
      socket = null;
      for (const id of [...pending.keys()]) {
        // Queued calls were never sent: they wait for the next connection (or their time limit).
        if (queue.has(id)) continue;
        answer(id, { ok: false, error: { code: 'internal', message: 'the connection to the app closed' } });
      }
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    });
  };
  connect();

  return {
    invoke(channel, payload, call) {
      const id = nextId++;
      const text = JSON.stringify({ type: 'invoke', id, channel, payload });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        call.onAbandoned(() => {
          pending.delete(id);
          queue.delete(id);
        });
        if (socket) socket.send(text);
        else queue.set(id, text);
      });
    },
    subscribe(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
