import { describe, expect, it } from 'vitest';
import { upcomingReminders } from '@shared/scheduling/engine';
import { EngineSim, HOUR, MINUTE, MOVEMENT_ONLY, SECOND } from '../../helpers/engine-harness';

const nextMovement = (sim: EngineSim) => upcomingReminders(sim.state, sim.ctx()).find((r) => r.kind === 'movement')?.at;

describe('natural breaks from idle time', () => {
  it('away as long as a break counts as a natural break taken, and the timer restarts on return', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE).awayFor(5 * MINUTE);
    expect(sim.records('break-completed')).toEqual([expect.objectContaining({ endedBy: 'natural', kind: 'movement' })]);
    expect(nextMovement(sim)).toBe(sim.now + 50 * MINUTE);
    sim.run(49 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
  });

  it('a short absence is not a break: the countdown carries on', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE).awayFor(2 * MINUTE);
    expect(sim.records('break-completed')).toEqual([]);
    expect(nextMovement(sim)).toBe(Date.parse('2026-03-02T09:50:00+01:00'));
  });

  it('credits a reminder that was waiting when the user got up', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(50 * MINUTE);
    const breakId = sim.last().breakId;
    sim.awayFor(4 * MINUTE);
    expect(sim.records('break-completed')).toEqual([expect.objectContaining({ breakId, endedBy: 'natural' })]);
  });

  it('holds a reminder while the user is away, then waits a minute after they return', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY })
      .run(49 * MINUTE)
      .away()
      .run(2 * MINUTE);
    expect(sim.notifications()).toHaveLength(0); // due at 09:50, but nobody is there
    sim.back();
    sim.run(59 * SECOND);
    expect(sim.notifications()).toHaveLength(0);
    sim.run(SECOND);
    expect(sim.timeline()).toEqual(['movement/reminder@09:52']);
  });

  it('never fires within the first minute after a return, even when due exactly then', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY })
      .run(48 * MINUTE)
      .away()
      .run(150 * SECOND);
    sim.back();
    const returnedAt = sim.now;
    sim.run(2 * MINUTE);
    expect(sim.notifications()).toHaveLength(1);
    expect(sim.notifications()[0]?.at).toBe(returnedAt + MINUTE);
  });

  it('an away posture reset needs two minutes away, not the 20-second nudge', () => {
    const sim = new EngineSim({ settings: { movement: { enabled: false } } }).run(20 * MINUTE);
    sim.awayFor(90 * SECOND);
    expect(upcomingReminders(sim.state, sim.ctx())[0]?.at).toBe(Date.parse('2026-03-02T09:25:00+01:00'));
    sim.awayFor(3 * MINUTE);
    expect(upcomingReminders(sim.state, sim.ctx())[0]?.at).toBe(sim.now + 25 * MINUTE);
  });

  it('unknown idle time (no idle source) changes nothing', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE);
    sim.send({ type: 'tick', idleSeconds: null, busy: false });
    expect(sim.state.activity.awaySince).toBeNull();
  });
});

describe('sleep, hibernate and lock', () => {
  it('sleep mid-interval longer than a break counts as one, and nothing fires on wake', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(40 * MINUTE).sleep(20 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
    expect(sim.records('break-completed')).toEqual([
      expect.objectContaining({ endedBy: 'natural', durationSeconds: 1200 }),
    ]);
    expect(nextMovement(sim)).toBe(sim.now + 50 * MINUTE);
  });

  it('hibernating 8 hours fires no backlog of missed reminders', () => {
    const sim = new EngineSim().run(30 * MINUTE);
    const before = sim.notifications().length;
    sim.sleep(8 * HOUR).run(MINUTE);
    expect(sim.notifications()).toHaveLength(before);
    sim.run(50 * MINUTE);
    expect(sim.notifications({ kind: 'movement', variant: 'reminder' })).toHaveLength(1);
  });

  it('a short sleep keeps the countdown; the reminder waits out the minute after waking', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(49 * MINUTE).sleep(2 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
    sim.run(MINUTE);
    expect(sim.timeline()).toEqual(['movement/reminder@09:52']);
  });

  it('a break interrupted by sleep ends cleanly instead of a countdown stuck in the past', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.send({ type: 'start-break', source: 'tray' });
    sim.run(MINUTE).sleep(30 * MINUTE);
    expect(sim.state.activeBreak).toBeNull();
    expect(sim.records('break-completed')).toEqual([
      expect.objectContaining({ endedBy: 'timer', durationSeconds: 180 }),
    ]);
    expect(sim.windows()).toEqual(['open-window:break', 'close-window:break']);
  });

  it('a break interrupted by a short sleep carries on to its end', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.send({ type: 'start-break', source: 'tray' });
    sim.sleep(MINUTE);
    expect(sim.state.activeBreak).not.toBeNull();
    sim.run(2 * MINUTE);
    expect(sim.state.activeBreak).toBeNull();
  });

  it('locking the screen for 3 minutes is a natural movement break', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE).sleep(3 * MINUTE, 'lock');
    expect(sim.records('break-completed')).toEqual([
      expect.objectContaining({ endedBy: 'natural', durationSeconds: 180 }),
    ]);
    expect(nextMovement(sim)).toBe(sim.now + 50 * MINUTE);
  });

  it('a lock of one minute is not a break', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE).sleep(MINUTE, 'lock');
    expect(sim.records('break-completed')).toEqual([]);
  });

  it('sleep without a suspend event is caught by the gap between ticks', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE).jumpClock(2 * HOUR);
    expect(sim.notifications()).toHaveLength(0);
    expect(sim.records('break-completed')).toHaveLength(1);
    expect(nextMovement(sim)).toBe(sim.now + 50 * MINUTE);
  });
});

describe('clock changes', () => {
  it('the clock set back 2 hours keeps the remaining time and fires no burst', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE);
    sim.jumpClock(-2 * HOUR);
    expect(nextMovement(sim)).toBe(sim.now + 20 * MINUTE);
    sim.run(20 * MINUTE);
    expect(sim.notifications()).toHaveLength(1);
  });

  it('the clock set forward a year fires one reminder cycle, not a year of them', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE).jumpClock(365 * 24 * HOUR);
    sim.run(2 * HOUR);
    expect(sim.notifications().length).toBeLessThanOrEqual(3);
  });
});
