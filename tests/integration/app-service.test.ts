import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchInvoke } from '@shared/ipc-contract';
import { SETTINGS_VERSION } from '@shared/settings-schema';
import { settingsFilePath } from '../../electron/web-host/conf-backend';
import { COARSE_TICK_MS } from '../../electron/core/scheduler-runtime';
import { startTestApp } from '../helpers/app-harness';
import { tempDirPerTest } from '../helpers/temp-dir';

const START = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const dir = tempDirPerTest('posture-app-');

const build = (options: { systemLocales?: readonly string[] } = {}) =>
  startTestApp({ dataDir: dir(), start: START, systemLocales: options.systemLocales });

describe('AppService', () => {
  it("speaks the OS's language until the setting names one, in the snapshot and the tray", async () => {
    const { app, settings } = await build({ systemLocales: ['de-DE', 'en-US'] });
    expect(app.snapshot().language).toBe('de');
    settings.update({ general: { language: 'fr' } });
    expect(app.snapshot().language).toBe('fr');
    settings.update({ general: { language: 'system' } });
    expect(app.snapshot().language).toBe('de');
    settings.update({ general: { language: 'en' } });
    expect(app.snapshot().tray.menu.map((item) => item.label)).toContain('Quit');
    app.stop();
  });

  it('notifies, opens the break from the notification, and logs every step', async () => {
    const { app, clock, notifier, windows, eventLog, settings } = await build();
    settings.update({ posture: { enabled: false }, movement: { preBreakNoticeSeconds: 0 } });
    await clock.advance(50 * MINUTE);
    expect(notifier.shown.map((n) => n.spec.kind)).toEqual(['movement']);
    notifier.shown[0]?.act('start');
    expect(windows.list()).toEqual([{ id: 'break-1', view: 'break', open: true, openedAt: START + 50 * MINUTE }]);
    await clock.advance(MINUTE);
    expect((await dispatchInvoke(app.handlers, 'break:complete', {})).ok).toBe(true);
    expect(windows.list()[0]?.open).toBe(false);
    const types = eventLog.readMonth('2026-03').map((e) => e.type);
    // Done with no exercise reported: the session's three exercises are recorded as skipped.
    expect(types).toEqual([
      'reminder-shown',
      'break-started',
      'exercise-skipped',
      'exercise-skipped',
      'exercise-skipped',
      'break-completed',
    ]);
    await expect(dispatchInvoke(app.handlers, 'stats:get-today', {})).resolves.toEqual({
      ok: true,
      value: { date: '2026-03-02', due: 1, taken: 1, snoozed: 0, skipped: 0, minutesMoved: 1 },
    });
  });

  it('a posture notification acknowledged from its Done button is logged', async () => {
    const { clock, notifier, eventLog } = await build();
    await clock.advance(25 * MINUTE);
    const posture = notifier.shown.find((n) => n.spec.kind === 'posture');
    posture?.act('ack');
    expect(eventLog.readMonth('2026-03').map((e) => e.type)).toEqual(['reminder-shown', 'reminder-acknowledged']);
  });

  it('keeps one deadline timer and the coarse tick: at most 61 wake-ups in an idle hour', async () => {
    const { app, clock, settings } = await build();
    settings.update({ movement: { enabled: false }, posture: { enabled: false } });
    const before = app.wakeUps;
    await clock.advance(60 * MINUTE);
    expect(app.wakeUps - before).toBeLessThanOrEqual(61);
    expect(app.wakeUps - before).toBe((60 * MINUTE) / COARSE_TICK_MS);
    expect(clock.pendingTimers()).toBe(1); // only the coarse tick is armed
  });

  it('with the default reminders an idle hour still stays within 61 wake-ups', async () => {
    const { app, clock } = await build();
    const before = app.wakeUps;
    await clock.advance(60 * MINUTE);
    expect(app.wakeUps - before).toBeLessThanOrEqual(61 + 4); // + posture, notice and movement deadlines
  });

  it('never holds more than two timers however much happens', async () => {
    const { app, clock } = await build();
    for (let i = 0; i < 5; i++) {
      await clock.advance(50 * MINUTE);
      app.handleTrayClick('start-now');
      expect(clock.pendingTimers()).toBeLessThanOrEqual(2);
      await clock.advance(4 * MINUTE);
    }
    expect(clock.pendingTimers()).toBeLessThanOrEqual(2);
  });

  it('updates the tray only when its text changes, at most once a minute', async () => {
    const { clock, tray, settings } = await build();
    settings.update({ posture: { enabled: false } });
    const before = tray.updates.length;
    await clock.advance(10 * MINUTE);
    expect(tray.updates.length - before).toBe(10);
    expect(tray.updates.at(-1)?.tooltip).toBe('Posture Breaks: Next stretch in 40 min');
  });

  it('re-checks deadlines at once when the machine wakes, without a backlog', async () => {
    const { clock, notifier, power, eventLog } = await build();
    power.emit('suspend');
    clock.jumpTo(START + 2 * 60 * MINUTE); // slept through every deadline: no timer ran
    power.emit('resume');
    await new Promise((resolve) => setImmediate(resolve));
    expect(notifier.shown).toHaveLength(0);
    expect(eventLog.readMonth('2026-03').map((e) => e.type)).toEqual(['break-completed']); // a natural break
  });

  it('routes every tray item, and refuses unknown ones', async () => {
    const { app, windows, quits } = await build();
    app.handleTrayClick('pause-60');
    expect(app.snapshot().schedule).toMatchObject({ status: 'paused', pausedUntil: START + 60 * MINUTE });
    expect(app.snapshot().tray.menu.map((i) => i.id)).toContain('resume');
    app.handleTrayClick('resume');
    app.handleTrayClick('snooze-10');
    expect(app.snapshot().schedule.next.find((r) => r.kind === 'movement')?.at).toBe(START + 60 * MINUTE);
    app.handleTrayClick('pause-tomorrow');
    expect(app.snapshot().schedule.pausedUntil).toBe(Date.parse('2026-03-03T00:00:00Z'));
    app.handleTrayClick('resume');
    expect(app.snapshot().tray.menu.map((i) => i.id)).toContain('check-in');
    app.handleTrayClick('check-in');
    app.handleTrayClick('settings');
    expect(windows.list().map((w) => w.view)).toEqual(['dashboard', 'settings']);
    await dispatchInvoke(app.handlers, 'program:pain-checkin', {
      regions: { 'low-back': 3 },
      flareUp: false,
      redFlags: [],
    });
    expect(app.snapshot().tray.menu.map((i) => i.id)).not.toContain('check-in');
    app.handleTrayClick('quit');
    expect(quits()).toBe(1);
    expect(() => app.handleTrayClick('rm-rf')).toThrow(/no tray item/);
  });

  it('keeps reminding from memory when the event log cannot be written', async () => {
    const { clock, notifier, logger } = await build();
    fs.rmSync(path.join(dir(), 'events'), { recursive: true, force: true });
    fs.writeFileSync(path.join(dir(), 'events'), 'not a folder');
    await clock.advance(50 * MINUTE);
    expect(notifier.shown.some((n) => n.spec.kind === 'movement')).toBe(true);
    expect(logger.lines.some((l) => l.level === 'error' && /event log/.test(l.message))).toBe(true);
  });

  it('tells what it is and where its data lives, and opens that folder', async () => {
    const { app, opened } = await build();
    const about = await dispatchInvoke(app.handlers, 'app:get-diagnostics', {});
    expect(about).toMatchObject({
      ok: true,
      value: { appVersion: '1.2.3', host: 'web', dataDir: dir(), settingsVersion: SETTINGS_VERSION, timeZone: 'UTC' },
    });
    await dispatchInvoke(app.handlers, 'app:open-data-folder', {});
    expect(opened).toEqual([dir()]);
  });

  it('surfaces a recovered settings file as a dismissible notice', async () => {
    fs.writeFileSync(settingsFilePath(dir()), '{oops');
    const { app } = await build();
    const [notice] = app.snapshot().notices;
    expect(notice?.message).toMatch(/could not be read/);
    await dispatchInvoke(app.handlers, 'notice:dismiss', { id: notice?.id });
    expect(app.snapshot().notices).toEqual([]);
  });
});
