import { describe, expect, it } from 'vitest';
import { upcomingReminders } from '@shared/scheduling/engine';
import { EngineSim, HOUR, MINUTE, MOVEMENT_ONLY } from '../../helpers/engine-harness';

const minutes = (ms: number) => Math.round(ms / MINUTE);

describe('sitting metrics', () => {
  it('measure the stretch since the last real break and the longest of the day', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(80 * MINUTE);
    sim.send({ type: 'start-break', source: 'tray' });
    sim.run(3 * MINUTE);
    sim.run(30 * MINUTE);
    expect(minutes(sim.state.activity.longestSittingMs)).toBe(80);
    expect(minutes(sim.now - sim.state.activity.sittingSince)).toBe(30);
  });

  it('a natural break ends the sitting stretch too', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY })
      .run(40 * MINUTE)
      .awayFor(5 * MINUTE)
      .run(10 * MINUTE);
    expect(minutes(sim.state.activity.longestSittingMs)).toBe(40);
    expect(minutes(sim.now - sim.state.activity.sittingSince)).toBe(10);
  });

  it('count sitting time for the day and start again the next day', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(2 * HOUR);
    expect(minutes(sim.state.activity.sittingTodayMs)).toBe(120);
    sim.sleep(22 * HOUR).run(10 * MINUTE);
    expect(sim.state.activity.day).toBe('2026-03-03');
    expect(minutes(sim.state.activity.sittingTodayMs)).toBe(10);
  });

  it('warn once when the optional daily limit is reached', () => {
    const sim = new EngineSim({
      settings: { ...MOVEMENT_ONLY, movement: { enabled: false }, sitting: { dailyLimitMinutes: 60 } },
    });
    sim.run(3 * HOUR);
    expect(sim.notifications({ kind: 'sitting' })).toHaveLength(1);
    expect(sim.last().at).toBe(Date.parse('2026-03-02T10:00:00+01:00'));
    expect(sim.last().body).toContain('over 1 hour today');
  });

  it("log the day's activity every hour and once more when the day ends", () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(2 * HOUR + MINUTE);
    expect(sim.records('day-activity')).toEqual([
      expect.objectContaining({ date: '2026-03-02', activeMinutes: 60, longestSittingMinutes: 60 }),
      expect.objectContaining({ date: '2026-03-02', activeMinutes: 120 }),
    ]);
    sim.sleep(20 * HOUR).run(MINUTE);
    const last = sim.records('day-activity').at(-1);
    expect(last).toMatchObject({ date: '2026-03-02', activeMinutes: 121 });
  });

  it('no limit, no warning', () => {
    const sim = new EngineSim({ settings: { ...MOVEMENT_ONLY, movement: { enabled: false } } }).run(10 * HOUR);
    expect(sim.notifications({ kind: 'sitting' })).toHaveLength(0);
  });
});

describe('settings changes apply at once, restarting nothing needlessly', () => {
  it('a shorter interval applies to the running countdown from its start', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY })
      .run(20 * MINUTE)
      .changeSettings({ movement: { intervalSeconds: 30 * 60 } });
    expect(upcomingReminders(sim.state, sim.ctx())[0]?.at).toBe(sim.now + 10 * MINUTE);
  });

  it('an interval shorter than the time already sat falls due once, now', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY })
      .run(40 * MINUTE)
      .changeSettings({ movement: { intervalSeconds: 30 * 60 } });
    sim.run(MINUTE);
    expect(sim.notifications()).toHaveLength(1);
  });

  it('a change to another setting leaves the countdown untouched', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(20 * MINUTE);
    const timers = sim.state.intervals;
    sim.changeSettings({ breakRules: { snoozeMinutes: 5 } });
    expect(sim.state.intervals).toBe(timers);
  });

  it('a snoozed reminder keeps its own deadline when the interval changes', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(50 * MINUTE);
    sim.send({ type: 'snooze', minutes: 10 });
    const snoozedUntil = sim.state.intervals.movement.dueAt;
    sim.changeSettings({ movement: { intervalSeconds: 20 * 60 } });
    expect(sim.state.intervals.movement.dueAt).toBe(snoozedUntil);
  });

  it('turning posture checks on starts their countdown from now', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY })
      .run(40 * MINUTE)
      .changeSettings({ posture: { enabled: true } });
    expect(upcomingReminders(sim.state, sim.ctx()).find((r) => r.kind === 'posture')?.at).toBe(sim.now + 25 * MINUTE);
  });

  it('switching to the sit-stand rhythm starts it with sitting', () => {
    const sim = new EngineSim({ settings: { movement: { enabled: false } } })
      .run(10 * MINUTE)
      .changeSettings({ posture: { mode: 'sit-stand' } });
    sim.run(20 * MINUTE);
    expect(sim.timeline()).toEqual(['posture/stand@09:30']);
  });

  it('turning notifications off makes the break window the reliable path', () => {
    const sim = new EngineSim({ settings: { ...MOVEMENT_ONLY, notifications: { enabled: false } } }).run(50 * MINUTE);
    expect(sim.windows()).toEqual(['open-window:break']);
  });
});
