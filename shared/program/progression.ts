import type { DoseRange, DoseSpec, PrescribedDose } from '../content/exercise-model';
import type { DayAggregate } from '../stats/daily-aggregate';

/**
 * Progression: doses grow within the catalogue's ranges as sessions are
 * completed, faster when the user says "too easy", and drop when it hurts.
 * Derived from the history alone (its daily aggregates), so it needs no
 * state of its own and is the same on every device that shares the history.
 */
export type Feedback = 'too-easy' | 'right' | 'painful';

export interface ExerciseHistory {
  /** Sessions in which the exercise was done. */
  done: number;
  /** Feedback given, oldest first. */
  feedback: Feedback[];
}

/** Completed sessions that earn one step up without any feedback. */
export const SESSIONS_PER_STEP = 3;
/** "Painful" this often among the last three answers takes the exercise out. */
const PAINFUL_TO_REMOVE = 2;

/** Exercise histories from daily aggregates (oldest day first). */
export function historiesFromDays(days: readonly DayAggregate[]): Map<string, ExerciseHistory> {
  const map = new Map<string, ExerciseHistory>();
  const entry = (id: string) => {
    let history = map.get(id);
    if (!history) map.set(id, (history = { done: 0, feedback: [] }));
    return history;
  };
  for (const day of days) {
    for (const [id, done] of Object.entries(day.exercises)) entry(id).done += done;
    for (const [id, feedback] of Object.entries(day.feedback)) entry(id).feedback.push(...feedback);
  }
  return map;
}

/** Steps above the start: earned by sessions and "too easy", lost by "painful". */
export function progressionSteps(history: ExerciseHistory | undefined): number {
  if (!history) return 0;
  const easy = history.feedback.filter((f) => f === 'too-easy').length;
  const painful = history.feedback.filter((f) => f === 'painful').length;
  return Math.floor(history.done / SESSIONS_PER_STEP) + easy - 2 * painful;
}

/** Whether recent feedback says the exercise hurts and should be swapped out. */
export function shouldRemove(history: ExerciseHistory | undefined): boolean {
  if (!history) return false;
  return history.feedback.slice(-3).filter((f) => f === 'painful').length >= PAINFUL_TO_REMOVE;
}

function stepWithin(range: DoseRange, steps: number): number {
  return Math.min(range.max, Math.max(range.min, range.start + steps * range.step));
}

/**
 * The dose for the next session. Holds grow first (the clinic's guide builds
 * the plank from 10-20 s toward 60 s; docs/PROGRAM.md); once a hold is at
 * its maximum, or when there is none, repetitions grow. Always within
 * [min, max].
 */
export function prescribeDose(spec: DoseSpec, history: ExerciseHistory | undefined): PrescribedDose {
  const steps = progressionSteps(history);
  const dose: PrescribedDose = { perSide: spec.perSide };
  if (spec.minutes) dose.minutes = stepWithin(spec.minutes, steps);
  if (spec.holdSeconds && spec.repetitions) {
    const holdSteps = Math.ceil((spec.holdSeconds.max - spec.holdSeconds.start) / spec.holdSeconds.step);
    dose.holdSeconds = stepWithin(spec.holdSeconds, steps);
    dose.repetitions = stepWithin(spec.repetitions, steps < 0 ? steps : Math.max(0, steps - holdSteps));
  } else {
    if (spec.holdSeconds) dose.holdSeconds = stepWithin(spec.holdSeconds, steps);
    if (spec.repetitions) dose.repetitions = stepWithin(spec.repetitions, steps);
  }
  return dose;
}

/** Roughly how long a dose takes, for fitting exercises into a break. */
export function doseSeconds(dose: PrescribedDose): number {
  if (dose.minutes !== undefined) return dose.minutes * 60;
  const sides = dose.perSide ? 2 : 1;
  const reps = dose.repetitions ?? 1;
  const each = dose.holdSeconds ?? 4; // a repetition without a hold takes about four seconds
  return sides * reps * (each + 2) + 10; // plus a moment to get into position
}
