import type { LogEvent } from '../event-log-schema';

/**
 * Daily adherence derived from the event log. Each event is placed on the
 * local calendar day it happened on, using the UTC offset recorded with it,
 * so a DST change or a trip across time zones never moves past events.
 */
export interface DayStats {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Movement breaks that fell due or were started by hand. */
  due: number;
  /** Movement breaks completed. */
  taken: number;
  /** Snooze actions. */
  snoozed: number;
  /** Breaks started and then abandoned. */
  skipped: number;
  /** Whole minutes spent in guided breaks (natural breaks are not exercise). */
  minutesMoved: number;
}

export function localDateKey(at: number, tzOffsetMinutes: number): string {
  return new Date(at + tzOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function computeDayStats(events: readonly LogEvent[], date: string): DayStats {
  const due = new Set<string>();
  const taken = new Set<string>();
  let snoozed = 0;
  let skipped = 0;
  let secondsMoved = 0;
  for (const event of events) {
    if (localDateKey(event.at, event.tz) !== date) continue;
    switch (event.type) {
      case 'reminder-shown':
      case 'break-started':
        if (event.kind === 'movement') due.add(event.breakId);
        break;
      case 'break-completed':
        if (event.kind === 'movement' && !taken.has(event.breakId)) {
          taken.add(event.breakId);
          due.add(event.breakId);
          // Minutes of guided movement: time away from the desk is not counted as exercise.
          if (event.endedBy !== 'natural') secondsMoved += event.durationSeconds;
        }
        break;
      case 'break-snoozed':
        if (event.kind === 'movement') snoozed++;
        break;
      case 'break-skipped':
        if (event.kind === 'movement') skipped++;
        break;
      default:
        break;
    }
  }
  return {
    date,
    due: due.size,
    taken: taken.size,
    snoozed,
    skipped,
    minutesMoved: Math.round(secondsMoved / 60),
  };
}
