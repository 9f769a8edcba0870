import { describe, expect, it } from 'vitest';
import { nextWakeAt, scheduleStatus, upcomingReminders } from '@shared/scheduling/engine';
import { EngineSim, HOUR, MINUTE, MOVEMENT_ONLY, SECOND } from '../../helpers/engine-harness';

describe('movement reminders', () => {
  it('fall due 50 minutes after start by default, not a moment earlier', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    sim.run(50 * MINUTE - SECOND);
    expect(sim.notifications()).toHaveLength(0);
    sim.run(SECOND);
    expect(sim.timeline()).toEqual(['movement/reminder@09:50']);
    expect(sim.last().title).toBe('Time for a movement break');
    expect(sim.last().body).toContain('3 minutes');
    expect(sim.records().map((r) => r.type)).toEqual(['reminder-shown']);
  });

  it('offer Start, Snooze and Skip', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(50 * MINUTE);
    expect(sim.last().actions.map((a) => a.id)).toEqual(['start', 'snooze', 'skip']);
    expect(sim.last().actions[1]?.label).toBe('Snooze 10 min');
  });

  it('come back a full interval later as a new break when ignored', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(100 * MINUTE);
    const ids = sim.notifications().map((n) => n.breakId);
    expect(sim.timeline()).toEqual(['movement/reminder@09:50', 'movement/reminder@10:40']);
    expect(new Set(ids).size).toBe(2);
  });

  it('stay silent when switched off, and need no deadline then', () => {
    const sim = new EngineSim({ settings: { ...MOVEMENT_ONLY, movement: { enabled: false } } }).run(5 * HOUR);
    expect(sim.notifications()).toHaveLength(0);
    expect(nextWakeAt(sim.state, sim.ctx())).toBeNull();
  });

  it('rotate the exercise named in the reminder', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY });
    const bodies: string[] = [];
    for (let i = 0; i < 3; i++) {
      sim.run(50 * MINUTE);
      bodies.push(sim.last().body);
      sim.send({ type: 'start-break', source: 'notification' });
      sim.send({ type: 'complete-break' });
    }
    expect(new Set(bodies).size).toBe(3);
  });

  it('announce themselves 30 seconds ahead with Start now, Snooze and Skip, under the same break id', () => {
    const sim = new EngineSim({ settings: { posture: { enabled: false } } }).run(50 * MINUTE);
    const [notice, reminder] = sim.notifications();
    expect(notice).toMatchObject({ variant: 'pre-break', title: 'Movement break in 30 seconds' });
    expect(notice?.at).toBe(Date.parse('2026-03-02T09:49:30+01:00'));
    expect(notice?.actions.map((a) => a.label)).toEqual(['Start now', 'Snooze 10 min', 'Skip']);
    expect(reminder?.breakId).toBe(notice?.breakId);
  });

  it('starting from the pre-break notice takes that break and sends no reminder after it', () => {
    const sim = new EngineSim({ settings: { posture: { enabled: false } } }).run(49 * MINUTE + 40 * SECOND);
    const notice = sim.last();
    sim.send({ type: 'start-break', source: 'notification' });
    expect(sim.state.activeBreak?.id).toBe(notice.breakId);
    sim.run(2 * MINUTE);
    expect(sim.notifications()).toHaveLength(1);
  });
});

describe('posture checks', () => {
  it('nudge every 25 minutes with a rotating sitting cue and a Done button', () => {
    const sim = new EngineSim({ settings: { movement: { enabled: false } } }).run(75 * MINUTE);
    expect(sim.timeline()).toEqual(['posture/reminder@09:25', 'posture/reminder@09:50', 'posture/reminder@10:15']);
    const [a, b] = sim.notifications();
    expect(a?.title).toBe('Posture check');
    expect(a?.body).not.toBe(b?.body);
    expect(a?.actions).toEqual([{ id: 'ack', label: 'Done' }]);
  });

  it('fold into a movement break that is due at the same time', () => {
    const sim = new EngineSim({ settings: { movement: { preBreakNoticeSeconds: 0 } } }).run(50 * MINUTE);
    expect(sim.timeline()).toEqual(['posture/reminder@09:25', 'movement/reminder@09:50']);
    expect(upcomingReminders(sim.state, sim.ctx())[0]).toEqual({
      kind: 'posture',
      at: Date.parse('2026-03-02T10:15:00+01:00'),
    });
  });

  it('can be acknowledged, which the log records', () => {
    const sim = new EngineSim({ settings: { movement: { enabled: false } } }).run(25 * MINUTE);
    sim.send({ type: 'acknowledge', kind: 'posture', breakId: sim.last().breakId });
    expect(sim.records('reminder-acknowledged')).toEqual([
      expect.objectContaining({ kind: 'posture', breakId: sim.last().breakId }),
    ]);
  });

  it('give way to a sit-stand rhythm for standing desks: 20 sitting, 8 standing, 2 moving', () => {
    const sim = new EngineSim({ settings: { movement: { enabled: false }, posture: { mode: 'sit-stand' } } }).run(
      60 * MINUTE,
    );
    expect(sim.timeline()).toEqual([
      'posture/stand@09:20',
      'posture/move@09:28',
      'posture/sit@09:30',
      'posture/stand@09:50',
      'posture/move@09:58',
      'posture/sit@10:00',
    ]);
    expect(sim.notifications()[0]?.title).toBe('Time to stand');
  });
});

describe('status', () => {
  it('is running, then in-break during a break', () => {
    const sim = new EngineSim();
    expect(scheduleStatus(sim.state)).toBe('running');
    sim.send({ type: 'start-break', source: 'tray' });
    expect(scheduleStatus(sim.state)).toBe('in-break');
  });
});
