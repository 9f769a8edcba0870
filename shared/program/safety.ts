import type { DayAggregate } from '../stats/daily-aggregate';
import type { FlareUpWhy } from './program-model';
import { URGENT_RED_FLAGS, type RedFlag } from './profile-model';

/**
 * When exercise is not the answer. A red flag stops the program and the app
 * asks the user to see a doctor (urgently for the first two); frequent or
 * severe flare-ups suggest contacting a physical therapist. The app never
 * diagnoses; it only points to the right person. The questions themselves
 * are text: `safety.redFlags.<flag>` in the i18n resources.
 */
export function isUrgent(flags: readonly RedFlag[]): boolean {
  return flags.some((flag) => URGENT_RED_FLAGS.includes(flag));
}

/** Whether to suggest a physical therapist, and why (worded by describeFlareUp in program-text.ts). */
export type FlareUpAdvice = { suggest: false } | { suggest: true; why: FlareUpWhy };

const FLARE_WINDOW_DAYS = 14;
const FLARES_TO_SUGGEST = 3;
const SEVERE_PAIN = 7;

function worstPain(day: DayAggregate): number | null {
  if (!day.pain) return null;
  const values = Object.values(day.pain).filter((v): v is number => typeof v === 'number');
  return values.length ? Math.max(...values) : null;
}

/**
 * Looks at the last 14 days of check-ins (one aggregate per day, oldest
 * first, ending today): three flare-ups, or pain of 7 or more on two days
 * running, suggest a physical therapist.
 */
export function flareUpAdvice(days: readonly DayAggregate[]): FlareUpAdvice {
  const recent = days.slice(-FLARE_WINDOW_DAYS);
  const flares = recent.filter((d) => d.flareUp).length;
  if (flares >= FLARES_TO_SUGGEST)
    return { suggest: true, why: { kind: 'flare-ups', count: flares, days: FLARE_WINDOW_DAYS } };
  for (let i = 1; i < recent.length; i++) {
    const before = worstPain(recent[i - 1] as DayAggregate);
    const now = worstPain(recent[i] as DayAggregate);
    if (before !== null && now !== null && before >= SEVERE_PAIN && now >= SEVERE_PAIN) {
      return { suggest: true, why: { kind: 'severe-pain', pain: SEVERE_PAIN } };
    }
  }
  return { suggest: false };
}
