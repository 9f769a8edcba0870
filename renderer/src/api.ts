import { createPostureApi, type CallTimer } from '@shared/ipc-api';
import type { IpcResult, PostureApi } from '@shared/ipc-contract';
import { createWebSocketTransport } from './web-transport';

export type ConnectionListener = (connected: boolean) => void;

export interface ApiHandle {
  api: PostureApi;
  /** Electron pages have one fixed view per window; web pages follow the host. */
  host: 'electron' | 'web';
  onConnectionChange(listener: ConnectionListener): () => void;
}

/** The page's own timers, for the time limit on each call (shared/ipc-api.ts). */
const pageTimer: CallTimer = {
  after: (ms, fire) => {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  },
};

/** The preload's API inside Electron (its time limits applied there), the WebSocket one in a browser. */
export function resolveApi(win: Window = window): ApiHandle {
  const connectionListeners = new Set<ConnectionListener>();
  if (win.posture) {
    return { api: win.posture, host: 'electron', onConnectionChange: () => () => {} };
  }
  const transport = createWebSocketTransport(win.location, (connected) => {
    for (const listener of connectionListeners) listener(connected);
  });
  return {
    api: createPostureApi(transport, pageTimer),
    host: 'web',
    onConnectionChange(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
}

/** Logs a refused call: the UI then simply shows the unchanged state. */
export function reportFailure<T>(result: IpcResult<T>, what: string): T | null {
  if (result.ok) return result.value;
  console.warn(`${what} failed: [${result.error.code}] ${result.error.message}`);
  return null;
}

/**
 * An event (or timer) handler made from an async function. React and
 * setTimeout ignore what a handler returns, so a rejection would go unhandled:
 * it is logged here instead. (API calls themselves never reject,
 * shared/ipc-api.ts; this covers the code around them.)
 */
export function handleAsync<A extends unknown[]>(handler: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args) => {
    handler(...args).catch((error: unknown) => console.error('an event handler failed', error));
  };
}
