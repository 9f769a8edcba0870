import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatchInvoke } from '@shared/ipc-contract';
import type { NotificationKind } from '@shared/notification-content';
import { localMoment } from '@shared/calendar';
import { settingsFilePath } from '../../electron/web-host/conf-backend';
import { EventLog } from '../../electron/core/event-log';
import { createMemoryLogger } from '../helpers/memory-logger';
import { StatsService } from '../../electron/core/stats-service';
import { startTestApp } from '../helpers/app-harness';
import { tempDirPerTest } from '../helpers/temp-dir';

/**
 * The wall clock misbehaves while the app runs: set back a day, set forward a
 * year, the time zone changing five times in a day. Through AppService on a
 * ManualClock (`jumpTo` moves the wall clock without firing timers, as a
 * clock change does; `setTimeZone` is travel). Real time is what the test
 * advances. No burst of reminders (never two movement reminders closer than
 * an interval of real time), no stored setting changed, and every break lands
 * on the local date it was taken on.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const INTERVAL = 50 * MINUTE; // the default movement interval
const POSTURE_INTERVAL = 25 * MINUTE;
const dir = tempDirPerTest('posture-clock-');

async function session(startIso: string, zone: string) {
  const { app, clock, notifier, power, logger } = await startTestApp({
    dataDir: dir(),
    start: Date.parse(startIso),
    timeZone: zone,
    deviceId: 'clock-pc',
    // A daily reminder too: it must fire at most once per local date, wherever the user is.
    settings: {
      homeProgram: { enabled: true, time: '18:30', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
    },
    started: false,
  });
  const settingsBytes = fs.readFileSync(settingsFilePath(dir()));
  await app.start();

  /** Real time elapsed, as the test advanced it (wall-clock jumps do not count). */
  let real = 0;
  const shown: { kind: NotificationKind; variant: string; real: number; at: number; zone: string }[] = [];
  const guided: { at: number; date: string }[] = [];
  let handled = 0;

  /** Real minutes pass; the user takes every movement break (Start, then Done a minute later). */
  const live = async (minutes: number) => {
    for (let i = 0; i < minutes; i++) {
      await clock.advance(MINUTE);
      real += MINUTE;
      for (; handled < notifier.shown.length; handled++) {
        const { spec, act } = notifier.shown[handled] as (typeof notifier.shown)[number];
        shown.push({ kind: spec.kind, variant: spec.variant, real, at: spec.at, zone: clock.timeZone() });
        if (spec.kind === 'movement' && spec.variant !== 'pre-break') act('start');
      }
      if (app.runtime.state.activeBreak && clock.now() - app.runtime.state.activeBreak.startedAt >= MINUTE) {
        expect((await dispatchInvoke(app.handlers, 'break:complete', {})).ok).toBe(true);
        guided.push({ at: clock.now(), date: localMoment(clock.now(), clock.timeZone()).date });
      }
    }
  };

  const reminders = (kind: NotificationKind) => shown.filter((s) => s.kind === kind && s.variant !== 'pre-break');

  /** Never two reminders of a kind closer than `gap` in real time. */
  const expectNoBurst = (kind: NotificationKind, gap: number) => {
    const times = reminders(kind).map((s) => s.real);
    const closest = Math.min(...times.slice(1).map((t, i) => t - (times[i] as number)));
    expect(
      closest,
      `${kind} reminders ${times.map((t) => t / MINUTE).join(', ')} (real minutes)`,
    ).toBeGreaterThanOrEqual(gap);
  };

  /** The stats place each guided break on the local date the user took it on; settings untouched. */
  const expectHistoryAndSettings = () => {
    expect(fs.readFileSync(settingsFilePath(dir())).equals(settingsBytes)).toBe(true);
    const expected = new Map<string, number>();
    for (const { date } of guided) expected.set(date, (expected.get(date) ?? 0) + 1);
    const dates = [...expected.keys()].sort();
    const fresh = new EventLog({ dataDir: dir(), deviceId: 'clock-pc', logger: createMemoryLogger() });
    const days = new StatsService(fresh, createMemoryLogger()).days(dates[0] as string, dates.at(-1) as string);
    const actual = new Map(days.filter((d) => d.movement.guided > 0).map((d) => [d.date, d.movement.guided]));
    expect(actual).toEqual(expected);
    // The daily reminder: at most once per local date.
    const daily = reminders('home-program').map((s) => localMoment(s.at, s.zone).date);
    expect(new Set(daily).size).toBe(daily.length);
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  };

  return {
    app,
    clock,
    power,
    live,
    reminders,
    expectNoBurst,
    expectHistoryAndSettings,
    guided,
    stop: () => app.stop(),
  };
}

describe('clock abuse', () => {
  it('set back a day: no burst, no setting changed, breaks stay on their local dates', async () => {
    const s = await session('2026-03-02T08:00:00Z', 'Europe/Berlin');
    await s.live(120);
    const before = s.reminders('movement').length;
    s.clock.jumpTo(s.clock.now() - DAY);
    await s.live(180);
    s.expectNoBurst('movement', INTERVAL);
    s.expectNoBurst('posture', POSTURE_INTERVAL);
    expect(s.reminders('movement').length - before).toBeLessThanOrEqual(Math.ceil((180 * MINUTE) / INTERVAL));
    s.expectHistoryAndSettings();
    s.stop();
  });

  // The coarse tick runs on elapsed time (Clock.setDelay): after the clock is set back it still
  // fires, and the engine's set-back handling (catchClockJumps/shiftTimes) moves the deadlines.
  it('set back a day: reminders go on within an interval', async () => {
    const s = await session('2026-03-02T08:00:00Z', 'Europe/Berlin');
    await s.live(120);
    const before = s.reminders('movement').length;
    const wakeUps = s.app.wakeUps;
    s.clock.jumpTo(s.clock.now() - DAY);
    await s.live(180);
    try {
      expect(s.app.wakeUps - wakeUps, 'no timer fired in 3 hours').toBeGreaterThan(0);
      expect(s.reminders('movement').length - before).toBeGreaterThanOrEqual(2);
    } finally {
      s.stop();
    }
  });

  it('set forward a year: one return, then the usual rhythm', async () => {
    const s = await session('2026-03-02T08:00:00Z', 'Europe/Berlin');
    await s.live(120);
    const before = s.reminders('movement').length;
    s.clock.jumpTo(s.clock.now() + 365 * DAY);
    await s.live(180);
    s.expectNoBurst('movement', INTERVAL);
    s.expectNoBurst('posture', POSTURE_INTERVAL);
    const after = s.reminders('movement').length - before;
    expect(after).toBeLessThanOrEqual(Math.ceil((180 * MINUTE) / INTERVAL));
    expect(after).toBeGreaterThanOrEqual(2);
    expect(new Set(s.guided.map((g) => g.date.slice(0, 4)))).toEqual(new Set(['2026', '2027']));
    s.expectHistoryAndSettings();
    s.stop();
  });

  it('asleep over a weekend across the month end: the last day of the month keeps its breaks', async () => {
    // The day's activity record is written when the laptop wakes, into February's file.
    const s = await session('2026-01-30T08:00:00Z', 'Europe/Berlin'); // a Friday
    await s.live(180);
    s.power.emit('suspend');
    s.clock.jumpTo(Date.parse('2026-02-02T07:55:00Z')); // Monday morning
    s.power.emit('resume');
    await s.live(120);
    expect(new Set(s.guided.map((g) => g.date))).toEqual(new Set(['2026-01-30', '2026-02-02']));
    s.expectHistoryAndSettings();
    s.stop();
  });

  it('time zones around the world within a day: no burst, each break on its local date', async () => {
    const s = await session('2026-03-02T06:00:00Z', 'Europe/Berlin');
    for (const zone of ['Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Auckland', 'UTC']) {
      s.clock.setTimeZone(zone);
      await s.live(3 * 60);
    }
    s.expectNoBurst('movement', INTERVAL);
    s.expectNoBurst('posture', POSTURE_INTERVAL);
    expect(s.reminders('movement').length).toBeLessThanOrEqual(Math.ceil((15 * HOUR) / INTERVAL));
    expect(s.reminders('movement').length).toBeGreaterThanOrEqual(12);
    // Auckland's hours (15:00-18:00 UTC) are already 3 March there.
    expect(new Set(s.guided.map((g) => g.date))).toEqual(new Set(['2026-03-02', '2026-03-03']));
    s.expectHistoryAndSettings();
    s.stop();
  });
});
