import { describe, expect, it } from 'vitest';
import { exerciseById } from '@shared/content/exercises';
import type { DoseSpec } from '@shared/content/exercise-model';
import {
  doseSeconds,
  prescribeDose,
  SESSIONS_PER_STEP,
  shouldRemove,
  type ExerciseHistory,
  type Feedback,
} from '@shared/program/progression';
import { FLOOR_IDS } from '../../helpers/catalogue-ids';

const spec = (id: string): DoseSpec => {
  const exercise = exerciseById(id);
  if (!exercise) throw new Error(`no ${id}`);
  return exercise.dose;
};
const history = (done: number, feedback: Feedback[] = []): ExerciseHistory => ({ done, feedback });

describe("progression within the catalogue's ranges", () => {
  it('the plank starts at 10 s and builds toward 60 s over weeks of sessions, never beyond', () => {
    expect(prescribeDose(spec('plank'), undefined).holdSeconds).toBe(10);
    expect(prescribeDose(spec('plank'), history(SESSIONS_PER_STEP)).holdSeconds).toBe(15);
    expect(prescribeDose(spec('plank'), history(10 * SESSIONS_PER_STEP)).holdSeconds).toBe(60);
    expect(prescribeDose(spec('plank'), history(1000)).holdSeconds).toBe(60);
  });

  it('"too easy" moves up a step at once; "painful" moves back down, never below the start range', () => {
    expect(prescribeDose(spec('plank'), history(0, ['too-easy'])).holdSeconds).toBe(15);
    expect(prescribeDose(spec('plank'), history(6, ['painful'])).holdSeconds).toBe(10);
    expect(prescribeDose(spec('plank'), history(0, ['painful', 'painful'])).holdSeconds).toBe(10);
  });

  it('bird dog grows its hold to 10 s first, then its repetitions to 12 per side', () => {
    expect(prescribeDose(spec('bird-dog'), undefined)).toEqual({ holdSeconds: 5, repetitions: 8, perSide: true });
    const lots = prescribeDose(spec('bird-dog'), history(100 * SESSIONS_PER_STEP));
    expect(lots).toEqual({ holdSeconds: 10, repetitions: 12, perSide: true });
  });

  it('every dose of every exercise stays within its range, whatever the history', () => {
    const histories = [
      undefined,
      history(0, ['painful', 'painful', 'painful']),
      history(7, ['too-easy']),
      history(500, ['too-easy', 'too-easy']),
    ];
    for (const id of [...FLOOR_IDS, 'chin-tucks', 'walking']) {
      const s = spec(id);
      for (const h of histories) {
        const dose = prescribeDose(s, h);
        for (const key of ['holdSeconds', 'repetitions', 'minutes'] as const) {
          const range = s[key];
          if (range) {
            expect(dose[key]).toBeGreaterThanOrEqual(range.min);
            expect(dose[key]).toBeLessThanOrEqual(range.max);
          } else expect(dose[key]).toBeUndefined();
        }
      }
    }
  });

  it('two "painful" answers among the last three take an exercise out', () => {
    expect(shouldRemove(history(3, ['painful']))).toBe(false);
    expect(shouldRemove(history(3, ['painful', 'right', 'painful']))).toBe(true);
    expect(shouldRemove(history(3, ['painful', 'painful', 'right', 'right', 'right']))).toBe(false);
  });

  it('estimates how long a dose takes', () => {
    expect(doseSeconds({ perSide: false, minutes: 10 })).toBe(600);
    expect(doseSeconds({ perSide: true, holdSeconds: 5, repetitions: 8 })).toBe(2 * 8 * 7 + 10);
  });
});
