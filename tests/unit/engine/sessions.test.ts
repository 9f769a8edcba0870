import { describe, expect, it } from 'vitest';
import { exerciseById, startingDose } from '@shared/content/exercises';
import type { SessionItem, SessionPlan } from '@shared/scheduling/engine';
import { EngineSim, MINUTE, MOVEMENT_ONLY, SECOND } from '../../helpers/engine-harness';

/**
 * A break's exercises come from the program the host passes in as data, are
 * chosen once, when the break is first announced, and travel with the break:
 * the notification names the exercise the break then opens with, whatever
 * the program does in between.
 */
const item = (exerciseId: string): SessionItem => ({
  exerciseId,
  dose: startingDose(exerciseById(exerciseId)!.dose),
});
const NECK: SessionPlan = {
  workday: [item('chin-tucks'), item('wall-angels'), item('seated-twist')],
  home: [item('cat-cow'), item('plank')],
};
const BACK: SessionPlan = {
  workday: [item('standing-back-extension'), item('seated-knee-hug')],
  home: [item('knee-to-chest'), item('childs-pose')],
};
const ids = (items: readonly SessionItem[] | undefined) => (items ?? []).map((i) => i.exerciseId);

function withProgram(plan: SessionPlan, settings = MOVEMENT_ONLY): EngineSim {
  const sim = new EngineSim({ settings });
  sim.program = plan;
  return sim;
}

describe('a break session', () => {
  it('is drawn from the program passed in, and the reminder carries it and names its first exercise', () => {
    const sim = withProgram(NECK).run(50 * MINUTE);
    const [intent] = sim.intents();
    expect(intent).toMatchObject({ kind: 'movement', variant: 'reminder' });
    expect(ids(intent?.session)[0]).toBe('chin-tucks');
    expect(sim.last().body).toBe("Stand up and stretch for 3 minutes. Today's move: Chin tucks.");
  });

  it('stays the reminder’s when the program changes before Start', () => {
    const sim = withProgram(NECK).run(50 * MINUTE);
    const named = sim.intents()[0]!.session;
    sim.program = BACK;
    sim.send({ type: 'start-break', source: 'notification' });
    expect(sim.state.activeBreak?.items).toEqual(named);
    expect(sim.records('break-started')).toEqual([expect.objectContaining({ exerciseIds: ids(named) })]);
  });

  it('is chosen by the heads-up: the reminder after it and Start now hold the same', () => {
    const sim = withProgram(NECK, { posture: { enabled: false } }).run(49 * MINUTE + 40 * SECOND);
    const notice = sim.intents()[0]!;
    expect(notice.variant).toBe('pre-break');
    expect(ids(notice.session)[0]).toBe('chin-tucks');
    sim.program = BACK;
    sim.run(20 * SECOND);
    const reminder = sim.intents()[1]!;
    expect(reminder).toMatchObject({ variant: 'reminder', breakId: notice.breakId, session: notice.session });
    expect(sim.last().body).toContain('Chin tucks');

    const early = withProgram(NECK, { posture: { enabled: false } }).run(49 * MINUTE + 40 * SECOND);
    early.program = BACK;
    early.send({ type: 'start-break', source: 'notification' });
    expect(ids(early.state.activeBreak?.items)[0]).toBe('chin-tucks');
  });

  it('comes back with a snoozed reminder; a reminder left alone makes a new break from the current program', () => {
    const sim = withProgram(NECK).run(50 * MINUTE);
    const first = sim.intents()[0]!;
    sim.send({ type: 'snooze', minutes: 10 });
    sim.program = BACK;
    sim.run(10 * MINUTE);
    const again = sim.intents()[1]!;
    expect(again).toMatchObject({ breakId: first.breakId, session: first.session });

    sim.run(50 * MINUTE); // ignored: a full interval later comes a new break
    const next = sim.intents()[2]!;
    expect(next.breakId).not.toBe(first.breakId);
    expect(ids(next.session)[0]).toBe('standing-back-extension');
    sim.send({ type: 'start-break', source: 'notification' });
    expect(sim.state.activeBreak?.items).toEqual(next.session);
  });

  it('of the home program is the routine of its reminder', () => {
    const sim = withProgram(NECK, {
      posture: { enabled: false },
      movement: { enabled: false },
      homeProgram: { enabled: true },
    }).runUntil('2026-03-02T18:30:00+01:00');
    const reminder = sim.intents()[0]!;
    expect(reminder).toMatchObject({ kind: 'home-program', minutes: 15 });
    expect(ids(reminder.session)).toEqual(['cat-cow', 'plank']);
    sim.program = BACK;
    sim.send({ type: 'start-break', source: 'notification', kind: 'home-program' });
    expect(ids(sim.state.activeBreak?.items)).toEqual(['cat-cow', 'plank']);
  });

  it('started with no reminder in flight is drawn from the program at the start', () => {
    const sim = withProgram(NECK);
    sim.program = BACK;
    sim.send({ type: 'start-break', source: 'tray' });
    expect(ids(sim.state.activeBreak?.items)[0]).toBe('standing-back-extension');
  });
});

describe('reminder intents', () => {
  it('are plain data without words: what to tell, about which break, and what the rules allow', () => {
    const sim = withProgram(NECK, { sitting: { dailyLimitMinutes: 60 } }).run(3 * 60 * MINUTE);
    const intents = sim.intents();
    expect(new Set(intents.map((i) => `${i.kind}/${i.variant}`))).toEqual(
      new Set(['movement/pre-break', 'movement/reminder', 'posture/reminder', 'sitting/limit']),
    );
    for (const intent of intents) {
      expect(JSON.parse(JSON.stringify(intent))).toEqual(intent);
      for (const words of ['title', 'body', 'actions']) expect(intent).not.toHaveProperty(words);
    }
    expect(intents.find((i) => i.variant === 'reminder' && i.kind === 'movement')).toMatchObject({
      canSnooze: true,
      canSkip: true,
      quiet: false,
    });
    // The host words each one: as many notifications as intents, with the same ids.
    expect(sim.notifications().map((n) => n.id)).toEqual(intents.map((i) => i.id));
  });
});
