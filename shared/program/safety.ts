import type { DayAggregate } from '../stats/daily-aggregate';
import { URGENT_RED_FLAGS, type RedFlag } from './profile-model';

/**
 * When exercise is not the answer. A red flag stops the program and the app
 * asks the user to see a doctor (urgently for the first two); frequent or
 * severe flare-ups suggest contacting a physical therapist. The app never
 * diagnoses; it only points to the right person.
 */
export const RED_FLAG_QUESTIONS: Record<RedFlag, string> = {
  'bladder-or-bowel-control': 'Have you had any new loss of bladder or bowel control?',
  'leg-weakness-or-numbness': 'Do you have numbness, tingling or weakness in a leg (or an arm)?',
  'severe-pain-not-improving': 'Is your pain severe and not getting better with medication or rest?',
  'trouble-walking-or-standing': 'Do you have trouble walking or standing?',
  'no-improvement-6-8-weeks': 'Has your back had no improvement after 6 to 8 weeks of treatment?',
};

export function isUrgent(flags: readonly RedFlag[]): boolean {
  return flags.some((flag) => URGENT_RED_FLAGS.includes(flag));
}

export type FlareUpAdvice = { suggest: false } | { suggest: true; why: string };

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
    return { suggest: true, why: `${flares} flare-ups in the last ${FLARE_WINDOW_DAYS} days` };
  for (let i = 1; i < recent.length; i++) {
    const before = worstPain(recent[i - 1] as DayAggregate);
    const now = worstPain(recent[i] as DayAggregate);
    if (before !== null && now !== null && before >= SEVERE_PAIN && now >= SEVERE_PAIN) {
      return { suggest: true, why: `pain of ${SEVERE_PAIN} or more on two days running` };
    }
  }
  return { suggest: false };
}
