import type { Contraindication } from '../content/exercise-model';

/**
 * What the program builder and the safety checks say, as data rather than
 * English: the renderer puts it into words in the user's language
 * (program-text.ts). Zod-free, so the renderer can import it.
 */

/**
 * What the answers add to an exercise's own "why" in its one-line reason:
 * done standing when sitting hurts; strength work for a strength goal.
 */
export const REASON_EXTRAS = ['out-of-sitting', 'builds-strength'] as const;
export type ReasonExtra = (typeof REASON_EXTRAS)[number];

/** Why an exercise was left out: one of the user's conditions, or "painful" feedback in recent sessions. */
export type ExclusionReason = Contraindication | 'painful';

/** Why the flare-up advice shows: several flare-ups lately, or severe pain on consecutive days. */
export type FlareUpWhy = { kind: 'flare-ups'; count: number; days: number } | { kind: 'severe-pain'; pain: number };
