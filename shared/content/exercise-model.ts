import { z } from 'zod';

/**
 * The shape of the exercise catalogue, validated by a schema test. Doses are
 * ranges from ../shared/CONTENT-FACTS.md: the program builder starts at
 * `start` and progresses by `step` within [min, max].
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

const rangeSchema = z
  .object({
    min: z.number().int().positive(),
    max: z.number().int().positive(),
    start: z.number().int().positive(),
    step: z.number().int().positive(),
  })
  .strict()
  .refine((r) => r.min <= r.start && r.start <= r.max, 'start must lie within [min, max]');
export type DoseRange = z.infer<typeof rangeSchema>;

export const doseSchema = z
  .object({
    /** Seconds each hold lasts. */
    holdSeconds: rangeSchema.optional(),
    /** Repetitions (per side when perSide). */
    repetitions: rangeSchema.optional(),
    /** Minutes, for walking. */
    minutes: rangeSchema.optional(),
    perSide: z.boolean(),
  })
  .strict()
  .refine((d) => d.holdSeconds || d.repetitions || d.minutes, 'a dose needs a hold, repetitions or minutes');
export type DoseSpec = z.infer<typeof doseSchema>;

export const exerciseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(3).max(60),
    kind: z.enum(EXERCISE_KINDS),
    position: z.enum(POSITIONS),
    targets: z.array(z.enum(BODY_AREAS)).min(1),
    /** One line on why it helps, used by the program builder: "eases low-back tension". */
    why: z.string().min(10).max(90),
    steps: z.array(z.string().min(10).max(200)).min(2).max(8),
    dose: doseSchema,
    cues: z.array(z.string().min(5).max(160)).min(1),
    avoid: z.array(z.string().min(5).max(160)).min(1),
    contraindications: z.array(z.enum(CONTRAINDICATIONS)),
    /** File name under assets/exercises/ (an original SVG figure). */
    illustration: z.string().regex(/^[a-z0-9-]+\.svg$/),
  })
  .strict();
export type Exercise = z.infer<typeof exerciseSchema>;

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
export function describeDose(dose: PrescribedDose): string {
  const parts: string[] = [];
  if (dose.minutes !== undefined) parts.push(`${dose.minutes} minutes`);
  if (dose.repetitions !== undefined) {
    parts.push(
      `${dose.repetitions} ${dose.repetitions === 1 ? 'time' : 'repetitions'}${dose.perSide ? ' per side' : ''}`,
    );
  }
  if (dose.holdSeconds !== undefined) {
    parts.push(
      dose.repetitions === undefined || dose.repetitions === 1
        ? `hold ${dose.holdSeconds} s`
        : `hold ${dose.holdSeconds} s each`,
    );
    if (dose.repetitions === undefined && dose.perSide) parts.push('each side');
  }
  return parts.join(', ');
}
