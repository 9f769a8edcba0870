import type { LogEvent } from '../event-log-schema';
import { localDateKey } from '../stats/day-stats';
import { URGENT_RED_FLAGS, type RedFlag } from './profile-schema';

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

/**
 * Looks at pain check-ins up to `now`: three flare-ups within 14 days, or
 * pain of 7 or more on two days running, suggest a physical therapist.
 */
export function flareUpAdvice(events: readonly LogEvent[], now: number, tz: number): FlareUpAdvice {
  const checkIns = events.filter((e): e is Extract<LogEvent, { type: 'pain-checkin' }> => e.type === 'pain-checkin');
  const today = localDateKey(now, tz);
  const windowStart = localDateKey(now - (FLARE_WINDOW_DAYS - 1) * 86_400_000, tz);
  const flareDays = new Set(
    checkIns
      .filter((e) => e.flareUp)
      .map((e) => localDateKey(e.at, e.tz))
      .filter((d) => d >= windowStart && d <= today),
  );
  if (flareDays.size >= FLARES_TO_SUGGEST) {
    return { suggest: true, why: `${flareDays.size} flare-ups in the last ${FLARE_WINDOW_DAYS} days` };
  }
  const worstByDay = new Map<string, number>();
  for (const e of checkIns) {
    const day = localDateKey(e.at, e.tz);
    const worst = Math.max(0, ...Object.values(e.regions).filter((v): v is number => typeof v === 'number'));
    worstByDay.set(day, Math.max(worstByDay.get(day) ?? 0, worst));
  }
  const severeDays = [...worstByDay.entries()]
    .filter(([, pain]) => pain >= SEVERE_PAIN)
    .map(([day]) => day)
    .sort();
  for (let i = 1; i < severeDays.length; i++) {
    const previous = new Date(`${severeDays[i - 1]}T00:00:00Z`).getTime();
    const current = new Date(`${severeDays[i]}T00:00:00Z`).getTime();
    if (current - previous === 86_400_000 && (severeDays[i] ?? '') >= windowStart) {
      return { suggest: true, why: `pain of ${SEVERE_PAIN} or more on two days running` };
    }
  }
  return { suggest: false };
}
