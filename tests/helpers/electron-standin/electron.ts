/**
 * A recording stand-in for the `electron` module, for the boot test only
 * (the one place such a stand-in is allowed). The built main bundle runs on
 * plain Node with this module in place of `electron` (see register.mjs);
 * every call it makes is appended to a record file as one JSON line
 * (recorder.ts), and a test drives it through JSON-line commands on stdin
 * (stdin-commands.ts).
 *
 * It implements just enough of Electron's main-process API, typed against
 * Electron's own (electron-types.ts), and keeps the rules that bite at run
 * time (breaking one is recorded as a problem, see problems.ts):
 * `protocol.registerSchemesAsPrivileged` only before ready; Tray,
 * BrowserWindow, Notification, powerMonitor and `protocol.handle` only after
 * it; one `ipcMain.handle` per channel; destroyed windows throw; the last
 * window closing quits the app unless someone listens for
 * `window-all-closed`.
 *
 * This file is the entry of the bundle the loader hooks resolve `electron`
 * to (build-standin.mjs): it gathers the API from its modules and starts the
 * process as Electron would.
 */
import { APP_PATH, becomeReady } from './app';
import * as mainProcessModules from './main-process-api';
import { recordMainProcessCrashes } from './problems';
import { record, USER_DATA } from './recorder';
import { listenForCommands } from './stdin-commands';

export * from './main-process-api';

// `import electron from 'electron'` (electron-store does this) gets the same
// objects. Renderer-only modules (ipcRenderer, contextBridge) are absent in
// the main process, as in Electron.
export default mainProcessModules;

// ---- Startup: ready fires once the main script's first turn has run.

// Electron's process.type is read-only; as Electron, we set it for the main process.
Object.defineProperty(process, 'type', { value: 'browser', enumerable: true });
recordMainProcessCrashes();

record('standin.loaded', { pid: process.pid, platform: process.platform, appPath: APP_PATH, userData: USER_DATA });
setImmediate(becomeReady);

// ---- Commands from the test
listenForCommands();
