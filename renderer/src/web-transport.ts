import type { IpcTransport } from '@shared/ipc-api';
import type { IpcResult } from '@shared/ipc-contract';

/**
 * The web host's side of the contract: calls and pushes over one WebSocket.
 * The page's cookie carries the launch token; the query repeats it for
 * browsers that drop cookies on WebSocket upgrades. Reconnects with backoff
 * and answers pending calls with a typed error if the host goes away.
 */
interface Pending {
  resolve: (result: IpcResult<unknown>) => void;
}

export function createWebSocketTransport(
  location: Location,
  onConnectionChange: (connected: boolean) => void = () => {},
): IpcTransport {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  // eslint-disable-next-line i18next/no-literal-string -- a socket address, never shown
  const url = `ws://${location.host}/ws?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let retryMs = 250;

  const connect = () => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      retryMs = 250;
      onConnectionChange(true);
      for (const text of queue.splice(0)) ws.send(text);
    });
    ws.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as
        | { type: 'result'; id: number; result: IpcResult<unknown> }
        | { type: 'push'; channel: string; payload: unknown }
        | { type: 'error' };
      if (message.type === 'result') {
        pending.get(message.id)?.resolve(message.result);
        pending.delete(message.id);
      } else if (message.type === 'push') {
        for (const listener of listeners.get(message.channel) ?? []) listener(message.payload);
      }
    });
    ws.addEventListener('close', () => {
      onConnectionChange(false);
      for (const [id, call] of pending) {
        call.resolve({ ok: false, error: { code: 'internal', message: 'the connection to the app closed' } });
        pending.delete(id);
      }
      socket = null;
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    });
  };
  connect();

  return {
    invoke(channel, payload) {
      const id = nextId++;
      const text = JSON.stringify({ type: 'invoke', id, channel, payload });
      return new Promise((resolve) => {
        pending.set(id, { resolve });
        if (socket?.readyState === WebSocket.OPEN) socket.send(text);
        else queue.push(text);
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
