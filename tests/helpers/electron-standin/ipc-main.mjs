/**
 * `ipcMain`: one `handle` (or `handleOnce`) per channel, as in Electron. The
 * `invoke` command calls the handlers kept here as a renderer would.
 */
import { recordCall } from './recorder.mjs';
import { RecordingEmitter } from './recording-emitter.mjs';

/** channel -> the `ipcMain.handle` handler. */
export const invokeHandlers = new Map();

class IpcMain extends RecordingEmitter {
  constructor() {
    super('ipcMain', 'ipcMain');
  }

  handle(channel, handler) {
    recordCall('ipcMain.handle', null, [channel, handler]);
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    invokeHandlers.set(channel, handler);
  }

  handleOnce(channel, handler) {
    recordCall('ipcMain.handleOnce', null, [channel, handler]);
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    invokeHandlers.set(channel, (...args) => {
      invokeHandlers.delete(channel);
      return handler(...args);
    });
  }

  removeHandler(channel) {
    recordCall('ipcMain.removeHandler', null, [channel]);
    invokeHandlers.delete(channel);
  }
}

export const ipcMain = new IpcMain();
