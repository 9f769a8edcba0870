import type { WorkingHours } from '../settings-schema';
import { addCalendarDays, instantAt, localMoment, weekdayOf } from '../calendar';

/**
 * Working hours: per weekday, several local ranges ("09:00"-"12:30",
 * "13:30"-"17:30"). Outside them no reminder fires. Ranges are read in the
 * current zone at each use, so a trip or a DST change moves nothing stored.
 */
export interface Interval {
  start: number;
  end: number;
}

/** The working ranges of one local date as instants, in order. */
export function rangesOn(date: string, hours: WorkingHours, zone: string): Interval[] {
  return hours.days[weekdayOf(date)]
    .map((r) => ({ start: instantAt(date, r.start, zone), end: instantAt(date, r.end, zone) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
}

/** The range containing `at`, or null when `at` is outside working hours. */
export function workingRangeAt(at: number, hours: WorkingHours, zone: string): Interval | null {
  if (!hours.enabled) return { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };
  const today = localMoment(at, zone).date;
  return rangesOn(today, hours, zone).find((r) => r.start <= at && at < r.end) ?? null;
}

export function isWorkingTime(at: number, hours: WorkingHours, zone: string): boolean {
  return workingRangeAt(at, hours, zone) !== null;
}

/** The next instant after `at` when working time starts, within 8 days, or null. */
export function nextWorkingStart(at: number, hours: WorkingHours, zone: string): number | null {
  if (!hours.enabled) return null;
  const today = localMoment(at, zone).date;
  for (let day = 0; day <= 8; day++) {
    const start = rangesOn(addCalendarDays(today, day), hours, zone).find((r) => r.start > at)?.start;
    if (start !== undefined) return start;
  }
  return null;
}

/** The next instant working time starts or ends, for the runtime's one timer. */
export function nextWorkingTransition(at: number, hours: WorkingHours, zone: string): number | null {
  if (!hours.enabled) return null;
  const range = workingRangeAt(at, hours, zone);
  return range ? range.end : nextWorkingStart(at, hours, zone);
}

/** How much of [from, to) lies inside working hours (all of it when they are off). */
export function workingOverlapMs(from: number, to: number, hours: WorkingHours, zone: string): number {
  if (to <= from) return 0;
  if (!hours.enabled) return to - from;
  let total = 0;
  let date = localMoment(from, zone).date;
  const last = localMoment(to, zone).date;
  // A long absence (a weekend away) needs only its first week examined.
  for (let day = 0; day <= 8 && date <= last; day++, date = addCalendarDays(date, 1)) {
    for (const range of rangesOn(date, hours, zone)) {
      total += Math.max(0, Math.min(to, range.end) - Math.max(from, range.start));
    }
  }
  return total;
}
