import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appSnapshotSchema, type AppSnapshot, type IpcResult, type PostureApi } from '@shared/ipc-contract';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import { loadPreload, windowShowing, type StandinIpcRenderer } from '../helpers/electron-standin/preload-bridge';
import { exposedPostureApi } from '../helpers/electron-standin/preload-sandbox';
import { StandinApp, type StandinRecord } from '../helpers/electron-standin/standin-app';

/**
 * The boot test as a user's morning, end to end through the *built* bundles:
 * the main bundle on the electron stand-in, and the built preload in its vm
 * sandbox with its ipcRenderer bridged to the stand-in's ipcMain
 * (preload-bridge.ts), so `window.posture` calls reach the app's real
 * handlers. Tray, heads-up notification, a click on it, the break window,
 * the break done from the page, the event log, the dashboard (today's
 * stats, a pause), quit.
 *
 * The movement break comes every 5 minutes (the shortest interval) with a
 * heads-up 5 minutes before, so the heads-up is due the moment the app
 * starts; nothing else is due before the test ends.
 */

const BREAK_URL = 'app://renderer/index.html#break';
const DASHBOARD_URL = 'app://renderer/index.html#dashboard';

const SETTINGS = {
  ...DEFAULT_SETTINGS,
  movement: { ...DEFAULT_SETTINGS.movement, intervalSeconds: 5 * 60, preBreakNoticeSeconds: 5 * 60 },
};

interface LoggedEvent {
  type: string;
  kind?: string;
  breakId?: string;
  variant?: string;
  source?: string;
  endedBy?: string;
}

/** Every line of the event log under the stand-in's userData (events/<device>/YYYY-MM.jsonl), oldest first. */
function eventLog(userData: string): LoggedEvent[] {
  const root = path.join(userData, 'events');
  if (!fs.existsSync(root)) return [];
  const files = fs
    .readdirSync(root)
    .flatMap((device) => fs.readdirSync(path.join(root, device)).map((name) => path.join(root, device, name)));
  for (const file of files) expect(path.basename(file)).toMatch(/^\d{4}-\d{2}\.jsonl$/);
  return files
    .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as LoggedEvent);
}

function firstArg<T>(record: StandinRecord): T {
  return record.args?.[0] as T;
}

function valueOf<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`the app refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

// One launch, one morning: each step builds on what the previous one left.
describe('a morning with the built app, from the tray to quit', () => {
  let app: StandinApp;
  let breakId: string;
  let breakPage: { ipc: StandinIpcRenderer; posture: PostureApi };
  let dashboard: { ipc: StandinIpcRenderer; posture: PostureApi };
  const pushed: AppSnapshot[] = [];

  beforeAll(async () => {
    app = StandinApp.launch({ settingsFile: JSON.stringify(SETTINGS) });
    await app.waitFor('the tray menu', (records) => records.some((r) => r.api === 'Tray.setContextMenu'));
  });

  afterEach(() => {
    expect(app.problems(), app.diagnostics()).toEqual([]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('starts in the tray, saying when the next stretch comes', async () => {
    expect(app.calls('new Tray')).toHaveLength(1);
    const tooltip = firstArg<string>(app.calls('Tray.setToolTip').at(-1)!);
    expect(tooltip).toMatch(/^Posture Breaks: Next stretch in [45] min$/);
    expect(app.calls('new BrowserWindow')).toEqual([]);
  });

  it('shows the heads-up for the movement break as a notification, and logs it', async () => {
    const shown = await app.waitFor('the heads-up shown', (records) =>
      records.find((r) => r.api === 'Notification.show'),
    );
    const created = app.calls('new Notification').find((r) => r.self === shown.self)!;
    const options = firstArg<{ title: string; body: string; actions: unknown[] }>(created);
    expect(options.title).toBe('Movement break in 5 minutes');
    expect(options.body).toMatch(/stretch is coming up/);
    // Linux shows no buttons: a click on the body starts the break.
    expect(options.actions).toEqual(process.platform === 'linux' ? [] : expect.any(Array));

    const reminder = eventLog(app.userData).find((e) => e.type === 'reminder-shown');
    expect(reminder).toMatchObject({ kind: 'movement', variant: 'pre-break' });
    breakId = reminder!.breakId!;
  });

  it('opens the break window when the user clicks the notification', async () => {
    await app.commandValue('notification', { index: 0, event: 'click' });
    const window = await windowShowing(app, BREAK_URL);
    await app.waitFor('the break window shown', (records) =>
      records.some((r) => r.api === 'BrowserWindow.show' && r.self === window.ref),
    );
    const options = firstArg<{ webPreferences: Record<string, unknown> }>(
      app.calls('new BrowserWindow').find((r) => r.self === window.ref)!,
    );
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });

    expect(eventLog(app.userData).find((e) => e.type === 'break-started')).toMatchObject({
      kind: 'movement',
      breakId,
      source: 'notification',
    });
    await app.waitFor('the tray saying a break is on', (records) =>
      records.some((r) => r.api === 'Tray.setToolTip' && r.args?.[0] === 'Posture Breaks: Stretch break in progress'),
    );
  });

  it('gives the break page window.posture from the built preload, showing this break', async () => {
    const window = await windowShowing(app, BREAK_URL);
    const { ipc, preload } = loadPreload(app, window);
    expect(preload.refused).toEqual([]);
    const posture = exposedPostureApi(preload);
    breakPage = { ipc, posture };
    posture.onStateChanged((snapshot) => pushed.push(snapshot));
    expect(ipc.listenerCount('app:state-changed')).toBe(1);

    const snapshot = appSnapshotSchema.parse(valueOf(await posture.getSnapshot()));
    expect(snapshot.host).toBe('electron');
    expect(snapshot.schedule.status).toBe('in-break');
    expect(snapshot.schedule.activeBreak).toMatchObject({ id: breakId, kind: 'movement', source: 'notification' });
    expect(snapshot.windows.map((w) => w.view)).toEqual(['break']);
  });

  it('completes the break from the page: the backend ends it, closes the window and logs it', async () => {
    const window = await windowShowing(app, BREAK_URL);
    const snapshot = appSnapshotSchema.parse(valueOf(await breakPage.posture.getSnapshot()));
    const items = snapshot.schedule.activeBreak?.items ?? [];
    expect(items.length).toBeGreaterThan(1);
    // The player reports the first exercise as it ends; the backend writes it with the session's dose.
    expect(valueOf(await breakPage.posture.recordExerciseDone({ breakId, itemIndex: 0 }))).toEqual({ recorded: true });
    expect(valueOf(await breakPage.posture.completeBreak())).toEqual({ ok: true });

    // The app closes the break window itself, destroyed rather than hidden,
    // and sends nothing more to the page that is gone.
    const destroyed = app.calls('BrowserWindow.destroy', window.ref);
    expect(destroyed).toHaveLength(1);
    expect(app.calls('BrowserWindow.hide')).toEqual([]);
    expect(app.calls('webContents.send', window.contents).filter((r) => r.seq > destroyed[0]!.seq)).toEqual([]);

    expect(eventLog(app.userData).filter((e) => e.breakId === breakId)).toEqual([
      expect.objectContaining({ type: 'reminder-shown', kind: 'movement', variant: 'pre-break' }),
      expect.objectContaining({ type: 'break-started', kind: 'movement', source: 'notification' }),
      expect.objectContaining({ type: 'exercise-done', exerciseId: items[0]!.exerciseId }),
      // What the page never reported done is the backend's to close as skipped.
      ...items
        .slice(1)
        .map((item) => expect.objectContaining({ type: 'exercise-skipped', exerciseId: item.exerciseId })),
      expect.objectContaining({ type: 'break-completed', kind: 'movement', endedBy: 'user' }),
    ]);
    await app.waitFor('the tray counting down to the next stretch', (records) =>
      /Next stretch in \d+ min$/.test(String(records.filter((r) => r.api === 'Tray.setToolTip').at(-1)?.args?.[0])),
    );
  });

  it("opens the dashboard from the tray, where today's stats count the break", async () => {
    await app.commandValue('click-tray', { id: 'open-dashboard' });
    const window = await windowShowing(app, DASHBOARD_URL);
    const { ipc, preload } = loadPreload(app, window);
    dashboard = { ipc, posture: exposedPostureApi(preload) };
    dashboard.posture.onStateChanged((snapshot) => pushed.push(snapshot));

    expect(valueOf(await dashboard.posture.getTodayStats()).taken).toBe(1);
    const snapshot = valueOf(await dashboard.posture.getSnapshot());
    expect(snapshot.windows.map((w) => w.view)).toEqual(['dashboard']);
    expect(snapshot.schedule.activeBreak).toBeNull();
  });

  it('refuses, from the dashboard, to complete a break that is over, and logs nothing', async () => {
    const logged = eventLog(app.userData);
    const again = await dashboard.posture.completeBreak();
    expect(again).toEqual({ ok: false, error: expect.objectContaining({ code: 'rejected' }) });
    expect(eventLog(app.userData)).toEqual(logged);
  });

  it('pauses reminders for an hour from the dashboard: pushed to the page, logged, shown in the tray', async () => {
    pushed.length = 0;
    expect(valueOf(await dashboard.posture.pause({ length: { minutes: 60 } }))).toEqual({ ok: true });

    // The new state reached the page before the call's answer, as on Electron's one IPC channel.
    expect(pushed.at(-1)?.schedule.status).toBe('paused');
    expect(dashboard.ipc.delivered.every((push) => push.channel === 'app:state-changed')).toBe(true);
    const paused = eventLog(app.userData).at(-1) as LoggedEvent & { until: number; at: number };
    expect(paused.type).toBe('paused');
    expect(paused.until - paused.at).toBe(60 * 60_000);
    await app.waitFor('the tray saying reminders are paused', (records) =>
      /^Posture Breaks: Paused until /.test(
        String(records.filter((r) => r.api === 'Tray.setToolTip').at(-1)?.args?.[0]),
      ),
    );
  });

  it('quits from the tray: tray gone, process ends with code 0, the log kept', async () => {
    const logged = eventLog(app.userData);
    await app.commandValue('click-tray', { id: 'quit' });
    expect((await app.waitForExit()).code).toBe(0);
    expect(app.calls('Tray.destroy')).toHaveLength(1);
    expect(app.records().at(-1)).toEqual(expect.objectContaining({ api: 'standin.exit', code: 0 }));
    // Quitting with the dashboard open ends nothing the log would record.
    expect(eventLog(app.userData)).toEqual(logged);
  });
});
