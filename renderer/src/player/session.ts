import { exerciseById, type Exercise, type PrescribedDose } from '@shared/content/exercises';
import type { AppSnapshot, PostureApi } from '@shared/ipc-contract';
import type { Feedback } from '@shared/program/progression';
import { reportFailure } from '../api';
import type { Outcome } from './player-model';

export type ActiveBreak = NonNullable<AppSnapshot['schedule']['activeBreak']>;
export type BreakKind = ActiveBreak['kind'];

/** A session item with its catalogue entry. */
export interface SessionEntry {
  exercise: Exercise;
  dose: PrescribedDose;
}

/** The break's items that the catalogue knows, in order. */
export function resolveSession(items: ActiveBreak['items']): SessionEntry[] {
  return items.flatMap((item) => {
    const exercise = exerciseById(item.exerciseId);
    return exercise ? [{ exercise, dose: item.dose }] : [];
  });
}

/**
 * Records each exercise of the break, in order: done or skipped, with the
 * feedback given for it. The log keeps the order the calls arrive in.
 */
export async function recordSession(
  api: PostureApi,
  breakId: string,
  session: readonly SessionEntry[],
  outcomes: readonly Outcome[],
  feedback: readonly (Feedback | null)[] = [],
): Promise<void> {
  for (const [index, entry] of session.entries()) {
    const outcome = outcomes[index] ?? 'skipped';
    const given = outcome === 'done' ? feedback[index] : null;
    const result = await api.recordExercise({
      breakId,
      exerciseId: entry.exercise.id,
      outcome,
      ...(given ? { feedback: given } : {}),
    });
    reportFailure(result, `record ${entry.exercise.id}`);
  }
}
