import { describe, expect, it } from 'vitest';
import { exerciseById } from '@shared/content/exercises';
import type { LogEvent } from '@shared/event-log-schema';
import { DEFAULT_PROFILE, type Profile } from '@shared/program/profile-model';
import type { SettingsPatch } from '@shared/settings-schema';
import { startTestApp } from '../helpers/app-harness';
import { tempDirPerTest } from '../helpers/temp-dir';

/**
 * A break's exercises are chosen once, when its reminder goes out, and the
 * break that starts from it holds the same ones: the notification never names
 * an exercise the player then does not show, even when the program changes in
 * between (new answers to the questionnaire, new feedback in the history).
 */

const START = Date.parse('2026-03-02T09:00:00Z'); // a Monday
const MINUTE = 60_000;
const NECK: Omit<Profile, 'status'> = { ...DEFAULT_PROFILE, painAreas: ['neck'], worseWith: ['sitting'] };
const LOW_BACK: Omit<Profile, 'status'> = { ...DEFAULT_PROFILE, painAreas: ['low-back'], goal: 'strength' };
const dir = tempDirPerTest('posture-break-session-');

async function build(patch: SettingsPatch) {
  const { app, clock, notifier, eventLog } = await startTestApp({ dataDir: dir(), start: START, settings: patch });
  const started = () =>
    eventLog.readMonth('2026-03').filter((e): e is Extract<LogEvent, { type: 'break-started' }> => {
      return e.type === 'break-started';
    });
  return { app, clock, notifier, started };
}

const englishName = (exerciseId: string | undefined) => exerciseById(exerciseId ?? '')?.name ?? '(none)';
const MOVEMENT_ONLY: SettingsPatch = { posture: { enabled: false }, movement: { preBreakNoticeSeconds: 0 } };

describe('a break holds the session its reminder named', () => {
  it('a program change between the reminder and Start leaves the break with the named exercises', async () => {
    const { app, clock, notifier, started } = await build(MOVEMENT_ONLY);
    await clock.advance(50 * MINUTE);
    const reminder = notifier.shown[0];
    expect(reminder?.spec).toMatchObject({ kind: 'movement', variant: 'reminder' });
    const before = app.program.view().program.workday.map((item) => item.exerciseId);
    expect(reminder!.spec.body).toContain(englishName(before[0]));

    // New answers: the program now opens with other exercises.
    app.program.saveProfile(NECK, [], false);
    const after = app.program.view().program.workday.map((item) => item.exerciseId);
    expect(after[0]).not.toBe(before[0]);

    reminder!.act('start');
    const active = app.runtime.state.activeBreak;
    expect(active?.id).toBe(reminder!.spec.breakId);
    expect(active?.items[0]?.exerciseId).toBe(before[0]);
    expect(reminder!.spec.body).toContain(englishName(active?.items[0]?.exerciseId));
    expect(started().map((e) => e.exerciseIds)).toEqual([active!.items.map((item) => item.exerciseId)]);
    app.stop();
  });

  it('a snoozed reminder comes back naming the same exercises, and its break holds them', async () => {
    const { app, clock, notifier } = await build(MOVEMENT_ONLY);
    await clock.advance(50 * MINUTE);
    const first = notifier.shown[0]!;
    const named = app.program.view().program.workday[0]!.exerciseId;
    first.act('snooze');
    app.program.saveProfile(NECK, [], false);
    expect(app.program.view().program.workday[0]!.exerciseId).not.toBe(named);

    await clock.advance(10 * MINUTE);
    const again = notifier.shown[1]!;
    expect(again.spec).toMatchObject({ kind: 'movement', breakId: first.spec.breakId });
    expect(again.spec.body).toBe(first.spec.body);
    again.act('start');
    expect(app.runtime.state.activeBreak?.items[0]?.exerciseId).toBe(named);
    app.stop();
  });

  it('the home program starts with the routine of its reminder, though the answers changed', async () => {
    const { app, clock, notifier } = await build({
      posture: { enabled: false },
      movement: { enabled: false },
      homeProgram: { enabled: true, time: '09:30' },
    });
    app.program.saveProfile(LOW_BACK, [], false);
    await clock.advance(30 * MINUTE);
    const reminder = notifier.shown[0]!;
    expect(reminder.spec.kind).toBe('home-program');
    const routine = app.program.view().program.home.map((item) => item.exerciseId);

    // Severe, recent pain: a gentle routine without strength work.
    app.program.saveProfile({ ...LOW_BACK, severity: 8, duration: 'under-3-months' }, [], false);
    expect(app.program.view().program.home.map((item) => item.exerciseId)).not.toEqual(routine);

    reminder.act('start');
    expect(app.runtime.state.activeBreak?.items.map((item) => item.exerciseId)).toEqual(routine);
    app.stop();
  });
});
