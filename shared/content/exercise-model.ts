import type { Translate } from '../i18n/english';
import type { DoseSpec } from './content-schema';

export type { DoseRange, DoseSpec, Exercise } from './content-schema';

/**
 * The vocabulary of the exercise catalogue (its zod schema is in
 * content-schema.ts, kept apart so the renderer ships without zod). Doses are
 * ranges (each one's source is in docs/PROGRAM.md, "Sources of the content"):
 * the program builder starts at `start` and progresses by `step` within
 * [min, max].
 */
export const POSITIONS = ['desk', 'standing', 'floor'] as const;
export type Position = (typeof POSITIONS)[number];

export const BODY_AREAS = [
  'low-back',
  'upper-back',
  'neck',
  'shoulders',
  'chest',
  'hips',
  'hamstrings',
  'calves',
  'core',
  'whole-body',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** Conditions that rule an exercise out (asked in the questionnaire). */
export const CONTRAINDICATIONS = [
  'pregnancy',
  'osteoporosis',
  'recent-spinal-surgery',
  'acute-disc',
  'knee-problems',
  'wrist-problems',
  'shoulder-problems',
  'balance-problems',
] as const;
export type Contraindication = (typeof CONTRAINDICATIONS)[number];

export const EXERCISE_KINDS = ['stretch', 'strength', 'mobility', 'breathing', 'aerobic'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** A dose as prescribed for one session: concrete numbers. */
export interface PrescribedDose {
  holdSeconds?: number;
  repetitions?: number;
  minutes?: number;
  perSide: boolean;
}

export function startingDose(dose: DoseSpec): PrescribedDose {
  return {
    perSide: dose.perSide,
    ...(dose.holdSeconds ? { holdSeconds: dose.holdSeconds.start } : {}),
    ...(dose.repetitions ? { repetitions: dose.repetitions.start } : {}),
    ...(dose.minutes ? { minutes: dose.minutes.start } : {}),
  };
}

/** One line describing a dose: "8 repetitions per side, hold 5 s each". */
export function describeDose(dose: PrescribedDose, t: Translate): string {
  const parts: string[] = [];
  if (dose.minutes !== undefined) parts.push(t('dose.minutes', { count: dose.minutes }));
  const reps = dose.repetitions;
  if (reps !== undefined) {
    const key = reps === 1 ? 'dose.times' : 'dose.repetitions';
    parts.push(t(dose.perSide ? `${key}PerSide` : key, { count: reps }));
  }
  if (dose.holdSeconds !== undefined) {
    parts.push(t(reps === undefined || reps === 1 ? 'dose.hold' : 'dose.holdEach', { seconds: dose.holdSeconds }));
    if (reps === undefined && dose.perSide) parts.push(t('dose.eachSide'));
  }
  return parts.join(', ');
}
