import { exerciseById, type Exercise, type PrescribedDose } from '@shared/content/exercises';
import type { AppSnapshot } from '@shared/ipc-contract';

export type ActiveBreak = NonNullable<AppSnapshot['schedule']['activeBreak']>;
export type BreakKind = ActiveBreak['kind'];

/** A session item with its catalogue entry. */
export interface SessionEntry {
  exercise: Exercise;
  dose: PrescribedDose;
  /** Its place in the break's items: what the backend records it by. */
  itemIndex: number;
}

/** The break's items that the catalogue knows, in order. */
export function resolveSession(items: ActiveBreak['items']): SessionEntry[] {
  return items.flatMap((item, itemIndex) => {
    const exercise = exerciseById(item.exerciseId);
    return exercise ? [{ exercise, dose: item.dose, itemIndex }] : [];
  });
}
