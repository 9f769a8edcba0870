import { exerciseById, exerciseForBreak, HOME_PROGRAM_EXERCISE_IDS, startingDose } from '../content/exercises';
import type { ReminderKind } from '../event-log-schema';
import type { DailyKind, DailyTimer, EngineContext, EngineState, SessionItem } from './engine-types';
import { walkMinutes } from './walk-plan';

/** What a break holds: its exercises and doses, and the daily sessions' lengths. */

/** The home program's planned length in minutes, before the routine is known. */
export const HOME_PROGRAM_MINUTES = 15;

/** Minutes of a daily session: the walking plan's, or the home program's. */
export function dailyMinutes(kind: DailyKind, timer: DailyTimer, ctx: EngineContext): number {
  return kind === 'walk' ? walkMinutes(ctx.settings.walk.startMinutes, timer.completed) : HOME_PROGRAM_MINUTES;
}

/** The guided session for a break: from the user's program, or a plain rotation without one. */
export function sessionItems(kind: ReminderKind, state: EngineState, ctx: EngineContext): SessionItem[] {
  const rotation =
    kind === 'home-program' || kind === 'walk' ? state.daily[kind].completed : state.intervals.movement.rotation;
  if (kind === 'walk') {
    return [{ exerciseId: 'walking', dose: { perSide: false, minutes: dailyMinutes('walk', state.daily.walk, ctx) } }];
  }
  const seconds = kind === 'home-program' ? HOME_PROGRAM_MINUTES * 60 : ctx.settings.movement.durationSeconds;
  if (ctx.session) return ctx.session(kind, rotation, seconds);
  const ids = kind === 'home-program' ? [...HOME_PROGRAM_EXERCISE_IDS] : [exerciseForBreak(rotation).id];
  return ids.flatMap((exerciseId) => {
    const exercise = exerciseById(exerciseId);
    return exercise ? [{ exerciseId, dose: startingDose(exercise.dose) }] : [];
  });
}
