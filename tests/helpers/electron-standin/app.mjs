/**
 * `app` and its lifecycle: the single-instance lock (ELECTRON_STANDIN_LOCK=
 * denied refuses it), paths under ELECTRON_STANDIN_USER_DATA, name and
 * version from the app's package.json, `ready` (becomeReady()) and the quit
 * sequence (app.quit()).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { markReady, ready, record, recordCall, USER_DATA } from './recorder.mjs';
import { fakeEvent, RecordingEmitter } from './recording-emitter.mjs';
import { openWindows } from './window-lists.mjs';

/** The folder holding the app's package.json, as Electron's app.getAppPath(). */
function findAppPath() {
  let dir = path.dirname(path.resolve(process.argv[1] ?? '.'));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const APP_PATH = findAppPath();
const PACKAGE = (() => {
  try {
    return JSON.parse(fs.readFileSync(path.join(APP_PATH, 'package.json'), 'utf8'));
  } catch {
    return {};
  }
})();

/** Whether a quit is under way (a live binding; only this module sets it). */
export let quitting = false;
let resolveReady;
const readyPromise = new Promise((resolve) => (resolveReady = resolve));

class App extends RecordingEmitter {
  isPackaged = false;
  commandLine = {
    appendSwitch: (...args) => recordCall('app.commandLine.appendSwitch', null, args),
    appendArgument: (...args) => recordCall('app.commandLine.appendArgument', null, args),
    hasSwitch: () => false,
    getSwitchValue: () => '',
  };

  constructor() {
    super('app', 'app');
    // Electron defines app.dock on macOS only.
    if (process.platform === 'darwin') {
      this.dock = {
        hide: () => recordCall('app.dock.hide', null, []),
        show: () => (recordCall('app.dock.show', null, []), Promise.resolve()),
        setIcon: (...args) => recordCall('app.dock.setIcon', null, args),
        setBadge: (...args) => recordCall('app.dock.setBadge', null, args),
      };
    }
  }

  get name() {
    return this.getName();
  }

  requestSingleInstanceLock(...args) {
    recordCall('app.requestSingleInstanceLock', null, args);
    return process.env.ELECTRON_STANDIN_LOCK !== 'denied';
  }

  hasSingleInstanceLock() {
    return process.env.ELECTRON_STANDIN_LOCK !== 'denied';
  }

  releaseSingleInstanceLock() {
    recordCall('app.releaseSingleInstanceLock', null, []);
  }

  whenReady() {
    recordCall('app.whenReady', null, []);
    return readyPromise;
  }

  isReady() {
    return ready;
  }

  getPath(name) {
    recordCall('app.getPath', null, [name]);
    const paths = {
      userData: USER_DATA,
      appData: path.dirname(USER_DATA),
      sessionData: USER_DATA,
      logs: path.join(USER_DATA, 'logs'),
      temp: os.tmpdir(),
      home: os.homedir(),
      exe: process.execPath,
    };
    if (!(name in paths)) throw new Error(`Failed to get '${name}' path`);
    return paths[name];
  }

  setPath(...args) {
    recordCall('app.setPath', null, args);
  }

  getAppPath() {
    return APP_PATH;
  }

  getVersion() {
    recordCall('app.getVersion', null, []);
    return PACKAGE.version ?? '0.0.0';
  }

  getName() {
    recordCall('app.getName', null, []);
    return PACKAGE.productName ?? PACKAGE.name ?? 'Electron';
  }

  getLocale() {
    return 'en-US';
  }

  getPreferredSystemLanguages() {
    return ['en-US'];
  }

  setAppUserModelId(id) {
    recordCall('app.setAppUserModelId', null, [id]);
  }

  setLoginItemSettings(settings) {
    recordCall('app.setLoginItemSettings', null, [settings]);
  }

  getLoginItemSettings(...args) {
    recordCall('app.getLoginItemSettings', null, args);
    return { openAtLogin: false, openAsHidden: false, wasOpenedAtLogin: false, executableWillLaunchAtLogin: false };
  }

  focus(...args) {
    recordCall('app.focus', null, args);
  }

  quit() {
    recordCall('app.quit', null, []);
    if (quitting) return;
    quitting = true;
    setImmediate(runQuit);
  }

  exit(code = 0) {
    recordCall('app.exit', null, [code]);
    record('standin.exit', { code });
    process.exit(code);
  }

  relaunch(...args) {
    recordCall('app.relaunch', null, args);
  }
}

export const app = new App();

/** app.quit(): before-quit, close every window, will-quit, quit, exit. */
function runQuit() {
  const cancelled = (what) => {
    record('standin.quit-cancelled', { by: what });
    quitting = false;
  };
  const beforeQuit = fakeEvent();
  app.standinEmit('before-quit', beforeQuit);
  if (beforeQuit.defaultPrevented) return cancelled('before-quit');
  for (const window of [...openWindows]) {
    if (!window.standinClose()) return cancelled(`close of ${window.standinName}`);
  }
  const willQuit = fakeEvent();
  app.standinEmit('will-quit', willQuit);
  if (willQuit.defaultPrevented) return cancelled('will-quit');
  app.standinEmit('quit', fakeEvent(), 0);
  record('standin.exit', { code: 0 });
  process.exit(0);
}

/** The app becomes ready: will-finish-launching, ready, and app.whenReady() resolves. */
export function becomeReady() {
  markReady();
  app.standinEmit('will-finish-launching');
  app.standinEmit('ready', fakeEvent(), {});
  resolveReady();
}
