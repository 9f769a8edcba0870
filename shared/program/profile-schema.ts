import { z } from 'zod';
import { CONTRAINDICATIONS } from '../content/exercise-model';
import { PAIN_AREAS, RED_FLAGS } from './profile-model';

/** Schemas of the questionnaire's answers and the safety state (see profile-model.ts). */
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
