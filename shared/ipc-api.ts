import { INVOKE_CHANNEL_BY_NAME, PUSH_CHANNEL_BY_NAME } from './ipc-channels';
import type { IpcResult, PostureApi } from './ipc-contract';

/**
 * The renderer-facing API for any transport (the preload's ipcRenderer, the
 * web host's WebSocket). Zod-free on purpose: it needs only the channel names,
 * and the backend validates every payload.
 */
export interface IpcTransport {
  invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

export function createPostureApi(transport: IpcTransport): PostureApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(INVOKE_CHANNEL_BY_NAME)) {
    api[name] = (request?: unknown) => transport.invoke(channel, request ?? {});
  }
  for (const [name, channel] of Object.entries(PUSH_CHANNEL_BY_NAME)) {
    api[name] = (listener: (payload: unknown) => void) => transport.subscribe(channel, listener);
  }
  return api as PostureApi;
}
