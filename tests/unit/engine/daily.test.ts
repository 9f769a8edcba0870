import { describe, expect, it } from 'vitest';
import { upcomingReminders } from '@shared/scheduling/engine';
import { walkMinutes } from '@shared/scheduling/walk-plan';
import { doseSeconds } from '@shared/program/progression';
import type { SettingsPatch } from '@shared/settings-schema';
import { FLOOR_IDS } from '../../helpers/catalogue-ids';
import { EngineSim, HOUR, MINUTE, localHHMM } from '../../helpers/engine-harness';

const HOME_ONLY: SettingsPatch = {
  posture: { enabled: false },
  movement: { enabled: false },
  homeProgram: { enabled: true },
};
const WALK_ONLY: SettingsPatch = { posture: { enabled: false }, movement: { enabled: false }, walk: { enabled: true } };

describe('home program', () => {
  it('is off by default', () => {
    const sim = new EngineSim({ settings: { posture: { enabled: false }, movement: { enabled: false } } }).run(
      24 * HOUR,
    );
    expect(sim.notifications()).toHaveLength(0);
  });

  it('reminds at 18:30 on weekdays, once a day, and not at weekends', () => {
    const sim = new EngineSim({ settings: HOME_ONLY }).runUntil('2026-03-09T09:00:00+01:00');
    const dates = sim.notifications().map((n) => new Date(n.at).toISOString());
    expect(dates).toEqual([
      '2026-03-02T17:30:00.000Z',
      '2026-03-03T17:30:00.000Z',
      '2026-03-04T17:30:00.000Z',
      '2026-03-05T17:30:00.000Z',
      '2026-03-06T17:30:00.000Z',
    ]);
    expect(sim.last()).toMatchObject({ kind: 'home-program', title: 'Your home program' });
    expect(sim.last().body).toContain('15 minutes');
  });

  it('Start opens the floor routine, as long as it takes', () => {
    const sim = new EngineSim({ settings: HOME_ONLY }).runUntil('2026-03-02T18:30:00+01:00');
    sim.send({ type: 'start-break', source: 'notification', kind: 'home-program' });
    const items = sim.state.activeBreak?.items ?? [];
    expect(sim.state.activeBreak?.kind).toBe('home-program');
    expect(items.map((i) => i.exerciseId)).toEqual(FLOOR_IDS);
    // As long as the routine takes (every dose at its starting value here), at least five minutes.
    const routineSeconds = items.reduce((sum, i) => sum + doseSeconds(i.dose), 0);
    expect(sim.state.activeBreak!.endsAt - sim.now).toBe(Math.max(5 * MINUTE, routineSeconds * 1000));
  });

  it('snoozed, it comes back with the same break id', () => {
    const sim = new EngineSim({ settings: HOME_ONLY }).runUntil('2026-03-02T18:30:00+01:00');
    const first = sim.last();
    sim.send({ type: 'snooze', minutes: 10, kind: 'home-program' });
    sim.run(10 * MINUTE);
    expect(sim.notifications().map((n) => n.breakId)).toEqual([first.breakId, first.breakId]);
    expect(localHHMM(sim.last().at, sim.zone)).toBe('18:40');
  });

  it('a machine that was off at 18:30 catches up within two hours, not later', () => {
    const late = new EngineSim({ start: '2026-03-02T19:45:00+01:00', settings: HOME_ONLY }).run(MINUTE);
    expect(late.notifications()).toHaveLength(1);
    const tooLate = new EngineSim({ start: '2026-03-02T21:00:00+01:00', settings: HOME_ONLY }).run(MINUTE);
    expect(tooLate.notifications()).toHaveLength(0);
  });
});

describe('walks', () => {
  it('remind on the chosen days at the chosen time with the planned minutes', () => {
    const sim = new EngineSim({ settings: WALK_ONLY }).runUntil('2026-03-09T00:00:00+01:00');
    expect(sim.notifications().map((n) => n.at)).toEqual([
      Date.parse('2026-03-03T12:30:00+01:00'),
      Date.parse('2026-03-05T12:30:00+01:00'),
    ]);
    expect(sim.last().body).toContain('10-minute walk');
  });

  it('progress: two more minutes for every four walks, up to 30', () => {
    expect([0, 3, 4, 8, 12, 100].map((n) => walkMinutes(10, n))).toEqual([10, 10, 12, 14, 16, 30]);
    const sim = new EngineSim({ settings: WALK_ONLY });
    for (let week = 0; week < 2; week++) {
      for (const day of ['03', '05']) {
        sim.runUntil(`2026-03-${String(Number(day) + week * 7).padStart(2, '0')}T12:31:00+01:00`);
        sim.send({ type: 'start-break', source: 'notification', kind: 'walk' });
        sim.run(20 * MINUTE);
      }
    }
    expect(sim.state.daily.walk.completed).toBe(4);
    sim.runUntil('2026-03-17T12:30:00+01:00');
    expect(sim.last().body).toContain('12-minute walk');
  });
});

describe('daylight saving time and time zones', () => {
  it('spring forward: 18:30 stays 18:30 local on both sides of the change', () => {
    const sim = new EngineSim({ start: '2026-03-26T09:00:00+01:00', settings: HOME_ONLY }).runUntil(
      '2026-03-31T09:00:00+02:00',
    );
    expect(sim.notifications().map((n) => localHHMM(n.at, sim.zone))).toEqual(['18:30', '18:30', '18:30']); // Thu, Fri, Mon
  });

  it('fall back: a reminder at 02:30, a time that happens twice, fires once', () => {
    const sim = new EngineSim({
      start: '2026-10-24T12:00:00+02:00',
      settings: { ...HOME_ONLY, homeProgram: { enabled: true, time: '02:30', days: ['sun'] } },
    }).runUntil('2026-10-25T06:00:00+01:00');
    expect(sim.notifications()).toHaveLength(1);
  });

  it('spring forward: a reminder at 02:30, a time that does not exist, fires once, at 03:30', () => {
    const sim = new EngineSim({
      start: '2026-03-28T12:00:00+01:00',
      settings: { ...HOME_ONLY, homeProgram: { enabled: true, time: '02:30', days: ['sun'] } },
    }).runUntil('2026-03-29T08:00:00+02:00');
    expect(sim.notifications().map((n) => localHHMM(n.at, sim.zone))).toEqual(['03:30']);
  });

  it('movement intervals are real minutes across a DST change, with no jump or burst', () => {
    const sim = new EngineSim({
      start: '2026-03-29T01:30:00+01:00',
      settings: { posture: { enabled: false }, movement: { preBreakNoticeSeconds: 0 } },
    }).run(100 * MINUTE);
    expect(sim.timeline()).toEqual(['movement/reminder@03:20', 'movement/reminder@04:10']);
  });

  it('a time-zone change of +9 hours fires no burst and moves no stored time', () => {
    const sim = new EngineSim({ settings: { ...HOME_ONLY, movement: { enabled: true, preBreakNoticeSeconds: 0 } } });
    sim.runUntil('2026-03-02T18:45:00+01:00');
    const before = sim.notifications().length;
    const stored = JSON.stringify(sim.settings);
    sim.zone = 'Asia/Tokyo'; // 18:45 in Berlin is 02:45 on Tuesday in Tokyo
    sim.run(MINUTE);
    expect(sim.notifications()).toHaveLength(before);
    sim.runUntil('2026-03-03T18:30:00+09:00');
    expect(sim.notifications({ kind: 'home-program' }).map((n) => localHHMM(n.at, 'Asia/Tokyo'))).toEqual([
      '02:30',
      '18:30',
    ]);
    expect(JSON.stringify(sim.settings)).toBe(stored);
    const nextHome = upcomingReminders(sim.state, sim.ctx()).find((r) => r.kind === 'home-program');
    expect(localHHMM(nextHome!.at, 'Asia/Tokyo')).toBe('18:30');
  });
});
