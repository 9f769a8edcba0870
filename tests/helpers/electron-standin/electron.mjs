/**
 * A recording stand-in for the `electron` module, for the boot test only
 * (DESIGN section 7: the one place such a stand-in is allowed). The built
 * main bundle runs on plain Node with this module in place of `electron`
 * (see register.mjs); every call it makes is appended to a record file as one
 * JSON line, and a test drives it through JSON-line commands on stdin.
 *
 * It implements just enough of Electron's main-process API, and keeps the
 * rules that bite at run time: `protocol.registerSchemesAsPrivileged` only
 * before ready; Tray, BrowserWindow, Notification, powerMonitor and
 * `protocol.handle` only after it; one `ipcMain.handle` per channel;
 * destroyed windows throw; the last window closing quits the app unless
 * someone listens for `window-all-closed`.
 *
 * Record lines: `{seq, ready, api, ...fields}`; calls carry `self` (which
 * object, e.g. "BrowserWindow#1") and `args`; functions are written as
 * "[Function name]", our objects as `{"$ref": "Tray#1"}`.
 *
 * Commands (stdin, one JSON object a line; `ref` is echoed in the result
 * record `{api: "test.result", ref, cmd, ok, value | error}`):
 *   {"cmd":"click-tray","id":"start-now"}          click an item of the tray's menu
 *   {"cmd":"close-window","index":0}               the user closes window #index (creation order)
 *   {"cmd":"invoke","channel":"...","payload":{},"senderUrl":"app://...","subframe":false,"noFrame":false}
 *   {"cmd":"web-contents-created","url":"..."}     a new web contents appears (app event)
 *   {"cmd":"window-open","contents":"webContents#1","url":"..."}   call its window-open handler
 *   {"cmd":"will-navigate","contents":"webContents#1","url":"..."} emit will-navigate
 *   {"cmd":"protocol-request","url":"app://renderer/index.html"}  call the protocol handler
 *   {"cmd":"power","event":"resume"}               a powerMonitor event
 *   {"cmd":"app-event","event":"second-instance","args":[[], "/"]}  an app event (after a fake event object)
 *   {"cmd":"notification","index":0,"event":"click","actionIndex":0}
 *   {"cmd":"state"}                                windows, trays, handlers as the stand-in sees them
 *   {"cmd":"quit"}                                 app.quit()
 */
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

const RECORD_FILE = process.env.ELECTRON_STANDIN_RECORD;
const USER_DATA = process.env.ELECTRON_STANDIN_USER_DATA;
if (!RECORD_FILE || !USER_DATA) {
  throw new Error('electron stand-in: set ELECTRON_STANDIN_RECORD and ELECTRON_STANDIN_USER_DATA');
}

// ---- Recording

const REF = Symbol('electron-standin.ref');
const counters = new Map();
let seq = 0;
let ready = false;

function nextRef(kind) {
  const n = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, n);
  return `${kind}#${n}`;
}

/** A JSON-safe copy: functions and our objects by name, cycles cut. */
function describe(value, seen = new WeakSet(), depth = 0) {
  if (value === undefined || value === null) return value;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (typeof value === 'bigint' || typeof value === 'symbol') return String(value);
  if (typeof value !== 'object') return value;
  if (value[REF]) return { $ref: value[REF] };
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (value instanceof Promise) return '[Promise]';
  if (seen.has(value) || depth > 12) return '[Circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => describe(item, seen, depth + 1) ?? null);
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = describe(item, seen, depth + 1);
    return out;
  } finally {
    seen.delete(value);
  }
}

function record(api, fields = {}) {
  const line = JSON.stringify({ seq: ++seq, ready, api, ...describe(fields) });
  fs.appendFileSync(RECORD_FILE, `${line}\n`);
}

function recordCall(api, self, args) {
  record(api, self ? { self, args } : { args });
}

function requireReady(what) {
  if (ready) return;
  const error = new Error(`${what} cannot be used before the app is ready`);
  record('standin.misuse', { what, error });
  throw error;
}

function fakeEvent(extra = {}) {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event;
}

/** Event methods shared by app, windows, trays and the rest. */
class Emitter {
  #emitter = new EventEmitter();

  constructor(kind, name = nextRef(kind)) {
    this[REF] = name;
    this.#emitter.setMaxListeners(0);
  }

  get standinName() {
    return this[REF];
  }

  on(event, listener) {
    recordCall(`${this.apiPrefix}.on`, this[REF], [event, listener]);
    this.#emitter.on(event, listener);
    return this;
  }

  addListener(event, listener) {
    return this.on(event, listener);
  }

  once(event, listener) {
    recordCall(`${this.apiPrefix}.once`, this[REF], [event, listener]);
    this.#emitter.once(event, listener);
    return this;
  }

  off(event, listener) {
    recordCall(`${this.apiPrefix}.off`, this[REF], [event, listener]);
    this.#emitter.off(event, listener);
    return this;
  }

  removeListener(event, listener) {
    return this.off(event, listener);
  }

  removeAllListeners(event) {
    recordCall(`${this.apiPrefix}.removeAllListeners`, this[REF], [event]);
    if (event === undefined) this.#emitter.removeAllListeners();
    else this.#emitter.removeAllListeners(event);
    return this;
  }

  listenerCount(event) {
    return this.#emitter.listenerCount(event);
  }

  listeners(event) {
    return this.#emitter.listeners(event);
  }

  /** Emits as Electron would, recording the event and how many listened. */
  standinEmit(event, ...args) {
    record(`${this.apiPrefix}.emit`, { self: this[REF], event, listeners: this.#emitter.listenerCount(event) });
    return this.#emitter.emit(event, ...args);
  }

  get apiPrefix() {
    return this[REF].split('#')[0];
  }
}

// ---- app

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

const APP_PATH = findAppPath();
const PACKAGE = (() => {
  try {
    return JSON.parse(fs.readFileSync(path.join(APP_PATH, 'package.json'), 'utf8'));
  } catch {
    return {};
  }
})();

let quitting = false;
let resolveReady;
const readyPromise = new Promise((resolve) => (resolveReady = resolve));

class App extends Emitter {
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
  for (const window of [...BrowserWindow.getAllWindows()]) {
    if (!window.standinClose()) return cancelled(`close of ${window.standinName}`);
  }
  const willQuit = fakeEvent();
  app.standinEmit('will-quit', willQuit);
  if (willQuit.defaultPrevented) return cancelled('will-quit');
  app.standinEmit('quit', fakeEvent(), 0);
  record('standin.exit', { code: 0 });
  process.exit(0);
}

// ---- protocol

const protocolHandlers = new Map();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recordCall('protocol.registerSchemesAsPrivileged', null, [schemes]);
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
  },
  handle(scheme, handler) {
    recordCall('protocol.handle', null, [scheme, handler]);
    requireReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme) {
    recordCall('protocol.unhandle', null, [scheme]);
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme) {
    return protocolHandlers.has(scheme);
  },
};

// ---- nativeImage

class NativeImage {
  #empty;
  #template = false;

  constructor(filePath) {
    this[REF] = nextRef('NativeImage');
    this.#empty = !filePath || !fs.existsSync(filePath);
  }

  setTemplateImage(flag) {
    recordCall('NativeImage.setTemplateImage', this[REF], [flag]);
    this.#template = Boolean(flag);
  }

  isTemplateImage() {
    return this.#template;
  }

  isEmpty() {
    return this.#empty;
  }

  getSize() {
    return this.#empty ? { width: 0, height: 0 } : { width: 16, height: 16 };
  }

  resize() {
    return this;
  }
}

export const nativeImage = {
  createFromPath(filePath) {
    const image = new NativeImage(filePath);
    record('nativeImage.createFromPath', { args: [filePath], result: image, exists: !image.isEmpty() });
    return image;
  },
  createEmpty() {
    const image = new NativeImage(null);
    record('nativeImage.createEmpty', { result: image });
    return image;
  },
};

// ---- Menu

let lastBuiltMenu = null;

export class Menu {
  constructor(template = []) {
    this[REF] = nextRef('Menu');
    this.items = template;
  }

  static buildFromTemplate(template) {
    const menu = new Menu(template);
    record('Menu.buildFromTemplate', { args: [template], result: menu });
    lastBuiltMenu = menu;
    return menu;
  }

  static setApplicationMenu(menu) {
    recordCall('Menu.setApplicationMenu', null, [menu]);
  }

  getMenuItemById(id) {
    return findMenuItem(this.items, id);
  }

  popup(...args) {
    recordCall('Menu.popup', this[REF], args);
  }
}

function findMenuItem(items, id) {
  for (const item of items ?? []) {
    if (item.id === id) return item;
    const inner = findMenuItem(Array.isArray(item.submenu) ? item.submenu : item.submenu?.items, id);
    if (inner) return inner;
  }
  return null;
}

// ---- Tray

const trays = [];

export class Tray extends Emitter {
  #destroyed = false;
  contextMenu = null;

  constructor(image, guid) {
    super('Tray');
    record('new Tray', { self: this[REF], args: guid === undefined ? [image] : [image, guid] });
    requireReady('new Tray');
    trays.push(this);
  }

  #call(method, args) {
    recordCall(`Tray.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  setToolTip(toolTip) {
    this.#call('setToolTip', [toolTip]);
  }

  setTitle(...args) {
    this.#call('setTitle', args);
  }

  setImage(image) {
    this.#call('setImage', [image]);
  }

  setContextMenu(menu) {
    this.#call('setContextMenu', [menu]);
    this.contextMenu = menu;
  }

  setIgnoreDoubleClickEvents(flag) {
    this.#call('setIgnoreDoubleClickEvents', [flag]);
  }

  popUpContextMenu(...args) {
    this.#call('popUpContextMenu', args);
  }

  destroy() {
    recordCall('Tray.destroy', this[REF], []);
    this.#destroyed = true;
  }

  isDestroyed() {
    return this.#destroyed;
  }
}

// ---- BrowserWindow and webContents

const allWebContents = [];

class WebContents extends Emitter {
  #destroyed = false;
  #url = '';
  #openHandler = null;

  constructor(owner) {
    super('webContents');
    this.id = Number(this[REF].split('#')[1]);
    this.owner = owner;
    this.session = {};
    allWebContents.push(this);
  }

  #call(method, args) {
    recordCall(`webContents.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  send(channel, ...args) {
    this.#call('send', [channel, ...args]);
  }

  setWindowOpenHandler(handler) {
    this.#call('setWindowOpenHandler', [handler]);
    this.#openHandler = handler;
  }

  get standinOpenHandler() {
    return this.#openHandler;
  }

  getURL() {
    return this.#url;
  }

  standinSetUrl(url) {
    this.#url = url;
  }

  loadURL(url) {
    this.#call('loadURL', [url]);
    this.#url = url;
    return Promise.resolve();
  }

  isLoading() {
    return false;
  }

  openDevTools(...args) {
    this.#call('openDevTools', args);
  }

  isDestroyed() {
    return this.#destroyed;
  }

  standinDestroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.standinEmit('destroyed', fakeEvent());
  }
}

const openWindows = [];
const createdWindows = [];

export class BrowserWindow extends Emitter {
  #destroyed = false;
  #visible;
  #minimized = false;
  #shownReady = false;

  constructor(options = {}) {
    super('BrowserWindow');
    this.id = Number(this[REF].split('#')[1]);
    record('new BrowserWindow', { self: this[REF], index: createdWindows.length, args: [options] });
    if (!ready) {
      const error = new Error('Cannot create BrowserWindow before app is ready');
      record('standin.misuse', { what: 'new BrowserWindow', error });
      throw error;
    }
    this.options = options;
    this.#visible = options.show !== false;
    this.webContents = new WebContents(this);
    createdWindows.push(this);
    openWindows.push(this);
    app.standinEmit('web-contents-created', fakeEvent(), this.webContents);
    app.standinEmit('browser-window-created', fakeEvent(), this);
  }

  static getAllWindows() {
    return [...openWindows];
  }

  static getFocusedWindow() {
    return openWindows.find((w) => w.isFocused()) ?? null;
  }

  static fromWebContents(contents) {
    return openWindows.find((w) => w.webContents === contents) ?? null;
  }

  #call(method, args) {
    recordCall(`BrowserWindow.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  loadURL(url, options) {
    this.#call('loadURL', options === undefined ? [url] : [url, options]);
    this.webContents.standinSetUrl(url);
    setImmediate(() => this.#loaded());
    return Promise.resolve();
  }

  loadFile(filePath, options) {
    this.#call('loadFile', options === undefined ? [filePath] : [filePath, options]);
    this.webContents.standinSetUrl(`file://${path.resolve(filePath)}`);
    setImmediate(() => this.#loaded());
    return Promise.resolve();
  }

  #loaded() {
    if (this.#destroyed) return;
    this.webContents.standinEmit('did-finish-load', fakeEvent());
    if (this.#shownReady) return;
    this.#shownReady = true;
    this.standinEmit('ready-to-show', fakeEvent());
  }

  show() {
    this.#call('show', []);
    this.#visible = true;
    this.#minimized = false;
  }

  showInactive() {
    this.#call('showInactive', []);
    this.#visible = true;
  }

  hide() {
    this.#call('hide', []);
    this.#visible = false;
  }

  focus() {
    this.#call('focus', []);
  }

  blur() {
    this.#call('blur', []);
  }

  isFocused() {
    return !this.#destroyed && this.#visible;
  }

  minimize() {
    this.#call('minimize', []);
    this.#minimized = true;
  }

  restore() {
    this.#call('restore', []);
    this.#minimized = false;
  }

  isMinimized() {
    this.#call('isMinimized', []);
    return this.#minimized;
  }

  isVisible() {
    this.#call('isVisible', []);
    return this.#visible;
  }

  setAlwaysOnTop(...args) {
    this.#call('setAlwaysOnTop', args);
  }

  moveTop() {
    this.#call('moveTop', []);
  }

  center() {
    this.#call('center', []);
  }

  setTitle(title) {
    this.#call('setTitle', [title]);
  }

  getTitle() {
    return this.options.title ?? '';
  }

  setMenuBarVisibility(flag) {
    this.#call('setMenuBarVisibility', [flag]);
  }

  flashFrame(flag) {
    this.#call('flashFrame', [flag]);
  }

  close() {
    this.#call('close', []);
    this.standinClose();
  }

  destroy() {
    recordCall('BrowserWindow.destroy', this[REF], []);
    if (this.#destroyed) return;
    this.#finishClose();
  }

  isDestroyed() {
    return this.#destroyed;
  }

  get standinVisible() {
    return this.#visible;
  }

  /** A close as by the title-bar button: cancellable `close`, then `closed`. Returns whether it closed. */
  standinClose() {
    if (this.#destroyed) return true;
    const event = fakeEvent();
    this.standinEmit('close', event);
    if (event.defaultPrevented) {
      record('standin.close-prevented', { self: this[REF] });
      return false;
    }
    this.#finishClose();
    return true;
  }

  #finishClose() {
    this.#destroyed = true;
    this.#visible = false;
    openWindows.splice(openWindows.indexOf(this), 1);
    this.webContents.standinDestroy();
    this.standinEmit('closed');
    if (openWindows.length === 0 && !quitting) {
      app.standinEmit('window-all-closed', fakeEvent());
      // Electron quits when nobody listens for window-all-closed.
      if (app.listenerCount('window-all-closed') === 0) app.quit();
    }
  }
}

// ---- Notification

const notifications = [];

export class Notification extends Emitter {
  constructor(options = {}) {
    super('Notification');
    record('new Notification', { self: this[REF], args: [options] });
    requireReady('new Notification');
    this.options = options;
    notifications.push(this);
  }

  static isSupported() {
    recordCall('Notification.isSupported', null, []);
    return process.env.ELECTRON_STANDIN_NOTIFICATIONS !== 'unsupported';
  }

  show() {
    recordCall('Notification.show', this[REF], []);
  }

  close() {
    recordCall('Notification.close', this[REF], []);
    this.standinEmit('close', fakeEvent());
  }
}

// ---- ipcMain

const invokeHandlers = new Map();

class IpcMain extends Emitter {
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

// ---- powerMonitor

let idleSeconds = 0;

class PowerMonitor extends Emitter {
  constructor() {
    super('powerMonitor', 'powerMonitor');
  }

  on(event, listener) {
    requireReady('powerMonitor');
    return super.on(event, listener);
  }

  once(event, listener) {
    requireReady('powerMonitor');
    return super.once(event, listener);
  }

  getSystemIdleTime() {
    recordCall('powerMonitor.getSystemIdleTime', null, []);
    requireReady('powerMonitor');
    return idleSeconds;
  }

  getSystemIdleState(threshold) {
    recordCall('powerMonitor.getSystemIdleState', null, [threshold]);
    requireReady('powerMonitor');
    return idleSeconds >= threshold ? 'idle' : 'active';
  }

  isOnBatteryPower() {
    return false;
  }
}

export const powerMonitor = new PowerMonitor();

// ---- shell, dialog

export const shell = {
  openExternal(url, options) {
    recordCall('shell.openExternal', null, options === undefined ? [url] : [url, options]);
    return Promise.resolve();
  },
  openPath(filePath) {
    recordCall('shell.openPath', null, [filePath]);
    return Promise.resolve('');
  },
  showItemInFolder(filePath) {
    recordCall('shell.showItemInFolder', null, [filePath]);
  },
  beep() {
    recordCall('shell.beep', null, []);
  },
};

export const dialog = {
  showErrorBox(title, content) {
    recordCall('dialog.showErrorBox', null, [title, content]);
  },
  showMessageBox(...args) {
    recordCall('dialog.showMessageBox', null, args);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showMessageBoxSync(...args) {
    recordCall('dialog.showMessageBoxSync', null, args);
    return 0;
  },
};

// `import electron from 'electron'` (electron-store does this) gets the same
// objects. Renderer-only modules (ipcRenderer, contextBridge) are absent in
// the main process, as in Electron.
export default {
  app,
  protocol,
  nativeImage,
  Menu,
  Tray,
  BrowserWindow,
  Notification,
  ipcMain,
  powerMonitor,
  shell,
  dialog,
};

// ---- Startup: ready fires once the main script's first turn has run.

process.type = 'browser';
process.on('uncaughtException', (error) => {
  // Electron shows a dialog and keeps the main process alive.
  record('process.uncaughtException', { error, stack: error?.stack });
  console.error('[electron stand-in] uncaught exception in the main process:', error);
});
process.on('unhandledRejection', (reason) => {
  record('process.unhandledRejection', { error: reason, stack: reason?.stack });
  console.error('[electron stand-in] unhandled rejection in the main process:', reason);
});

record('standin.loaded', { pid: process.pid, platform: process.platform, appPath: APP_PATH, userData: USER_DATA });
setImmediate(() => {
  ready = true;
  app.standinEmit('will-finish-launching');
  app.standinEmit('ready', fakeEvent(), {});
  resolveReady();
});

// ---- Commands from the test

function byRef(list, ref, kind) {
  const found =
    typeof ref === 'number' ? list[ref] : list.find((item) => item[REF] === ref || item[REF] === `${kind}#${ref}`);
  if (!found) throw new Error(`no ${kind} ${JSON.stringify(ref)}`);
  return found;
}

function senderFrameFor(command) {
  if (command.noFrame) return null;
  const url = command.senderUrl ?? '';
  const top = { url, parent: null, top: null, routingId: 1, processId: 1, frameTreeNodeId: 1, origin: safeOrigin(url) };
  top.top = top;
  if (!command.subframe) return top;
  return { url, parent: top, top, routingId: 2, processId: 1, frameTreeNodeId: 2, origin: safeOrigin(url) };
}

function safeOrigin(url) {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

const commands = {
  'click-tray'(command) {
    const tray = trays.filter((t) => !t.isDestroyed()).at(-1);
    const menu = tray?.contextMenu ?? lastBuiltMenu;
    if (!menu) throw new Error('no tray menu has been built');
    const item = findMenuItem(menu.items, command.id);
    if (!item) throw new Error(`the tray menu has no item "${command.id}"`);
    if (item.enabled === false) return { clicked: false, reason: 'disabled', menu: menu[REF] };
    if (typeof item.click !== 'function') return { clicked: false, reason: 'no click handler', menu: menu[REF] };
    item.click(item, BrowserWindow.getFocusedWindow() ?? undefined, {
      shiftKey: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      triggeredByAccelerator: false,
    });
    return { clicked: true, menu: menu[REF] };
  },
  'close-window'(command) {
    const window = byRef(createdWindows, command.index ?? command.window, 'BrowserWindow');
    const closed = window.standinClose();
    return { window: window[REF], closed, destroyed: window.isDestroyed() };
  },
  async invoke(command) {
    const handler = invokeHandlers.get(command.channel);
    if (!handler) throw new Error(`no ipcMain.handle handler for "${command.channel}"`);
    const sender =
      openWindows.find((w) => w.webContents.getURL() === command.senderUrl)?.webContents ?? new WebContents(null);
    if (!sender.getURL()) sender.standinSetUrl(command.senderUrl ?? '');
    const senderFrame = senderFrameFor(command);
    const event = { sender, senderFrame, frameId: senderFrame?.routingId ?? 0, processId: 1, type: 'frame' };
    // The renderer gets a structured clone of what the handler resolves to.
    return structuredClone(await handler(event, command.payload));
  },
  'web-contents-created'(command) {
    const contents = new WebContents(null);
    contents.standinSetUrl(command.url ?? 'about:blank');
    app.standinEmit('web-contents-created', fakeEvent(), contents);
    return {
      contents: contents[REF],
      listening: ['will-navigate', 'will-attach-webview', 'will-redirect', 'will-frame-navigate'].filter(
        (event) => contents.listenerCount(event) > 0,
      ),
      windowOpenHandler: typeof contents.standinOpenHandler === 'function',
    };
  },
  'window-open'(command) {
    const contents = byRef(allWebContents, command.contents, 'webContents');
    const handler = contents.standinOpenHandler;
    if (!handler) return { handled: false };
    const details = {
      url: command.url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: contents.getURL(), policy: 'strict-origin-when-cross-origin' },
    };
    return { handled: true, response: handler(details) };
  },
  'will-navigate'(command) {
    const contents = byRef(allWebContents, command.contents, 'webContents');
    const event = fakeEvent({ url: command.url, isMainFrame: true });
    contents.standinEmit('will-navigate', event, command.url);
    return { prevented: event.defaultPrevented };
  },
  async 'protocol-request'(command) {
    const scheme = new URL(command.url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`no protocol.handle handler for "${scheme}"`);
    const response = await handler(new Request(command.url));
    const body = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      bodyLength: body.length,
      bodyStart: body.subarray(0, 200).toString('utf8'),
    };
  },
  power(command) {
    if (command.idleSeconds !== undefined) idleSeconds = command.idleSeconds;
    if (command.event) powerMonitor.standinEmit(command.event, fakeEvent());
    return { event: command.event ?? null, idleSeconds };
  },
  'app-event'(command) {
    const listened = app.listenerCount(command.event);
    app.standinEmit(command.event, fakeEvent(), ...(command.args ?? []));
    return { event: command.event, listeners: listened };
  },
  notification(command) {
    const notification = byRef(notifications, command.index ?? command.notification, 'Notification');
    if (command.event === 'action') notification.standinEmit('action', fakeEvent(), command.actionIndex ?? 0);
    else if (command.event === 'failed') notification.standinEmit('failed', fakeEvent(), command.error ?? 'failed');
    else notification.standinEmit(command.event, fakeEvent());
    return { notification: notification[REF], event: command.event };
  },
  state() {
    return {
      ready,
      quitting,
      windows: createdWindows.map((w) => ({
        ref: w[REF],
        url: w.isDestroyed() ? null : w.webContents.getURL(),
        destroyed: w.isDestroyed(),
        visible: w.standinVisible,
      })),
      trays: trays.map((t) => ({ ref: t[REF], destroyed: t.isDestroyed() })),
      invokeChannels: [...invokeHandlers.keys()],
      protocols: [...protocolHandlers.keys()],
    };
  },
  quit() {
    app.quit();
    return { quitting };
  },
};

async function runCommand(line) {
  if (!line.trim()) return;
  let command;
  try {
    command = JSON.parse(line);
  } catch (error) {
    record('test.result', { ref: null, cmd: null, ok: false, error: { name: 'SyntaxError', message: String(error) } });
    return;
  }
  const { ref = null, cmd } = command;
  try {
    const run = commands[cmd];
    if (!run) throw new Error(`unknown stand-in command "${cmd}"`);
    const value = await run(command);
    record('test.result', { ref, cmd, ok: true, value });
  } catch (error) {
    record('test.result', { ref, cmd, ok: false, error, stack: error?.stack });
  }
}

const input = createInterface({ input: process.stdin });
input.on('line', (line) => void runCommand(line));
// The test went away: do not linger as an orphan.
input.on('close', () => {
  record('standin.stdin-closed');
  process.exit(0);
});
