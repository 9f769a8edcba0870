/**
 * A recording stand-in for the `electron` module, for the boot test only
 * (DESIGN section 7: the one place such a stand-in is allowed). The built
 * main bundle runs on plain Node with this module in place of `electron`
 * (see register.mjs); every call it makes is appended to a record file as one
 * JSON line (recorder.mjs), and a test drives it through JSON-line commands on
 * stdin (stdin-commands.mjs).
 *
 * It implements just enough of Electron's main-process API, and keeps the
 * rules that bite at run time (breaking one is recorded as a problem, see
 * problems.mjs): `protocol.registerSchemesAsPrivileged` only before ready;
 * Tray, BrowserWindow, Notification, powerMonitor and `protocol.handle` only
 * after it; one `ipcMain.handle` per channel; destroyed windows throw; the
 * last window closing quits the app unless someone listens for
 * `window-all-closed`.
 *
 * This file is the entry the loader hooks resolve `electron` to: it gathers
 * the API from its modules and starts the process as Electron would.
 */
import { app, APP_PATH, becomeReady } from './app.mjs';
import { BrowserWindow } from './browser-window.mjs';
import { ipcMain } from './ipc-main.mjs';
import { nativeTheme } from './native-theme.mjs';
import { Notification } from './notification.mjs';
import { powerMonitor } from './power-monitor.mjs';
import { recordMainProcessCrashes } from './problems.mjs';
import { protocol } from './protocol.mjs';
import { session } from './session.mjs';
import { record, USER_DATA } from './recorder.mjs';
import { dialog, shell } from './shell-and-dialog.mjs';
import { listenForCommands } from './stdin-commands.mjs';
import { Menu, nativeImage, Tray } from './tray-and-menu.mjs';

export {
  app,
  protocol,
  nativeImage,
  nativeTheme,
  Menu,
  Tray,
  BrowserWindow,
  Notification,
  ipcMain,
  powerMonitor,
  session,
  shell,
  dialog,
};

// `import electron from 'electron'` (electron-store does this) gets the same
// objects. Renderer-only modules (ipcRenderer, contextBridge) are absent in
// the main process, as in Electron.
export default {
  app,
  protocol,
  nativeImage,
  nativeTheme,
  Menu,
  Tray,
  BrowserWindow,
  Notification,
  ipcMain,
  powerMonitor,
  session,
  shell,
  dialog,
};

// ---- Startup: ready fires once the main script's first turn has run.

process.type = 'browser';
recordMainProcessCrashes();

record('standin.loaded', { pid: process.pid, platform: process.platform, appPath: APP_PATH, userData: USER_DATA });
setImmediate(becomeReady);

// ---- Commands from the test
listenForCommands();
