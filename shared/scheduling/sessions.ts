import { exerciseById, exerciseForBreak, HOME_PROGRAM_EXERCISE_IDS, startingDose } from '../content/exercises';
import type { ReminderKind } from '../event-log-schema';
import { sessionFor } from '../program/build-program';
import { doseSeconds } from '../program/progression';
import type { BreakSession, DailyKind, DailyTimer, EngineContext, EngineState, SessionItem } from './engine-types';
import { walkMinutes } from './walk-plan';

/** What a break holds: its exercises and doses, and the daily sessions' lengths. */

/** The home program's planned length in minutes, before the routine is known. */
export const HOME_PROGRAM_MINUTES = 15;

/** Minutes of a daily session: the walking plan's, or the home program's. */
export function dailyMinutes(kind: DailyKind, timer: DailyTimer, ctx: EngineContext): number {
  return kind === 'walk' ? walkMinutes(ctx.settings.walk.startMinutes, timer.completed) : HOME_PROGRAM_MINUTES;
}

/** Only the exercise and its dose: the plan's items may carry more (the program's reasons). */
const itemOf = ({ exerciseId, dose }: SessionItem): SessionItem => ({ exerciseId, dose });

/**
 * Chooses the guided session for a new break: from the user's program, or a
 * plain rotation without one. Called once per break (see BreakSession).
 */
export function chooseSession(kind: ReminderKind, state: EngineState, ctx: EngineContext): SessionItem[] {
  const rotation =
    kind === 'home-program' || kind === 'walk' ? state.daily[kind].completed : state.intervals.movement.rotation;
  if (kind === 'walk') {
    return [{ exerciseId: 'walking', dose: { perSide: false, minutes: dailyMinutes('walk', state.daily.walk, ctx) } }];
  }
  const plan = ctx.program;
  if (plan) {
    if (kind === 'home-program') return plan.home.map(itemOf);
    return sessionFor(plan.workday, rotation, ctx.settings.movement.durationSeconds, doseSeconds).map(itemOf);
  }
  const ids = kind === 'home-program' ? [...HOME_PROGRAM_EXERCISE_IDS] : [exerciseForBreak(rotation).id];
  return ids.flatMap((exerciseId) => {
    const exercise = exerciseById(exerciseId);
    return exercise ? [{ exerciseId, dose: startingDose(exercise.dose) }] : [];
  });
}

/** The session already chosen for this break, or a new one (and the record to keep with the break). */
export function sessionForBreak(
  kind: ReminderKind,
  breakId: string,
  held: BreakSession | null,
  state: EngineState,
  ctx: EngineContext,
): BreakSession {
  if (held?.breakId === breakId) return held;
  return { breakId, items: chooseSession(kind, state, ctx) };
}
