import { describe, expect, it } from 'vitest';
import { nextWakeAt, upcomingReminders } from '@shared/scheduling/engine';
import { EngineSim, MINUTE, MOVEMENT_ONLY } from '../../helpers/engine-harness';

const due = () => new EngineSim({ settings: MOVEMENT_ONLY }).run(50 * MINUTE);
/** A due break snoozed for 10 minutes twice, the default limit, and back again. */
const snoozedTwice = () => {
  const sim = due();
  for (let i = 0; i < 2; i++) {
    sim.send({ type: 'snooze', minutes: 10 });
    sim.run(10 * MINUTE);
  }
  return sim;
};

describe('taking a break', () => {
  it('starts from the reminder with its break id, opens the break window and names the exercise', () => {
    const sim = due();
    const breakId = sim.last().breakId;
    sim.send({ type: 'start-break', source: 'notification' });
    expect(sim.state.activeBreak).toMatchObject({ id: breakId, source: 'notification' });
    expect(sim.state.activeBreak?.items).toEqual([
      { exerciseId: 'seated-cat-cow', dose: { perSide: false, repetitions: 8 } },
    ]);
    expect(sim.state.activeBreak?.endsAt).toBe(sim.now + 3 * MINUTE);
    expect(sim.windows()).toEqual(['open-window:break']);
    expect(sim.records('break-started')).toEqual([expect.objectContaining({ breakId, source: 'notification' })]);
  });

  it('Done completes it, closes the window and restarts the interval from now', () => {
    const sim = due();
    sim.send({ type: 'start-break', source: 'notification' });
    sim.run(90_000);
    sim.send({ type: 'complete-break' });
    expect(sim.state.activeBreak).toBeNull();
    expect(sim.windows()).toEqual(['open-window:break', 'close-window:break']);
    expect(sim.records('break-completed')).toEqual([expect.objectContaining({ durationSeconds: 90, endedBy: 'user' })]);
    expect(upcomingReminders(sim.state, sim.ctx())).toEqual([{ kind: 'movement', at: sim.now + 50 * MINUTE }]);
  });

  it('a break left running completes by itself at its end', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.send({ type: 'start-break', source: 'tray' });
    expect(nextWakeAt(sim.state, sim.ctx())).toBe(sim.now + 3 * MINUTE);
    sim.run(3 * MINUTE);
    expect(sim.state.activeBreak).toBeNull();
    expect(sim.records('break-completed')).toEqual([
      expect.objectContaining({ endedBy: 'timer', durationSeconds: 180 }),
    ]);
  });

  it('closing the break window early records a skipped break and leaves the window closed', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.send({ type: 'start-break', source: 'dashboard' });
    sim.send({ type: 'close-break' });
    expect(sim.records().map((r) => r.type)).toEqual(['break-started', 'break-skipped']);
    expect(sim.windows()).toEqual(['open-window:break']);
  });

  it('starting twice only brings the break window back', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.send({ type: 'start-break', source: 'tray' });
    const first = sim.state.activeBreak;
    sim.send({ type: 'start-break', source: 'tray' });
    expect(sim.state.activeBreak).toBe(first);
    expect(sim.windows()).toEqual(['open-window:break', 'open-window:break']);
  });

  it('refuses to complete when no break runs', () => {
    const sim = new EngineSim();
    const before = sim.state;
    expect(sim.send({ type: 'complete-break' }).rejected).toMatch(/no break/);
    expect(sim.state).toBe(before);
  });

  it('a guided break also resets the posture timer: the user stood up', () => {
    const sim = new EngineSim({ settings: { movement: { preBreakNoticeSeconds: 0 } } }).run(20 * MINUTE);
    sim.send({ type: 'start-break', source: 'tray' });
    sim.run(3 * MINUTE);
    expect(upcomingReminders(sim.state, sim.ctx()).find((r) => r.kind === 'posture')?.at).toBe(sim.now + 25 * MINUTE);
  });
});

describe('snooze', () => {
  it('brings the same break back after the snooze', () => {
    const sim = due();
    const breakId = sim.last().breakId;
    sim.send({ type: 'snooze', minutes: 10 });
    expect(sim.records('break-snoozed')).toEqual([expect.objectContaining({ breakId, minutes: 10 })]);
    sim.run(10 * MINUTE - 1);
    expect(sim.notifications()).toHaveLength(1);
    sim.run(1);
    expect(sim.notifications().map((n) => n.breakId)).toEqual([breakId, breakId]);
  });

  it('with nothing shown, pushes the next break back (5 minutes from the tray)', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(20 * MINUTE);
    sim.send({ type: 'snooze', minutes: 5 });
    expect(upcomingReminders(sim.state, sim.ctx())[0]?.at).toBe(sim.now + 35 * MINUTE);
  });

  it('a snoozed break comes back without a second heads-up', () => {
    const sim = new EngineSim({ settings: { posture: { enabled: false } } }).run(50 * MINUTE);
    sim.send({ type: 'snooze', minutes: 10 });
    sim.run(10 * MINUTE);
    expect(sim.timeline()).toEqual(['movement/pre-break@09:49', 'movement/reminder@09:50', 'movement/reminder@10:00']);
  });

  it('is limited to two per break by default; the third reminder offers no Snooze', () => {
    const sim = snoozedTwice();
    expect(sim.last().actions.map((a) => a.id)).toEqual(['start', 'skip']);
    expect(sim.send({ type: 'snooze', minutes: 10 }).rejected).toMatch(/snoozed as often as allowed/);
  });

  it('the limit starts over with the next break', () => {
    const sim = snoozedTwice();
    sim.send({ type: 'start-break', source: 'notification' });
    sim.send({ type: 'complete-break' });
    sim.run(50 * MINUTE);
    expect(sim.last().actions.map((a) => a.id)).toContain('snooze');
  });

  it('is refused during a break and while paused', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.send({ type: 'start-break', source: 'tray' });
    expect(sim.send({ type: 'snooze', minutes: 10 }).rejected).toMatch(/break is in progress/);
    sim.send({ type: 'complete-break' });
    sim.send({ type: 'pause', length: { minutes: 60 } });
    expect(sim.send({ type: 'snooze', minutes: 10 }).rejected).toMatch(/paused/);
  });
});

describe('skip', () => {
  it('records the skipped break and restarts the interval', () => {
    const sim = due();
    sim.send({ type: 'skip' });
    expect(sim.records('break-skipped')).toEqual([
      expect.objectContaining({ reason: 'user', breakId: sim.last().breakId }),
    ]);
    expect(upcomingReminders(sim.state, sim.ctx())[0]?.at).toBe(sim.now + 50 * MINUTE);
  });

  it('is limited to two in a row: the third reminder offers no Skip', () => {
    const sim = due();
    sim.send({ type: 'skip' });
    sim.run(50 * MINUTE);
    sim.send({ type: 'skip' });
    sim.run(50 * MINUTE);
    expect(sim.last().actions.map((a) => a.id)).toEqual(['start', 'snooze']);
    expect(sim.send({ type: 'skip' }).rejected).toMatch(/too many breaks skipped in a row/);
  });

  it('a break taken resets the count of skips in a row', () => {
    const sim = due();
    sim.send({ type: 'skip' });
    sim.run(50 * MINUTE);
    sim.send({ type: 'skip' });
    sim.send({ type: 'start-break', source: 'tray' });
    sim.send({ type: 'complete-break' });
    sim.run(50 * MINUTE);
    expect(sim.last().actions.map((a) => a.id)).toContain('skip');
  });

  it('from the pre-break notice skips the coming break before it is shown', () => {
    const sim = new EngineSim({ settings: { posture: { enabled: false } } }).run(49 * MINUTE + 45_000);
    const notice = sim.last();
    sim.send({ type: 'skip' });
    sim.run(MINUTE);
    expect(sim.notifications()).toHaveLength(1);
    expect(sim.records('break-skipped')[0]).toMatchObject({ breakId: notice.breakId });
  });
});

describe('strict mode', () => {
  it('offers neither Snooze nor Skip and refuses both', () => {
    const sim = new EngineSim({ settings: { ...MOVEMENT_ONLY, breakRules: { strict: true } } }).run(50 * MINUTE);
    expect(sim.last().actions.map((a) => a.id)).toEqual(['start']);
    expect(sim.send({ type: 'snooze', minutes: 10 }).rejected).toMatch(/strict/);
    expect(sim.send({ type: 'skip' }).rejected).toMatch(/strict/);
  });
});
