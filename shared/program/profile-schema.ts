import { z } from 'zod';
import { CONTRAINDICATIONS } from '../content/exercise-model';

/**
 * What the first-run questionnaire asks (skippable, editable later), and the
 * safety state. Stored in the settings file: it is the user's own setting
 * of what the program should be.
 */
export const PAIN_AREAS = ['low-back', 'upper-back', 'neck'] as const;
export type PainArea = (typeof PAIN_AREAS)[number];

/**
 * Signs that need a professional, not exercise (../shared/CONTENT-FACTS.md).
 * The first two can be an emergency.
 */
export const RED_FLAGS = [
  'bladder-or-bowel-control',
  'leg-weakness-or-numbness',
  'severe-pain-not-improving',
  'trouble-walking-or-standing',
  'no-improvement-6-8-weeks',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];
export const URGENT_RED_FLAGS: readonly RedFlag[] = ['bladder-or-bowel-control', 'leg-weakness-or-numbness'];

export const profileSchema = z
  .object({
    /** "new": not asked yet; "skipped": the user chose not to answer; "completed". */
    status: z.enum(['new', 'skipped', 'completed']),
    painAreas: z.array(z.enum(PAIN_AREAS)).max(PAIN_AREAS.length),
    duration: z.enum(['under-3-months', 'longer']).nullable(),
    /** Typical pain, 0 (none) to 10 (worst imaginable). */
    severity: z.number().int().min(0).max(10).nullable(),
    worseWith: z.array(z.enum(['sitting', 'standing', 'bending'])).max(3),
    workSetup: z.enum(['desk', 'sit-stand', 'mixed']).nullable(),
    breakStyle: z.enum(['short-frequent', 'fewer-longer']).nullable(),
    goal: z.enum(['relief', 'strength']).nullable(),
    conditions: z.array(z.enum(CONTRAINDICATIONS)).max(CONTRAINDICATIONS.length),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

export const safetySchema = z
  .object({
    /** When a red flag stopped the exercise program (epoch ms), or null. */
    stoppedAt: z.number().int().nullable(),
    reasons: z.array(z.enum(RED_FLAGS)),
  })
  .strict();
export type Safety = z.infer<typeof safetySchema>;

export const DEFAULT_PROFILE: Profile = {
  status: 'new',
  painAreas: [],
  duration: null,
  severity: null,
  worseWith: [],
  workSetup: null,
  breakStyle: null,
  goal: null,
  conditions: [],
};

export const DEFAULT_SAFETY: Safety = { stoppedAt: null, reasons: [] };
