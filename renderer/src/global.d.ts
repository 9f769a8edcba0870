import type { PostureApi } from '@shared/ipc-contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the web host. */
    posture?: PostureApi;
  }
}

export {};
