/**
 * `app` and its lifecycle: the single-instance lock (ELECTRON_STANDIN_LOCK=
 * denied refuses it), paths under ELECTRON_STANDIN_USER_DATA, name and
 * version from the app's package.json, `ready` (becomeReady()) and the quit
 * sequence (app.quit()).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { handOver, type Electron } from './electron-types';
import { markReady, ready, record, recordCall, USER_DATA } from './recorder';
import { fakeEvent, RecordingEmitter } from './recording-emitter';
import { openWindows } from './window-lists';

/** The folder holding the app's package.json, as Electron's app.getAppPath(). */
function findAppPath(): string {
  let dir = path.dirname(path.resolve(process.argv[1] ?? '.'));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const APP_PATH = findAppPath();
const PACKAGE = ((): { version?: string; productName?: string; name?: string } => {
  try {
    return JSON.parse(fs.readFileSync(path.join(APP_PATH, 'package.json'), 'utf8'));
  } catch {
    return {};
  }
})();

/** Whether a quit is under way (a live binding; only this module sets it). */
export let quitting = false;
let resolveReady: () => void = () => {};
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

/** What electron/electron-host/ and electron-store use of `app.commandLine`. */
type CommandLineUses = 'appendSwitch';

class FakeCommandLine implements Pick<
  Electron.CommandLine,
  CommandLineUses | 'appendArgument' | 'hasSwitch' | 'getSwitchValue'
> {
  appendSwitch(theSwitch: string, value?: string): void {
    recordCall('app.commandLine.appendSwitch', null, value === undefined ? [theSwitch] : [theSwitch, value]);
  }

  appendArgument(value: string): void {
    recordCall('app.commandLine.appendArgument', null, [value]);
  }

  hasSwitch(): boolean {
    return false;
  }

  getSwitchValue(): string {
    return '';
  }
}

/** `app.dock`, macOS only: the app hides its dock icon (a tray app). */
class FakeDock implements Pick<Electron.Dock, 'hide' | 'show' | 'setIcon' | 'setBadge'> {
  hide(): void {
    recordCall('app.dock.hide', null, []);
  }

  show(): Promise<void> {
    recordCall('app.dock.show', null, []);
    return Promise.resolve();
  }

  setIcon(image: Electron.NativeImage | string): void {
    recordCall('app.dock.setIcon', null, [image]);
  }

  setBadge(text: string): void {
    recordCall('app.dock.setBadge', null, [text]);
  }
}

/** What electron/electron-host/ and electron-store use of `app`. */
type AppUses =
  | 'isPackaged'
  | 'commandLine'
  | 'dock'
  | 'on'
  | 'requestSingleInstanceLock'
  | 'whenReady'
  | 'getPath'
  | 'getAppPath'
  | 'getVersion'
  | 'getPreferredSystemLanguages'
  | 'setAppUserModelId'
  | 'getLoginItemSettings'
  | 'setLoginItemSettings'
  | 'quit'
  | 'exit';

/** Also faked, for a main process that strays a little further. */
type AppAlsoFaked =
  | 'once'
  | 'off'
  | 'name'
  | 'getName'
  | 'getLocale'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'isReady'
  | 'setPath'
  | 'focus'
  | 'relaunch';

type PathName = Parameters<Electron.App['getPath']>[0];

class FakeApp extends RecordingEmitter<Electron.App> implements Pick<Electron.App, AppUses | AppAlsoFaked> {
  readonly isPackaged = false;
  readonly commandLine = handOver<Electron.CommandLine>(new FakeCommandLine());
  // Electron defines app.dock on macOS only.
  readonly dock = process.platform === 'darwin' ? handOver<Electron.Dock>(new FakeDock()) : undefined;

  constructor() {
    super('app', 'app');
  }

  get name(): string {
    return this.getName();
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    recordCall('app.requestSingleInstanceLock', null, additionalData === undefined ? [] : [additionalData]);
    return process.env.ELECTRON_STANDIN_LOCK !== 'denied';
  }

  hasSingleInstanceLock(): boolean {
    return process.env.ELECTRON_STANDIN_LOCK !== 'denied';
  }

  releaseSingleInstanceLock(): void {
    recordCall('app.releaseSingleInstanceLock', null, []);
  }

  whenReady(): Promise<void> {
    recordCall('app.whenReady', null, []);
    return readyPromise;
  }

  isReady(): boolean {
    return ready;
  }

  getPath(name: PathName): string {
    recordCall('app.getPath', null, [name]);
    const paths: Partial<Record<PathName, string>> = {
      userData: USER_DATA,
      appData: path.dirname(USER_DATA),
      sessionData: USER_DATA,
      logs: path.join(USER_DATA, 'logs'),
      temp: os.tmpdir(),
      home: os.homedir(),
      exe: process.execPath,
    };
    const found = paths[name];
    if (found === undefined) throw new Error(`Failed to get '${name}' path`);
    return found;
  }

  setPath(name: string, value: string): void {
    recordCall('app.setPath', null, [name, value]);
  }

  getAppPath(): string {
    return APP_PATH;
  }

  getVersion(): string {
    recordCall('app.getVersion', null, []);
    return PACKAGE.version ?? '0.0.0';
  }

  getName(): string {
    recordCall('app.getName', null, []);
    return PACKAGE.productName ?? PACKAGE.name ?? 'Electron';
  }

  getLocale(): string {
    return 'en-US';
  }

  getPreferredSystemLanguages(): string[] {
    return ['en-US'];
  }

  setAppUserModelId(id: string): void {
    recordCall('app.setAppUserModelId', null, [id]);
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    recordCall('app.setLoginItemSettings', null, [settings]);
  }

  getLoginItemSettings(options?: Electron.LoginItemSettingsOptions): Electron.LoginItemSettings {
    recordCall('app.getLoginItemSettings', null, options === undefined ? [] : [options]);
    return {
      openAtLogin: false,
      wasOpenedAtLogin: false,
      status: 'not-registered',
      executableWillLaunchAtLogin: false,
      launchItems: [],
    };
  }

  focus(options?: Electron.FocusOptions): void {
    recordCall('app.focus', null, options === undefined ? [] : [options]);
  }

  quit(): void {
    recordCall('app.quit', null, []);
    if (quitting) return;
    quitting = true;
    setImmediate(runQuit);
  }

  exit(exitCode = 0): void {
    recordCall('app.exit', null, [exitCode]);
    record('standin.exit', { code: exitCode });
    process.exit(exitCode);
  }

  relaunch(options?: Electron.RelaunchOptions): void {
    recordCall('app.relaunch', null, options === undefined ? [] : [options]);
  }

  /** Emits an event of the quit sequence; false when a listener called preventDefault(). */
  standinQuitStep(step: 'before-quit' | 'will-quit'): boolean {
    const event = fakeEvent();
    if (step === 'before-quit')
      this.emitChecked((on) => on('before-quit', (..._takes) => [event] satisfies typeof _takes));
    else this.emitChecked((on) => on('will-quit', (..._takes) => [event] satisfies typeof _takes));
    return !event.defaultPrevented;
  }
}

export const app = new FakeApp();

/** app.quit(): before-quit, close every window, will-quit, quit, exit. */
function runQuit(): void {
  const cancelled = (what: string) => {
    record('standin.quit-cancelled', { by: what });
    quitting = false;
  };
  if (!app.standinQuitStep('before-quit')) return cancelled('before-quit');
  for (const window of [...openWindows]) {
    if (!window.standinClose()) return cancelled(`close of ${window.standinName}`);
  }
  if (!app.standinQuitStep('will-quit')) return cancelled('will-quit');
  app.emitChecked((on) => on('quit', (..._takes) => [fakeEvent(), 0] satisfies typeof _takes));
  record('standin.exit', { code: 0 });
  process.exit(0);
}

/** The app becomes ready: will-finish-launching, ready, and app.whenReady() resolves. */
export function becomeReady(): void {
  markReady();
  app.emitChecked((on) => on('will-finish-launching', (..._takes) => [] satisfies typeof _takes));
  app.emitChecked((on) => on('ready', (..._takes) => [fakeEvent(), {}] satisfies typeof _takes));
  resolveReady();
}
