/**
 * `ipcMain`: one `handle` (or `handleOnce`) per channel, as in Electron. The
 * `invoke` command calls the handlers kept here as a renderer would.
 */
import type { Electron } from './electron-types';
import { recordCall } from './recorder';
import { RecordingEmitter } from './recording-emitter';

export type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1];

/** channel -> the `ipcMain.handle` handler. */
export const invokeHandlers = new Map<string, InvokeHandler>();

/** What electron/electron-host/ (handle) and electron-store (on) use of `ipcMain`. */
type IpcMainUses = 'handle' | 'on';

class FakeIpcMain
  extends RecordingEmitter<Electron.IpcMain>
  implements Pick<Electron.IpcMain, IpcMainUses | 'handleOnce' | 'removeHandler' | 'once' | 'off'>
{
  constructor() {
    super('ipcMain', 'ipcMain');
  }

  handle(channel: string, listener: InvokeHandler): void {
    recordCall('ipcMain.handle', null, [channel, listener]);
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    invokeHandlers.set(channel, listener);
  }

  handleOnce(channel: string, listener: InvokeHandler): void {
    recordCall('ipcMain.handleOnce', null, [channel, listener]);
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    invokeHandlers.set(channel, (event, ...args: unknown[]) => {
      invokeHandlers.delete(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    recordCall('ipcMain.removeHandler', null, [channel]);
    invokeHandlers.delete(channel);
  }
}

export const ipcMain = new FakeIpcMain();
