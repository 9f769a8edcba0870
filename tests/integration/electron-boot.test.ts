import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  appSnapshotSchema,
  INVOKE_CHANNELS,
  pushContract,
  type AppSnapshot,
  type IpcResult,
} from '@shared/ipc-contract';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import { PRELOAD_ENTRY, REPO_ROOT, StandinApp, type StandinRecord } from '../helpers/electron-standin/standin-app';

/**
 * The boot test (docs/ARCHITECTURE.md), main side: the *built* main bundle runs
 * on plain Node with a recording stand-in for `electron`. It catches bundling
 * and ESM/CJS mistakes, calls made before `ready`, missing IPC handlers and
 * insecure window options, which would otherwise show only inside Electron.
 * The built preload is checked in electron-boot-preload.test.ts.
 */

const TRUSTED_URL = 'app://renderer/index.html#dashboard';
const EVIL_URL = 'https://evil.example/';

interface MenuItemRecord {
  id?: string;
  type?: string;
  enabled?: boolean;
  submenu?: MenuItemRecord[];
}

function menuIds(items: MenuItemRecord[]): string[] {
  return items.flatMap((item) => [...(item.id ? [item.id] : []), ...menuIds(item.submenu ?? [])]);
}

async function waitForFile(file: string, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no reply in ${file}`);
}

function firstArg<T>(record: StandinRecord): T {
  return record.args?.[0] as T;
}

// One launch, one user's session: the steps below run in order and each
// builds on the state the previous one left.
describe('the built main bundle, booted with the electron stand-in', () => {
  let app: StandinApp;

  beforeAll(async () => {
    app = StandinApp.launch();
    // Boot ends with the tray getting its menu; a round trip through the
    // event loop then lets any late call land before the checks.
    await app.waitFor('the tray menu', (records) => records.some((r) => r.api === 'Tray.setContextMenu'));
    await app.commandValue('state');
  });

  afterEach(() => {
    // Each step must leave no misuse of the Electron API and no crash behind.
    expect(app.problems(), app.diagnostics()).toEqual([]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('requests the single-instance lock and registers the app scheme as privileged before ready', () => {
    const lock = app.calls('app.requestSingleInstanceLock');
    expect(lock).toHaveLength(1);
    expect(lock[0]!.ready).toBe(false);

    const schemes = app.calls('protocol.registerSchemesAsPrivileged');
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.ready).toBe(false);
    expect(firstArg<{ scheme: string; privileges: Record<string, boolean> }[]>(schemes[0]!)).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(app.calls('app.whenReady')).toHaveLength(1);
  });

  it('reaches ready, then serves app:// and opens the settings in userData', () => {
    const readyEvent = app.calls('app.emit').find((r) => r.event === 'ready');
    expect(readyEvent).toBeDefined();
    const handle = app.calls('protocol.handle');
    expect(handle.map((r) => [r.ready, firstArg(r)])).toEqual([[true, 'app']]);
    // electron-store is bundled and found Electron's userData folder.
    expect(fs.existsSync(path.join(app.userData, 'settings.json'))).toBe(true);
  });

  it('creates exactly one tray, with its tooltip and a menu that carries every action', () => {
    const trays = app.calls('new Tray');
    expect(trays).toHaveLength(1);
    expect(trays[0]!.ready).toBe(true);
    const tray = trays[0]!.self;

    const icon = app.calls('nativeImage.createFromPath');
    expect(icon).toHaveLength(1);
    expect(firstArg<string>(icon[0]!)).toBe(path.join(REPO_ROOT, 'assets', 'tray.png'));
    expect(icon[0]!.exists, 'the tray icon file must exist, or the tray shows an empty image').toBe(true);

    const tooltips = app.calls('Tray.setToolTip', tray);
    expect(tooltips.length).toBeGreaterThan(0);
    expect(firstArg<string>(tooltips.at(-1)!)).toMatch(/^Posture Breaks/);

    const menus = app.calls('Menu.buildFromTemplate');
    const lastMenu = menus.at(-1)!;
    const setMenu = app.calls('Tray.setContextMenu', tray).at(-1)!;
    expect(firstArg<{ $ref: string }>(setMenu).$ref).toBe((lastMenu.result as { $ref: string }).$ref);
    expect(menuIds(firstArg<MenuItemRecord[]>(lastMenu))).toEqual(
      expect.arrayContaining([
        'start-now',
        'snooze',
        'snooze-5',
        'snooze-10',
        'pause',
        'pause-60',
        'pause-tomorrow',
        'open-dashboard',
        'settings',
        'quit',
      ]),
    );
  });

  it('registers one ipcMain.handle for every contract channel, and no other', () => {
    const channels = app.calls('ipcMain.handle').map((r) => firstArg<string>(r));
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(app.calls('ipcMain.handle').every((r) => r.ready)).toBe(true);
  });

  it('creates no window until asked', () => {
    expect(app.calls('new BrowserWindow')).toEqual([]);
  });

  it('opens a sandboxed break window from the tray item "start-now"', async () => {
    const click = await app.commandValue<{ clicked: boolean }>('click-tray', { id: 'start-now' });
    expect(click.clicked).toBe(true);

    const created = await app.waitFor('the break window', (records) =>
      records.find((r) => r.api === 'new BrowserWindow'),
    );
    const options = firstArg<{ show?: boolean; webPreferences: Record<string, unknown> }>(created);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const preload = options.webPreferences.preload as string;
    expect(preload.split(path.sep).join('/')).toMatch(/out\/preload\/index\.cjs$/);
    expect(fs.existsSync(preload)).toBe(true);
    expect(path.resolve(preload)).toBe(PRELOAD_ENTRY);

    const window = created.self!;
    const load = await app.waitFor('the break page to load', (records) =>
      records.find((r) => r.api === 'BrowserWindow.loadURL' && r.self === window),
    );
    expect(firstArg<string>(load)).toBe('app://renderer/index.html#break');
    // Created hidden, shown once painted.
    expect(options.show).toBe(false);
    await app.waitFor('the window shown on ready-to-show', (records) =>
      records.some((r) => r.api === 'BrowserWindow.show' && r.self === window),
    );
    expect(app.calls('new BrowserWindow')).toHaveLength(1);
  });

  it('answers a trusted sender with the snapshot of the running break', async () => {
    const result = await app.invoke<IpcResult<AppSnapshot>>('app:get-snapshot', {}, TRUSTED_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const snapshot = appSnapshotSchema.parse(result.value);
    expect(snapshot.host).toBe('electron');
    expect(snapshot.schedule.status).toBe('in-break');
    expect(snapshot.schedule.activeBreak).not.toBeNull();
    expect(snapshot.windows.map((w) => w.view)).toEqual(['break']);
  });

  it('pushes state changes to the open window on the contract channel', () => {
    const window = app.calls('new BrowserWindow')[0]!;
    const contents = app.calls('app.emit').find((r) => r.event === 'web-contents-created' && r.seq > window.seq);
    expect(contents).toBeDefined();
    const pushes = app.records().filter((r) => r.api === 'webContents.send');
    expect(pushes.length).toBeGreaterThan(0);
    for (const push of pushes) {
      expect(firstArg<string>(push)).toBe(pushContract.onStateChanged.channel);
      expect(appSnapshotSchema.safeParse(push.args?.[1]).success).toBe(true);
    }
  });

  it.each([
    ['another origin', EVIL_URL, {}],
    ['a file:// page', 'file:///etc/passwd', {}],
    ['a subframe of our own page', TRUSTED_URL, { subframe: true }],
    ['a frame that is gone', TRUSTED_URL, { noFrame: true }],
  ])('refuses %s with forbidden-sender', async (_name, senderUrl, frame) => {
    const result = await app.invoke<IpcResult<unknown>>('app:get-snapshot', {}, senderUrl, frame);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden-sender' }) });
  });

  it('answers a bad payload with invalid-payload and keeps answering', async () => {
    const bad = await app.invoke<IpcResult<unknown>>('schedule:snooze', { minutes: 'x' }, TRUSTED_URL);
    expect(bad).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-payload' }) });
    const notAnObject = await app.invoke<IpcResult<unknown>>('window:open', 'dashboard', TRUSTED_URL);
    expect(notAnObject).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-payload' }) });

    expect(app.exit).toBeNull();
    const next = await app.invoke<IpcResult<AppSnapshot>>('app:get-snapshot', {}, TRUSTED_URL);
    expect(next.ok).toBe(true);
  });

  it('destroys the break window the user closes (nothing kept hidden) and ends the break', async () => {
    const window = app.calls('new BrowserWindow')[0]!.self!;
    const closed = await app.commandValue<{ closed: boolean; destroyed: boolean }>('close-window', { index: 0 });
    expect(closed).toEqual(expect.objectContaining({ closed: true, destroyed: true }));
    expect(app.records().some((r) => r.api === 'BrowserWindow.emit' && r.self === window && r.event === 'closed')).toBe(
      true,
    );
    expect(app.calls('BrowserWindow.hide')).toEqual([]);
    expect(app.calls('standin.close-prevented')).toEqual([]);

    const result = await app.invoke<IpcResult<AppSnapshot>>('app:get-snapshot', {}, TRUSTED_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schedule.activeBreak).toBeNull();
    expect(result.value.schedule.status).not.toBe('in-break');
    expect(result.value.windows).toEqual([]);
    // A tray app keeps running with no window open.
    expect(app.exit).toBeNull();
    expect(app.calls('app.quit')).toEqual([]);
  });

  it('opens the dashboard on the tray item "open-dashboard" and reuses it', async () => {
    await app.commandValue('click-tray', { id: 'open-dashboard' });
    const created = await app.waitFor('the dashboard window', (records) =>
      records.filter((r) => r.api === 'new BrowserWindow').at(1),
    );
    const load = await app.waitFor('the dashboard page to load', (records) =>
      records.find((r) => r.api === 'BrowserWindow.loadURL' && r.self === created.self),
    );
    expect(firstArg<string>(load)).toBe('app://renderer/index.html#dashboard');
    await app.commandValue('click-tray', { id: 'open-dashboard' });
    await app.waitFor('the dashboard brought to front', (records) =>
      records.some((r) => r.api === 'BrowserWindow.focus' && r.self === created.self),
    );
    expect(app.calls('new BrowserWindow')).toHaveLength(2);
  });

  it('brings the dashboard to front when a second instance starts', async () => {
    const dashboard = app.calls('new BrowserWindow')[1]!.self!;
    const focusesBefore = app.calls('BrowserWindow.focus', dashboard).length;
    const emitted = await app.commandValue<{ listeners: number }>('app-event', {
      event: 'second-instance',
      args: [['posture-breaks'], REPO_ROOT, {}],
    });
    expect(emitted.listeners).toBeGreaterThan(0);
    await app.waitFor(
      'the dashboard focused again',
      (records) =>
        records.filter((r) => r.api === 'BrowserWindow.focus' && r.self === dashboard).length > focusesBefore,
    );
    expect(app.calls('new BrowserWindow')).toHaveLength(2);
  });

  it('denies every permission a page may ask for, except writing the clipboard', async () => {
    for (const name of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(await app.commandValue('permission', { name })).toEqual({ requested: false, checked: false });
    }
    expect(await app.commandValue('permission', { name: 'clipboard-sanitized-write' })).toEqual({
      requested: true,
      checked: true,
    });
  });

  it('follows the theme setting and swaps the tray icon for dark panels', async () => {
    expect(app.calls('nativeTheme.themeSource').map((r) => firstArg<string>(r))).toEqual(['system']);
    const tray = app.calls('new Tray')[0]!.self!;
    const before = app.calls('Tray.setImage', tray).length;
    await app.commandValue('theme', { dark: true });
    await app.waitFor(
      'the tray icon for a dark panel',
      (records) => records.filter((r) => r.api === 'Tray.setImage' && r.self === tray).length > before,
    );
    const paths = app.calls('nativeImage.createFromPath').map((r) => firstArg<string>(r));
    expect(paths.at(-1)).toMatch(/assets\/tray-on-dark\.png$/);
    expect(fs.existsSync(paths.at(-1)!)).toBe(true);
    await app.commandValue('theme', { dark: false });
  });

  it('adds itself to login on Linux as an XDG autostart entry (under the test HOME)', () => {
    const entry = path.join(app.dir, 'config', 'autostart', 'posture-breaks.desktop');
    expect(fs.readFileSync(entry, 'utf8')).toMatch(
      /^\[Desktop Entry\]\nType=Application\nName=Posture Breaks\n[\s\S]*Exec=/,
    );
  });

  it('runs a command forwarded by a second instance and answers through its reply file', async () => {
    const replyFile = path.join(os.tmpdir(), `posture-reply-${randomUUID()}.json`);
    await app.commandValue('app-event', {
      event: 'second-instance',
      args: [['posture-breaks', 'status'], REPO_ROOT, { argv: ['status'], replyFile }],
    });
    const reply = await waitForFile(replyFile);
    expect(JSON.parse(reply)).toMatchObject({
      exitCode: 0,
      output: expect.stringMatching(/^Next stretch in \d+ min\./),
    });
    fs.rmSync(replyFile, { force: true });
  });

  it('never writes a reply outside the temp folder', async () => {
    const outside = path.join(REPO_ROOT, 'test-results', `posture-reply-${randomUUID()}.json`);
    await app.commandValue('app-event', {
      event: 'second-instance',
      args: [['posture-breaks', 'status'], REPO_ROOT, { argv: ['status'], replyFile: outside }],
    });
    await app.commandValue('state');
    expect(fs.existsSync(outside)).toBe(false);
  });

  it('closes the break window from the app side when a break started over IPC is completed', async () => {
    const started = await app.invoke<IpcResult<{ breakId: string }>>(
      'break:start',
      { source: 'dashboard' },
      TRUSTED_URL,
    );
    expect(started.ok).toBe(true);
    const created = await app.waitFor('the new break window', (records) =>
      records.filter((r) => r.api === 'new BrowserWindow').at(2),
    );
    expect(firstArg<{ webPreferences: Record<string, unknown> }>(created).webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
    });

    const completed = await app.invoke<IpcResult<{ ok: true }>>('break:complete', {}, TRUSTED_URL);
    expect(completed).toEqual({ ok: true, value: { ok: true } });
    expect(app.calls('BrowserWindow.destroy', created.self)).toHaveLength(1);

    const snapshot = await app.invoke<IpcResult<AppSnapshot>>('app:get-snapshot', {}, TRUSTED_URL);
    expect(snapshot.ok && snapshot.value.schedule.activeBreak).toBeNull();
    expect(snapshot.ok && snapshot.value.windows.map((w) => w.view)).toEqual(['dashboard']);
  });

  it('re-checks deadlines on resume and unlock without trouble', async () => {
    const subscribed = app.calls('powerMonitor.on').map((r) => firstArg<string>(r));
    expect(subscribed).toEqual(expect.arrayContaining(['suspend', 'resume', 'lock-screen', 'unlock-screen']));
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) {
      await app.commandValue('power', { event });
    }
    const snapshot = await app.invoke<IpcResult<AppSnapshot>>('app:get-snapshot', {}, TRUSTED_URL);
    expect(snapshot.ok).toBe(true);
  });

  it('denies navigation and window.open in every new web contents', async () => {
    const created = await app.createWebContents('app://renderer/index.html#dashboard');
    expect(created.listening).toContain('will-navigate');
    expect(created.windowOpenHandler).toBe(true);

    const open = await app.windowOpen(created.contents, 'https://evil.example');
    expect(open).toEqual({ handled: true, response: { action: 'deny' } });
    expect(app.calls('shell.openExternal')).toEqual([]);

    const navigate = await app.commandValue<{ prevented: boolean }>('will-navigate', {
      contents: created.contents,
      url: 'https://evil.example/',
    });
    expect(navigate.prevented).toBe(true);
  });

  it('serves the built renderer over app:// with the CSP, and nothing outside it', async () => {
    type Served = { status: number; headers: Record<string, string>; bodyStart: string };
    const page = await app.commandValue<Served>('protocol-request', { url: 'app://renderer/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.bodyStart.toLowerCase()).toContain('<!doctype html>');

    for (const url of ['app://renderer/..%2f..%2fpackage.json', 'app://elsewhere/index.html']) {
      const refused = await app.commandValue<Served>('protocol-request', { url });
      expect(refused.status, url).toBe(404);
    }
  });

  it('quits from the tray item "quit": tray destroyed, process ends with code 0', async () => {
    await app.commandValue('click-tray', { id: 'quit' });
    const exit = await app.waitForExit();
    expect(exit.code).toBe(0);
    const records = app.records();
    const beforeQuit = records.find((r) => r.api === 'app.emit' && r.event === 'before-quit');
    const trayDestroyed = records.find((r) => r.api === 'Tray.destroy');
    expect(beforeQuit).toBeDefined();
    expect(trayDestroyed).toBeDefined();
    expect(records.at(-1)).toEqual(expect.objectContaining({ api: 'standin.exit', code: 0 }));
  });
});

describe('a second instance', () => {
  it('quits at once when the single-instance lock is taken, creating nothing', async () => {
    const second = StandinApp.launch({ env: { ELECTRON_STANDIN_LOCK: 'denied' } });
    try {
      const exit = await second.waitForExit();
      expect(exit.code).toBe(0);
      expect(second.calls('app.quit')).toHaveLength(1);
      expect(second.calls('new Tray')).toEqual([]);
      expect(second.calls('ipcMain.handle')).toEqual([]);
      expect(second.problems()).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});

describe("Chromium's own controls in the language chosen in Settings", () => {
  const langSwitches = (app: StandinApp) =>
    app.calls('app.commandLine.appendSwitch').filter((r) => r.args?.[0] === 'lang');

  it('starts Chromium with --lang from the settings file, before ready', async () => {
    const settings = { ...DEFAULT_SETTINGS, general: { ...DEFAULT_SETTINGS.general, language: 'de' } };
    const app = StandinApp.launch({ settingsFile: JSON.stringify(settings) });
    try {
      await app.waitFor('the tray menu', (records) => records.some((r) => r.api === 'Tray.setContextMenu'));
      expect(langSwitches(app).map((r) => r.args)).toEqual([['lang', 'de']]);
      const records = app.records();
      const switched = records.findIndex((r) => r.api === 'app.commandLine.appendSwitch' && r.args?.[0] === 'lang');
      expect(switched).toBeLessThan(records.findIndex((r) => r.api === 'app.whenReady'));
      expect(app.problems(), app.diagnostics()).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it("leaves Chromium on the system's locale when the file follows the system or does not parse", async () => {
    for (const settingsFile of [JSON.stringify(DEFAULT_SETTINGS), '{ not json']) {
      const app = StandinApp.launch({ settingsFile });
      try {
        await app.waitFor('the tray menu', (records) => records.some((r) => r.api === 'Tray.setContextMenu'));
        expect(langSwitches(app)).toEqual([]);
      } finally {
        await app.stop();
      }
    }
  });
});
