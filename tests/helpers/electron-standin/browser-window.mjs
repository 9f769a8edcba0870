/**
 * `BrowserWindow`: only after ready; loads fire `did-finish-load` and the
 * first `ready-to-show` on the next turn; calls on a destroyed window throw;
 * closing the last window emits `window-all-closed` and quits the app unless
 * someone listens for it.
 */
import * as path from 'node:path';
import { app, quitting } from './app.mjs';
import { recordMisuse } from './problems.mjs';
import { ready, record, recordCall, REF } from './recorder.mjs';
import { fakeEvent, RecordingEmitter } from './recording-emitter.mjs';
import { WebContents } from './web-contents.mjs';
import { createdWindows, openWindows } from './window-lists.mjs';

export class BrowserWindow extends RecordingEmitter {
  #destroyed = false;
  #visible;
  #minimized = false;
  #shownReady = false;

  constructor(options = {}) {
    super('BrowserWindow');
    this.id = Number(this[REF].split('#')[1]);
    record('new BrowserWindow', { self: this[REF], index: createdWindows.length, args: [options] });
    if (!ready) throw recordMisuse('new BrowserWindow', new Error('Cannot create BrowserWindow before app is ready'));
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
