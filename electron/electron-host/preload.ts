import { contextBridge, ipcRenderer } from 'electron';
import { createPostureApi } from '@shared/ipc-api';
import type { IpcResult } from '@shared/ipc-contract';

/**
 * The sandboxed preload: exposes `window.posture`, the contract's verb-named
 * API, and nothing else: no ipcRenderer, no process, no channel names the
 * contract does not declare. Bundled into one CommonJS file.
 */
const api = createPostureApi(
  {
    // ipcRenderer.invoke cannot be taken back: a call that timed out is only no longer waited for.
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<IpcResult<unknown>>,
    subscribe: (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  },
  {
    after: (ms, fire) => {
      const timer = setTimeout(fire, ms);
      return () => clearTimeout(timer);
    },
  },
);

contextBridge.exposeInMainWorld('posture', api);
