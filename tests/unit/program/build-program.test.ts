import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseById } from '@shared/content/exercises';
import { CONTRAINDICATIONS, type Contraindication } from '@shared/content/exercise-model';
import { english } from '@shared/i18n/english';
import { buildProgram, sessionFor } from '@shared/program/build-program';
import { describeExclusion, describeReason } from '@shared/program/program-text';
import { DEFAULT_PROFILE, DEFAULT_SAFETY, type Profile } from '@shared/program/profile-model';
import { doseSeconds, type ExerciseHistory } from '@shared/program/progression';

const profile = (answers: Partial<Profile> = {}): Profile => ({ ...DEFAULT_PROFILE, status: 'completed', ...answers });
const LOW_BACK = profile({ painAreas: ['low-back'], duration: 'longer', severity: 4, goal: 'strength' });

function allItems(program: ReturnType<typeof buildProgram>) {
  return [...program.workday, ...program.home, ...(program.walk ? [program.walk] : [])];
}

describe('buildProgram', () => {
  it('never selects an exercise ruled out by a condition, for every condition and every pair', () => {
    const sets: Contraindication[][] = [];
    for (const a of CONTRAINDICATIONS) {
      sets.push([a]);
      for (const b of CONTRAINDICATIONS) if (a < b) sets.push([a, b]);
    }
    for (const conditions of sets) {
      const program = buildProgram(profile({ ...LOW_BACK, conditions }), DEFAULT_SAFETY);
      for (const item of allItems(program)) {
        const exercise = exerciseById(item.exerciseId);
        expect(
          exercise?.contraindications.some((c) => conditions.includes(c)),
          `${item.exerciseId} with ${conditions.join(',')}`,
        ).toBe(false);
      }
      for (const exercise of EXERCISES.filter((e) => e.contraindications.some((c) => conditions.includes(c)))) {
        expect(program.excluded.map((x) => x.exerciseId)).toContain(exercise.id);
      }
    }
  });

  it("keeps every dose inside the catalogue's range", () => {
    const busy: ExerciseHistory = { done: 400, feedback: ['too-easy', 'too-easy', 'too-easy'] };
    const histories = new Map(EXERCISES.map((e) => [e.id, busy]));
    for (const item of allItems(buildProgram(LOW_BACK, DEFAULT_SAFETY, histories))) {
      const spec = exerciseById(item.exerciseId)!.dose;
      for (const key of ['holdSeconds', 'repetitions', 'minutes'] as const) {
        if (spec[key]) expect(item.dose[key]).toBeLessThanOrEqual(spec[key].max);
      }
    }
  });

  it('explains each choice in one line: "Name: why"', () => {
    const program = buildProgram(LOW_BACK, DEFAULT_SAFETY);
    for (const item of allItems(program)) {
      const exercise = exerciseById(item.exerciseId)!;
      const reason = describeReason(item, english, 'en');
      expect(
        reason.startsWith(`${exercise.name}: ${exercise.why.charAt(0).toLowerCase()}${exercise.why.slice(1)}`),
      ).toBe(true);
      expect(reason).not.toContain('\n');
    }
  });

  it('names the condition that left an exercise out', () => {
    const program = buildProgram(profile({ ...LOW_BACK, conditions: ['pregnancy'] }), DEFAULT_SAFETY);
    const left = program.excluded.filter((x) => x.reason === 'pregnancy');
    expect(left.length).toBeGreaterThan(0);
    expect(describeExclusion(left[0]!.reason, english)).toBe('not advised with pregnancy');
  });

  it('a workday rotation of desk and standing exercises, and a floor routine for home', () => {
    const program = buildProgram(LOW_BACK, DEFAULT_SAFETY);
    expect(program.workday.length).toBeGreaterThanOrEqual(4);
    expect(program.workday.every((i) => exerciseById(i.exerciseId)!.position !== 'floor')).toBe(true);
    expect(program.home.every((i) => exerciseById(i.exerciseId)!.position === 'floor')).toBe(true);
    expect(program.home.map((i) => i.exerciseId)).toContain('plank');
    expect(program.walk?.exerciseId).toBe('walking');
  });

  it('low-back pain puts low-back exercises first; neck pain puts neck exercises first', () => {
    const low = buildProgram(LOW_BACK, DEFAULT_SAFETY).workday[0]!;
    expect(
      exerciseById(low.exerciseId)!.targets.some((t) => ['low-back', 'hips', 'hamstrings', 'core'].includes(t)),
    ).toBe(true);
    const neck = buildProgram(profile({ painAreas: ['neck'] }), DEFAULT_SAFETY).workday[0]!;
    expect(exerciseById(neck.exerciseId)!.targets.some((t) => ['neck', 'shoulders', 'upper-back'].includes(t))).toBe(
      true,
    );
  });

  it('when sitting makes it worse, standing exercises come first and say why', () => {
    const program = buildProgram(profile({ painAreas: ['low-back'], worseWith: ['sitting'] }), DEFAULT_SAFETY);
    const first = exerciseById(program.workday[0]!.exerciseId)!;
    expect(first.position).toBe('standing');
    expect(program.workday[0]!.extras).toContain('out-of-sitting');
    expect(describeReason(program.workday[0]!, english, 'en')).toContain('gets you out of the sitting position');
  });

  it('recent or severe pain gets a gentle routine without strength work', () => {
    for (const gentle of [profile({ painAreas: ['low-back'], duration: 'under-3-months' }), profile({ severity: 8 })]) {
      const program = buildProgram(gentle, DEFAULT_SAFETY);
      expect(program.home.some((i) => exerciseById(i.exerciseId)!.kind === 'strength')).toBe(false);
      expect(program.home.length).toBeLessThanOrEqual(4);
    }
  });

  it('an exercise marked painful twice is swapped out for another', () => {
    const before = buildProgram(LOW_BACK, DEFAULT_SAFETY);
    const first = before.workday[0]!.exerciseId;
    const histories = new Map<string, ExerciseHistory>([[first, { done: 2, feedback: ['painful', 'painful'] }]]);
    const after = buildProgram(LOW_BACK, DEFAULT_SAFETY, histories);
    expect(after.workday.map((i) => i.exerciseId)).not.toContain(first);
    expect(after.workday.length).toBe(before.workday.length);
    expect(after.excluded).toContainEqual({ exerciseId: first, reason: 'painful' });
    expect(describeExclusion('painful', english)).toBe('painful in recent sessions: left out');
  });

  it('a red flag stops the program: no exercises at all', () => {
    const program = buildProgram(LOW_BACK, { stoppedAt: 1, reasons: ['leg-weakness-or-numbness'] });
    expect(program.stopped).toBe(true);
    expect(allItems(program)).toEqual([]);
  });

  it('suggests a schedule that suits the answers', () => {
    expect(
      buildProgram(profile({ breakStyle: 'short-frequent', workSetup: 'sit-stand' }), DEFAULT_SAFETY).suggestedSettings,
    ).toMatchObject({
      movement: { intervalSeconds: 1800, durationSeconds: 120 },
      posture: { mode: 'sit-stand' },
    });
    expect(buildProgram(profile({ breakStyle: 'fewer-longer' }), DEFAULT_SAFETY).suggestedSettings.movement).toEqual({
      intervalSeconds: 3600,
      durationSeconds: 300,
    });
  });

  it('is the same for the same answers and history', () => {
    expect(buildProgram(LOW_BACK, DEFAULT_SAFETY)).toEqual(buildProgram(LOW_BACK, DEFAULT_SAFETY));
  });
});

describe('sessionFor', () => {
  it('takes the next exercises in the rotation that fit the break, at least one', () => {
    const workday = buildProgram(LOW_BACK, DEFAULT_SAFETY).workday;
    const session = sessionFor(workday, 0, 180, doseSeconds);
    expect(session.length).toBeGreaterThanOrEqual(1);
    expect(session.reduce((sum, i) => sum + doseSeconds(i.dose), 0) <= 180 || session.length === 1).toBe(true);
    const next = sessionFor(workday, 1, 180, doseSeconds);
    expect(next[0]).toEqual(workday[1]);
    expect(sessionFor(workday, 0, 1, doseSeconds)).toHaveLength(1);
    expect(sessionFor([], 0, 180, doseSeconds)).toEqual([]);
  });
});
