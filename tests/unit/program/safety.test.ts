import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, type LogEvent } from '@shared/event-log-schema';
import { english } from '@shared/i18n/english';
import { describeFlareUp } from '@shared/program/program-text';
import { flareUpAdvice, isUrgent } from '@shared/program/safety';
import { aggregateDays } from '@shared/stats/daily-aggregate';
import { addCalendarDays } from '@shared/calendar';
import { series } from '@shared/stats/rollups';
import { RED_FLAGS } from '@shared/program/profile-model';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-20T12:00:00Z');
let seq = 0;
const checkIn = (daysAgo: number, pain: number, flareUp = false): LogEvent => ({
  v: EVENT_VERSION,
  id: `c${++seq}`,
  type: 'pain-checkin',
  at: NOW - daysAgo * DAY,
  tz: 0,
  regions: { 'low-back': pain },
  flareUp,
  redFlags: [],
});

/** The advice as the app computes it: from the last 14 daily aggregates ending today. */
function advice(events: LogEvent[]) {
  const today = '2026-03-20';
  return flareUpAdvice(series(aggregateDays(events), addCalendarDays(today, -13), today));
}

describe('red flags', () => {
  it('each has a plain question, and the bladder/bowel and leg signs are urgent', () => {
    for (const flag of RED_FLAGS) expect(english(`safety.redFlags.${flag}`), flag).toMatch(/^[A-Z].*\?$/);
    expect(isUrgent(['bladder-or-bowel-control'])).toBe(true);
    expect(isUrgent(['leg-weakness-or-numbness'])).toBe(true);
    expect(isUrgent(['no-improvement-6-8-weeks'])).toBe(false);
  });
});

describe('flare-up advice', () => {
  it('three flare-ups within 14 days suggest a physical therapist', () => {
    expect(advice([checkIn(1, 3, true), checkIn(5, 4, true)])).toEqual({ suggest: false });
    const three = advice([checkIn(1, 3, true), checkIn(5, 4, true), checkIn(13, 2, true)]);
    expect(three).toEqual({ suggest: true, why: { kind: 'flare-ups', count: 3, days: 14 } });
    expect(three.suggest && describeFlareUp(three.why, english)).toBe('3 flare-ups in the last 14 days');
  });

  it('flare-ups older than 14 days do not count', () => {
    expect(advice([checkIn(1, 3, true), checkIn(5, 4, true), checkIn(20, 2, true)]).suggest).toBe(false);
  });

  it('pain of 7 or more on two days running suggests it too; on days apart it does not', () => {
    const severe = advice([checkIn(2, 8), checkIn(1, 7)]);
    expect(severe).toEqual({ suggest: true, why: { kind: 'severe-pain', pain: 7 } });
    expect(severe.suggest && describeFlareUp(severe.why, english)).toBe('pain of 7 or more on two days running');
    expect(advice([checkIn(3, 8), checkIn(1, 7)]).suggest).toBe(false);
  });

  it('no check-ins, no advice', () => {
    expect(advice([])).toEqual({ suggest: false });
  });
});
