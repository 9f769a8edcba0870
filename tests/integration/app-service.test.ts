import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchInvoke } from '@shared/ipc-contract';
import { AppService } from '../../electron/services/app-service';
import { ManualClock } from '../../electron/services/clocks';
import { createConfBackend, settingsFilePath } from '../../electron/services/conf-backend';
import { EventLog } from '../../electron/services/event-log';
import { createMemoryLogger } from '../../electron/services/logger';
import { COARSE_TICK_MS } from '../../electron/services/scheduler-runtime';
import { SettingsStore } from '../../electron/services/settings-store';
import { FakePower, RecordingNotifier, RecordingTray, RecordingWindows } from '../helpers/fake-ports';

const START = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
let dir: string;

function build() {
  const clock = new ManualClock(START, () => 0);
  const logger = createMemoryLogger();
  const notifier = new RecordingNotifier();
  const windows = new RecordingWindows(() => clock.now());
  const tray = new RecordingTray();
  const power = new FakePower();
  const settings = SettingsStore.open({
    filePath: settingsFilePath(dir),
    createBackend: () => createConfBackend(dir),
    now: START,
    logger,
  });
  const eventLog = new EventLog({ dataDir: dir, deviceId: 'test-device', logger });
  let quits = 0;
  let ids = 0;
  const app = new AppService({
    host: 'web',
    platform: 'linux',
    clock,
    settings,
    eventLog,
    notifier,
    windows,
    tray,
    power,
    logger,
    newId: () => `id-${++ids}`,
    quit: () => quits++,
  });
  app.start();
  return { app, clock, notifier, windows, tray, power, settings, eventLog, logger, quits: () => quits };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-app-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('AppService', () => {
  it('notifies, opens the break from the notification, and logs every step', async () => {
    const { app, clock, notifier, windows, eventLog } = build();
    clock.advance(50 * MINUTE);
    expect(notifier.shown).toHaveLength(1);
    notifier.shown[0]?.act('start');
    expect(windows.list()).toEqual([{ id: 'break-1', view: 'break', open: true, openedAt: START + 50 * MINUTE }]);
    clock.advance(MINUTE);
    expect((await dispatchInvoke(app.handlers, 'break:complete', {})).ok).toBe(true);
    expect(windows.list()[0]?.open).toBe(false);
    const types = eventLog.readMonth('2026-03').map((e) => e.type);
    expect(types).toEqual(['reminder-shown', 'break-started', 'break-completed']);
    await expect(dispatchInvoke(app.handlers, 'stats:get-today', {})).resolves.toEqual({
      ok: true,
      value: { date: '2026-03-02', due: 1, taken: 1, snoozed: 0, skipped: 0, minutesMoved: 1 },
    });
  });

  it('keeps one deadline timer and the coarse tick: at most 61 wake-ups in an idle hour', () => {
    const { app, clock, settings } = build();
    settings.update({ movement: { enabled: false } });
    const before = app.wakeUps;
    clock.advance(60 * MINUTE);
    expect(app.wakeUps - before).toBeLessThanOrEqual(61);
    expect(app.wakeUps - before).toBe((60 * MINUTE) / COARSE_TICK_MS);
    expect(clock.pendingTimers()).toBe(1); // only the coarse tick is armed
  });

  it('never holds more than two timers however much happens', () => {
    const { app, clock } = build();
    for (let i = 0; i < 5; i++) {
      clock.advance(50 * MINUTE);
      app.handleTrayClick('start-now');
      expect(clock.pendingTimers()).toBeLessThanOrEqual(2);
      clock.advance(4 * MINUTE);
    }
    expect(clock.pendingTimers()).toBeLessThanOrEqual(2);
  });

  it('updates the tray only when its text changes, at most once a minute', () => {
    const { clock, tray } = build();
    const before = tray.updates.length;
    clock.advance(10 * MINUTE);
    expect(tray.updates.length - before).toBe(10);
    expect(tray.updates.at(-1)?.tooltip).toBe('Posture Breaks: Next stretch in 40 min');
  });

  it('re-checks deadlines at once when the machine wakes up', () => {
    const { clock, notifier, power } = build();
    clock.jumpTo(START + 2 * 60 * MINUTE); // slept through the deadline: no timer ran
    expect(notifier.shown).toHaveLength(0);
    power.emit('resume');
    expect(notifier.shown).toHaveLength(1);
  });

  it('routes every tray item, and refuses unknown ones', () => {
    const { app, windows, quits } = build();
    app.handleTrayClick('pause-1h');
    expect(app.snapshot().schedule).toMatchObject({ status: 'paused', pausedUntil: START + 60 * MINUTE });
    expect(app.snapshot().tray.menu.map((i) => i.id)).toContain('resume');
    app.handleTrayClick('resume');
    app.handleTrayClick('snooze');
    expect(app.snapshot().schedule.next[0]?.at).toBe(START + 60 * MINUTE);
    app.handleTrayClick('open-dashboard');
    expect(windows.list().map((w) => w.view)).toEqual(['dashboard']);
    app.handleTrayClick('quit');
    expect(quits()).toBe(1);
    expect(() => app.handleTrayClick('rm-rf')).toThrow(/no tray item/);
  });

  it('keeps reminding from memory when the event log cannot be written', () => {
    const { clock, notifier, logger } = build();
    fs.rmSync(path.join(dir, 'events'), { recursive: true, force: true });
    fs.writeFileSync(path.join(dir, 'events'), 'not a folder');
    clock.advance(50 * MINUTE);
    expect(notifier.shown).toHaveLength(1);
    expect(logger.lines.some((l) => l.level === 'error' && /event log/.test(l.message))).toBe(true);
  });

  it('surfaces a recovered settings file as a dismissible notice', async () => {
    fs.writeFileSync(settingsFilePath(dir), '{oops');
    const { app } = build();
    const [notice] = app.snapshot().notices;
    expect(notice?.message).toMatch(/could not be read/);
    await dispatchInvoke(app.handlers, 'notice:dismiss', { id: notice?.id });
    expect(app.snapshot().notices).toEqual([]);
  });
});
