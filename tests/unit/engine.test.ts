import { describe, expect, it } from 'vitest';
import { nextWakeAt, scheduleStatus, upcomingReminders } from '@shared/scheduling/engine';
import { applySettingsPatch, DEFAULT_SETTINGS } from '@shared/settings-schema';
import { EngineHarness, MINUTE } from '../helpers/engine-harness';

describe('movement reminders', () => {
  it('falls due 50 minutes after start by default, not a moment earlier', () => {
    const h = new EngineHarness();
    h.tickAfter(49 * MINUTE + 59_000);
    expect(h.ofType('notify')).toHaveLength(0);
    h.tickAfter(1000);
    const [notify] = h.ofType('notify');
    expect(notify?.notification).toMatchObject({ kind: 'movement', title: 'Time for a movement break' });
    expect(notify?.notification.body).toContain('3 minutes');
    expect(h.recorded()).toEqual(['reminder-shown']);
  });

  it('offers Start and Snooze with the configured snooze length', () => {
    const h = new EngineHarness();
    h.tickAfter(50 * MINUTE);
    expect(h.ofType('notify')[0]?.notification.actions).toEqual([
      { id: 'start', label: 'Start stretch' },
      { id: 'snooze', label: 'Snooze 10 min' },
    ]);
  });

  it('fires one reminder after a long gap instead of a backlog', () => {
    const h = new EngineHarness();
    h.tickAfter(8 * 60 * MINUTE); // the machine slept all morning
    expect(h.ofType('notify')).toHaveLength(1);
    expect(upcomingReminders(h.state, h.settings)[0]?.at).toBe(h.now + 50 * MINUTE);
  });

  it('reminds again a full interval later when a reminder is ignored', () => {
    const h = new EngineHarness();
    h.tickAfter(50 * MINUTE);
    h.tickAfter(49 * MINUTE);
    expect(h.ofType('notify')).toHaveLength(1);
    h.tickAfter(MINUTE);
    const reminders = h.ofType('notify').map((n) => n.notification.breakId);
    expect(reminders).toHaveLength(2);
    expect(new Set(reminders).size).toBe(2); // a missed break and a new one
  });

  it('stays silent when movement breaks are switched off', () => {
    const h = new EngineHarness(undefined, applySettingsPatch(DEFAULT_SETTINGS, { movement: { enabled: false } }));
    h.tickAfter(5 * 60 * MINUTE);
    expect(h.ofType('notify')).toHaveLength(0);
    expect(nextWakeAt(h.state, h.settings)).toBeNull();
  });
});

describe('breaks', () => {
  it('starting after a reminder uses that break, opens the break window and records the exercise', () => {
    const h = new EngineHarness();
    h.tickAfter(50 * MINUTE);
    const breakId = h.ofType('notify')[0]?.notification.breakId;
    h.send({ type: 'start-break', source: 'notification' });
    expect(scheduleStatus(h.state)).toBe('in-break');
    expect(h.state.activeBreak).toMatchObject({ id: breakId, source: 'notification', exerciseIds: ['seated-cat-cow'] });
    expect(h.state.activeBreak?.endsAt).toBe(h.now + 3 * MINUTE);
    expect(h.ofType('open-window')).toEqual([{ type: 'open-window', view: 'break' }]);
    expect(h.ofType('record').at(-1)?.event).toMatchObject({ type: 'break-started', breakId, source: 'notification' });
  });

  it('Done completes the break, closes its window and restarts the interval from now', () => {
    const h = new EngineHarness();
    h.send({ type: 'start-break', source: 'tray' });
    h.now += 90_000;
    h.send({ type: 'complete-break' });
    expect(h.state.activeBreak).toBeNull();
    expect(h.ofType('close-window')).toEqual([{ type: 'close-window', view: 'break' }]);
    expect(h.ofType('record').at(-1)?.event).toMatchObject({
      type: 'break-completed',
      durationSeconds: 90,
      endedBy: 'user',
    });
    expect(upcomingReminders(h.state, h.settings)).toEqual([{ kind: 'movement', at: h.now + 50 * MINUTE }]);
  });

  it('a break that runs its full length completes by itself', () => {
    const h = new EngineHarness();
    h.send({ type: 'start-break', source: 'tray' });
    expect(nextWakeAt(h.state, h.settings)).toBe(h.now + 3 * MINUTE);
    h.tickAfter(3 * MINUTE);
    expect(h.state.activeBreak).toBeNull();
    expect(h.ofType('record').at(-1)?.event).toMatchObject({ endedBy: 'timer', durationSeconds: 180 });
  });

  it('a break interrupted by a long sleep ends cleanly at its own end time', () => {
    const h = new EngineHarness();
    h.send({ type: 'start-break', source: 'tray' });
    h.tickAfter(2 * 60 * MINUTE);
    expect(h.state.activeBreak).toBeNull();
    expect(h.ofType('record').at(-1)?.event).toMatchObject({ durationSeconds: 180 });
    expect(h.ofType('notify')).toHaveLength(0); // no reminder the moment we wake
  });

  it('closing the break window early records a skipped break', () => {
    const h = new EngineHarness();
    h.send({ type: 'start-break', source: 'dashboard' });
    h.send({ type: 'close-break' });
    expect(h.recorded()).toEqual(['break-started', 'break-skipped']);
    expect(h.ofType('close-window')).toHaveLength(0); // it is already closed
  });

  it('starting twice only brings the break window back', () => {
    const h = new EngineHarness();
    h.send({ type: 'start-break', source: 'tray' });
    const first = h.state.activeBreak;
    h.send({ type: 'start-break', source: 'tray' });
    expect(h.state.activeBreak).toBe(first);
    expect(h.recorded()).toEqual(['break-started']);
    expect(h.ofType('open-window')).toHaveLength(2);
  });

  it('rotates the exercise from one break to the next', () => {
    const h = new EngineHarness();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      h.send({ type: 'start-break', source: 'tray' });
      seen.push(h.state.activeBreak?.exerciseIds[0] ?? '');
      h.send({ type: 'complete-break' });
    }
    expect(new Set(seen).size).toBe(3);
  });

  it('refuses to complete when no break is running', () => {
    const h = new EngineHarness();
    const before = h.state;
    expect(h.send({ type: 'complete-break' }).rejected).toMatch(/no break/);
    expect(h.state).toBe(before);
  });
});

describe('snooze and pause', () => {
  it('snoozing a shown reminder brings the same break back after the snooze', () => {
    const h = new EngineHarness();
    h.tickAfter(50 * MINUTE);
    const breakId = h.ofType('notify')[0]?.notification.breakId;
    h.send({ type: 'snooze', minutes: 10 });
    expect(h.ofType('record').at(-1)?.event).toMatchObject({ type: 'break-snoozed', breakId, minutes: 10 });
    h.tickAfter(10 * MINUTE - 1);
    expect(h.ofType('notify')).toHaveLength(1);
    h.tickAfter(1);
    expect(h.ofType('notify').map((n) => n.notification.breakId)).toEqual([breakId, breakId]);
  });

  it('snoozing with nothing shown pushes the next break back', () => {
    const h = new EngineHarness();
    h.tickAfter(20 * MINUTE);
    h.send({ type: 'snooze', minutes: 10 });
    expect(upcomingReminders(h.state, h.settings)[0]?.at).toBe(h.now + 40 * MINUTE);
  });

  it('refuses to snooze during a break or while paused', () => {
    const h = new EngineHarness();
    h.send({ type: 'start-break', source: 'tray' });
    expect(h.send({ type: 'snooze', minutes: 10 }).rejected).toBeDefined();
    h.send({ type: 'complete-break' });
    h.send({ type: 'pause', minutes: 60 });
    expect(h.send({ type: 'snooze', minutes: 10 }).rejected).toBeDefined();
  });

  it('pausing for an hour silences reminders and resumes by itself with a fresh interval', () => {
    const h = new EngineHarness();
    h.tickAfter(45 * MINUTE);
    h.send({ type: 'pause', minutes: 60 });
    expect(scheduleStatus(h.state)).toBe('paused');
    expect(nextWakeAt(h.state, h.settings)).toBe(h.now + 60 * MINUTE);
    h.tickAfter(59 * MINUTE);
    expect(h.ofType('notify')).toHaveLength(0);
    h.tickAfter(MINUTE);
    expect(scheduleStatus(h.state)).toBe('running');
    expect(h.ofType('record').at(-1)?.event).toMatchObject({ type: 'resumed', automatic: true });
    expect(upcomingReminders(h.state, h.settings)[0]?.at).toBe(h.now + 50 * MINUTE);
  });

  it('an indefinite pause waits for resume', () => {
    const h = new EngineHarness();
    h.send({ type: 'pause', minutes: null });
    expect(nextWakeAt(h.state, h.settings)).toBeNull();
    h.tickAfter(10 * 60 * MINUTE);
    expect(h.ofType('notify')).toHaveLength(0);
    h.send({ type: 'resume' });
    expect(h.ofType('record').at(-1)?.event).toMatchObject({ type: 'resumed', automatic: false });
    expect(h.send({ type: 'resume' }).rejected).toMatch(/not paused/);
  });
});

describe('settings changes', () => {
  it('a shorter interval applies to the running countdown at once', () => {
    const h = new EngineHarness();
    h.tickAfter(20 * MINUTE);
    const previous = h.settings;
    h.settings = applySettingsPatch(previous, { movement: { intervalSeconds: 30 * 60 } });
    h.send({ type: 'settings-changed', previous });
    expect(upcomingReminders(h.state, h.settings)[0]?.at).toBe(h.now + 10 * MINUTE);
  });

  it('an interval shorter than the time already sat falls due now, once', () => {
    const h = new EngineHarness();
    h.tickAfter(40 * MINUTE);
    const previous = h.settings;
    h.settings = applySettingsPatch(previous, { movement: { intervalSeconds: 30 * 60 } });
    h.send({ type: 'settings-changed', previous });
    h.send({ type: 'tick' });
    expect(h.ofType('notify')).toHaveLength(1);
  });

  it('a change to another setting leaves the countdown alone', () => {
    const h = new EngineHarness();
    h.tickAfter(20 * MINUTE);
    const before = h.state;
    const previous = h.settings;
    h.settings = applySettingsPatch(previous, { snoozeMinutes: 5 });
    h.send({ type: 'settings-changed', previous });
    expect(h.state).toBe(before);
  });
});
