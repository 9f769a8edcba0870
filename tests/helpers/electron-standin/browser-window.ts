/**
 * `BrowserWindow`: only after ready; loads fire `did-finish-load` and the
 * first `ready-to-show` on the next turn; calls on a destroyed window throw;
 * closing the last window emits `window-all-closed` and quits the app unless
 * someone listens for it.
 */
import * as path from 'node:path';
import { app, quitting } from './app';
import { handOver, type Electron, type FakeClassOf } from './electron-types';
import { recordMisuse, standinOf } from './problems';
import { ready, record, recordCall, REF } from './recorder';
import { fakeEvent, RecordingEmitter } from './recording-emitter';
import { FakeWebContents } from './web-contents';
import { createdWindows, openWindows } from './window-lists';

/** What electron/electron-host/ use of a window. */
type WindowUses =
  'webContents' | 'on' | 'once' | 'loadURL' | 'show' | 'focus' | 'isMinimized' | 'restore' | 'isDestroyed' | 'destroy';

/** Also faked, for a main process that strays a little further. */
type WindowAlsoFaked =
  | 'id'
  | 'off'
  | 'loadFile'
  | 'showInactive'
  | 'hide'
  | 'blur'
  | 'isFocused'
  | 'minimize'
  | 'isVisible'
  | 'setAlwaysOnTop'
  | 'moveTop'
  | 'center'
  | 'setTitle'
  | 'getTitle'
  | 'setMenuBarVisibility'
  | 'flashFrame'
  | 'close';

export class FakeBrowserWindow
  extends RecordingEmitter<Electron.BrowserWindow>
  implements Pick<Electron.BrowserWindow, WindowUses | WindowAlsoFaked>
{
  readonly id: number;
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly standinContents: FakeWebContents;
  readonly webContents: Electron.WebContents;
  #destroyed = false;
  #visible: boolean;
  #minimized = false;
  #shownReady = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super('BrowserWindow');
    this.id = Number(this[REF].split('#')[1]);
    record('new BrowserWindow', { self: this[REF], index: createdWindows.length, args: [options] });
    if (!ready) throw recordMisuse('new BrowserWindow', new Error('Cannot create BrowserWindow before app is ready'));
    this.options = options;
    this.#visible = options.show !== false;
    this.standinContents = new FakeWebContents(this);
    this.webContents = handOver<Electron.WebContents>(this.standinContents);
    createdWindows.push(this);
    openWindows.push(this);
    const window = handOver<Electron.BrowserWindow>(this);
    app.emitChecked((on) =>
      on('web-contents-created', (..._takes) => [fakeEvent(), this.webContents] satisfies typeof _takes),
    );
    app.emitChecked((on) => on('browser-window-created', (..._takes) => [fakeEvent(), window] satisfies typeof _takes));
  }

  static getAllWindows(): Electron.BrowserWindow[] {
    return openWindows.map((w) => handOver<Electron.BrowserWindow>(w));
  }

  static getFocusedWindow(): Electron.BrowserWindow | null {
    const focused = openWindows.find((w) => w.isFocused());
    return focused ? handOver<Electron.BrowserWindow>(focused) : null;
  }

  static fromWebContents(webContents: Electron.WebContents): Electron.BrowserWindow | null {
    const contents = standinOf(webContents, FakeWebContents, 'BrowserWindow.fromWebContents');
    const window = openWindows.find((w) => w.standinContents === contents);
    return window ? handOver<Electron.BrowserWindow>(window) : null;
  }

  #call(method: string, args: readonly unknown[]): void {
    recordCall(`BrowserWindow.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  loadURL(url: string, options?: Electron.LoadURLOptions): Promise<void> {
    this.#call('loadURL', options === undefined ? [url] : [url, options]);
    this.standinContents.standinSetUrl(url);
    setImmediate(() => this.#loaded());
    return Promise.resolve();
  }

  loadFile(filePath: string, options?: Electron.LoadFileOptions): Promise<void> {
    this.#call('loadFile', options === undefined ? [filePath] : [filePath, options]);
    this.standinContents.standinSetUrl(`file://${path.resolve(filePath)}`);
    setImmediate(() => this.#loaded());
    return Promise.resolve();
  }

  #loaded(): void {
    if (this.#destroyed) return;
    this.standinContents.standinLoaded();
    if (this.#shownReady) return;
    this.#shownReady = true;
    this.emitChecked((on) => on('ready-to-show', (..._takes) => [] satisfies typeof _takes));
  }

  /** A call that only shows, hides, minimizes or restores: recorded, then applied. */
  #change(method: string, state: { visible?: boolean; minimized?: boolean }): void {
    this.#call(method, []);
    this.#visible = state.visible ?? this.#visible;
    this.#minimized = state.minimized ?? this.#minimized;
  }

  show(): void {
    this.#change('show', { visible: true, minimized: false });
  }

  showInactive(): void {
    this.#change('showInactive', { visible: true });
  }

  hide(): void {
    this.#change('hide', { visible: false });
  }

  focus(): void {
    this.#call('focus', []);
  }

  blur(): void {
    this.#call('blur', []);
  }

  isFocused(): boolean {
    return !this.#destroyed && this.#visible;
  }

  minimize(): void {
    this.#change('minimize', { minimized: true });
  }

  restore(): void {
    this.#change('restore', { minimized: false });
  }

  isMinimized(): boolean {
    this.#call('isMinimized', []);
    return this.#minimized;
  }

  isVisible(): boolean {
    this.#call('isVisible', []);
    return this.#visible;
  }

  setAlwaysOnTop(
    flag: boolean,
    level?: Parameters<Electron.BrowserWindow['setAlwaysOnTop']>[1],
    relativeLevel?: number,
  ): void {
    const args: unknown[] = [flag];
    if (level !== undefined) args.push(level);
    if (relativeLevel !== undefined) args.push(relativeLevel);
    this.#call('setAlwaysOnTop', args);
  }

  moveTop(): void {
    this.#call('moveTop', []);
  }

  center(): void {
    this.#call('center', []);
  }

  setTitle(title: string): void {
    this.#call('setTitle', [title]);
  }

  getTitle(): string {
    return this.options.title ?? '';
  }

  setMenuBarVisibility(visible: boolean): void {
    this.#call('setMenuBarVisibility', [visible]);
  }

  flashFrame(flag: boolean): void {
    this.#call('flashFrame', [flag]);
  }

  close(): void {
    this.#call('close', []);
    this.standinClose();
  }

  destroy(): void {
    recordCall('BrowserWindow.destroy', this[REF], []);
    if (this.#destroyed) return;
    this.#finishClose();
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  get standinVisible(): boolean {
    return this.#visible;
  }

  /** A close as by the title-bar button: cancellable `close`, then `closed`. Returns whether it closed. */
  standinClose(): boolean {
    if (this.#destroyed) return true;
    const event = fakeEvent();
    this.emitChecked((on) => on('close', (..._takes) => [event] satisfies typeof _takes));
    if (event.defaultPrevented) {
      record('standin.close-prevented', { self: this[REF] });
      return false;
    }
    this.#finishClose();
    return true;
  }

  #finishClose(): void {
    this.#destroyed = true;
    this.#visible = false;
    openWindows.splice(openWindows.indexOf(this), 1);
    this.standinContents.standinDestroy();
    this.emitChecked((on) => on('closed', (..._takes) => [] satisfies typeof _takes));
    if (openWindows.length === 0 && !quitting) {
      app.emitChecked((on) => on('window-all-closed', (..._takes) => [] satisfies typeof _takes));
      // Electron quits when nobody listens for window-all-closed.
      if (app.listenerCount('window-all-closed') === 0) app.quit();
    }
  }
}

/** The class the app constructs: Electron's constructor arguments and statics. */
export const BrowserWindow = FakeBrowserWindow satisfies FakeClassOf<
  typeof Electron.BrowserWindow,
  'getAllWindows' | 'getFocusedWindow' | 'fromWebContents'
>;
