import { describe, expect, it } from 'vitest';
import { scheduleStatus, upcomingReminders } from '@shared/scheduling/engine';
import { nextWorkingStart, workingOverlapMs } from '@shared/scheduling/working-hours';
import type { SettingsPatch } from '@shared/settings-schema';
import { EngineSim, HOUR, MINUTE, MOVEMENT_ONLY } from '../../helpers/engine-harness';

const SPLIT_DAY = [
  { start: '09:00', end: '12:30' },
  { start: '13:30', end: '17:30' },
];
const WORKING: SettingsPatch = {
  ...MOVEMENT_ONLY,
  workingHours: {
    enabled: true,
    days: { mon: SPLIT_DAY, tue: SPLIT_DAY, wed: SPLIT_DAY, thu: SPLIT_DAY, fri: SPLIT_DAY, sat: [], sun: [] },
  },
};

describe('working hours', () => {
  it('nothing fires outside them, and the status says when reminders resume', () => {
    const sim = new EngineSim({ start: '2026-03-02T07:00:00+01:00', settings: WORKING }).run(MINUTE);
    expect(scheduleStatus(sim.state)).toBe('outside-hours');
    expect(nextWorkingStart(sim.now, sim.settings.workingHours, sim.zone)).toBe(
      Date.parse('2026-03-02T09:00:00+01:00'),
    );
    sim.run(2 * HOUR - MINUTE);
    expect(sim.notifications()).toHaveLength(0);
  });

  it('a fresh countdown starts with working time', () => {
    const sim = new EngineSim({ start: '2026-03-02T07:00:00+01:00', settings: WORKING }).runUntil(
      '2026-03-02T09:50:00+01:00',
    );
    expect(scheduleStatus(sim.state)).toBe('running');
    expect(sim.timeline()).toEqual(['movement/reminder@09:50']);
  });

  it('several ranges a day: lunch is free of reminders and the afternoon starts fresh', () => {
    const sim = new EngineSim({ settings: WORKING }).runUntil('2026-03-02T15:00:00+01:00');
    expect(sim.timeline()).toEqual([
      'movement/reminder@09:50',
      'movement/reminder@10:40',
      'movement/reminder@11:30',
      'movement/reminder@12:20',
      'movement/reminder@14:20',
    ]);
  });

  it('the last minutes of a range fire nothing that falls due after its end', () => {
    const sim = new EngineSim({ start: '2026-03-02T16:50:00+01:00', settings: WORKING }).runUntil(
      '2026-03-02T23:00:00+01:00',
    );
    expect(sim.notifications()).toHaveLength(0);
    expect(scheduleStatus(sim.state)).toBe('outside-hours');
  });

  it('a weekend without ranges stays quiet until Monday 09:00', () => {
    const sim = new EngineSim({ start: '2026-03-07T10:00:00+01:00', settings: WORKING }).runUntil(
      '2026-03-09T09:49:00+01:00',
    );
    expect(sim.notifications()).toHaveLength(0);
    sim.run(MINUTE);
    expect(sim.timeline()).toEqual(['movement/reminder@09:50']);
  });

  it('a reminder shown before the end of a range is dropped after it, not carried into the evening', () => {
    const sim = new EngineSim({ start: '2026-03-02T16:30:00+01:00', settings: WORKING }).runUntil(
      '2026-03-02T17:25:00+01:00',
    );
    expect(sim.notifications()).toHaveLength(1);
    sim.runUntil('2026-03-02T17:31:00+01:00');
    expect(sim.state.intervals.movement.pendingBreakId).toBeNull();
  });
});

describe('pause', () => {
  it.each([
    [30, '10:00'],
    [60, '10:30'],
    [120, '11:30'],
  ])('for %i minutes resumes by itself at %s with a fresh interval', (minutes, resumesAt) => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE);
    sim.send({ type: 'pause', length: { minutes } });
    expect(scheduleStatus(sim.state)).toBe('paused');
    expect(upcomingReminders(sim.state, sim.ctx())).toEqual([]);
    sim.run(minutes * MINUTE);
    expect(scheduleStatus(sim.state)).toBe('running');
    expect(sim.records('resumed')).toEqual([expect.objectContaining({ automatic: true })]);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: sim.zone, hour: '2-digit', minute: '2-digit' }).format(
        sim.state.intervals.movement.anchorAt,
      ),
    ).toBe(resumesAt);
    expect(sim.notifications()).toHaveLength(0);
  });

  it('until tomorrow crosses midnight and resumes at the next working start', () => {
    const sim = new EngineSim({ start: '2026-03-02T16:00:00+01:00', settings: WORKING });
    sim.send({ type: 'pause', length: { until: 'tomorrow' } });
    expect(sim.state.paused?.until).toBe(Date.parse('2026-03-03T09:00:00+01:00'));
    sim.runUntil('2026-03-03T09:49:00+01:00');
    expect(sim.notifications()).toHaveLength(0);
    sim.run(MINUTE);
    expect(sim.timeline()).toEqual(['movement/reminder@09:50']);
  });

  it('until tomorrow without working hours resumes at local midnight', () => {
    const sim = new EngineSim({ start: '2026-03-02T16:00:00+01:00', settings: MOVEMENT_ONLY });
    sim.send({ type: 'pause', length: { until: 'tomorrow' } });
    expect(sim.state.paused?.until).toBe(Date.parse('2026-03-03T00:00:00+01:00'));
  });

  it('indefinitely waits for Resume, which restarts the countdown', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.send({ type: 'pause', length: { until: 'resumed' } });
    expect(sim.records('paused')).toEqual([expect.objectContaining({ until: null })]);
    sim.run(10 * HOUR);
    expect(sim.notifications()).toHaveLength(0);
    sim.send({ type: 'resume' });
    expect(sim.records('resumed')).toEqual([expect.objectContaining({ automatic: false })]);
    sim.run(50 * MINUTE);
    expect(sim.notifications()).toHaveLength(1);
  });

  it('resume when not paused is refused', () => {
    expect(new EngineSim().send({ type: 'resume' }).rejected).toMatch(/not paused/);
  });

  it('pausing drops a reminder that was waiting', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(50 * MINUTE);
    sim.send({ type: 'pause', length: { minutes: 30 } });
    expect(sim.state.intervals.movement.pendingBreakId).toBeNull();
  });
});

describe('working hours and the heads-up', () => {
  it('no heads-up for a break that would fall due after the range ends', () => {
    const sim = new EngineSim({
      start: '2026-03-02T16:40:00+01:00',
      settings: { ...WORKING, movement: { preBreakNoticeSeconds: 30 } },
    });
    sim.runUntil('2026-03-02T18:00:00+01:00');
    expect(sim.notifications({ kind: 'movement' })).toEqual([]);
  });

  it('time away over lunch, outside working hours, is no break taken', () => {
    const sim = new EngineSim({ settings: WORKING }).runUntil('2026-03-02T12:30:00+01:00').away();
    sim.runUntil('2026-03-02T13:30:30+01:00').back();
    expect(sim.records('break-completed')).toEqual([]);
  });
});

describe('workingOverlapMs', () => {
  const hours = { enabled: true, days: { ...WORKING.workingHours!.days! } } as Parameters<typeof workingOverlapMs>[2];
  const at = (iso: string) => Date.parse(iso);
  it('sums the working time inside an interval, across ranges and days', () => {
    expect(
      workingOverlapMs(at('2026-03-02T12:00:00+01:00'), at('2026-03-02T14:00:00+01:00'), hours, 'Europe/Berlin'),
    ).toBe(60 * MINUTE);
    expect(
      workingOverlapMs(at('2026-03-06T17:00:00+01:00'), at('2026-03-09T09:30:00+01:00'), hours, 'Europe/Berlin'),
    ).toBe(60 * MINUTE);
  });
  it('is the whole interval when working hours are off', () => {
    expect(workingOverlapMs(0, HOUR, { ...hours, enabled: false }, 'UTC')).toBe(HOUR);
  });
});
