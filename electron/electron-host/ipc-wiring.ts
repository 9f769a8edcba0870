import type { IpcMain, WebFrameMain } from 'electron';
import { dispatchInvoke, invokeContract, type ContractHandlers, type IpcResult } from '@shared/ipc-contract';
import type { Logger } from '../core/ports';
import { isTrustedSenderUrl } from './window-options';

/** A frame may call us only if it is one of our own top-level pages. */
export function isTrustedFrame(frame: WebFrameMain | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  return isTrustedSenderUrl(frame.url);
}

/**
 * Registers one `ipcMain.handle` per contract channel. Handlers validate the
 * sender and the payload and always resolve to a typed result, so a bad
 * payload can never crash the main process.
 */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: ContractHandlers, logger: Logger): void {
  for (const { channel } of Object.values(invokeContract)) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<IpcResult<unknown>> => {
      if (!isTrustedFrame(event.senderFrame)) {
        logger.warn(`refused ${channel} from an untrusted frame`);
        return { ok: false, error: { code: 'forbidden-sender', message: 'this page may not call the app' } };
      }
      return dispatchInvoke(handlers, channel, payload);
    });
  }
}
