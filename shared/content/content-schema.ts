import { z } from 'zod';
import { BODY_AREAS, CONTRAINDICATIONS, EXERCISE_KINDS, POSITIONS } from './exercise-model';
import { TIP_CATEGORIES } from './tips';

/**
 * Schemas of the built-in content: the exercise catalogue and the tips
 * library, both checked by tests/unit/content-catalogue.test.ts. The data and
 * its vocabulary live in zod-free modules the renderer imports; only the
 * types come from here.
 */
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

export const tipSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    category: z.enum(TIP_CATEGORIES),
    title: z.string().min(3).max(60),
    /** Two to four sentences. */
    body: z.string().min(40).max(600),
    checklist: z.array(z.string().min(3).max(160)).min(1).optional(),
  })
  .strict();
export type Tip = z.infer<typeof tipSchema>;
