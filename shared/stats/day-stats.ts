import type { LogEvent } from '../event-log-schema';
import { localDateAtOffset } from '../calendar';
import { aggregateDays, emptyDay, type DayAggregate } from './daily-aggregate';

/**
 * Today's movement breaks at a glance (the dashboard's four numbers and the
 * command line's status), taken from the same daily aggregate as the charts.
 */
export interface DayStats {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Movement breaks that fell due, were started by hand, or were taken naturally. */
  due: number;
  /** Movement breaks taken, guided or natural. */
  taken: number;
  /** Snooze actions. */
  snoozed: number;
  /** Breaks skipped, or started and then abandoned. */
  skipped: number;
  /** Whole minutes spent in guided breaks (natural breaks are not exercise). */
  minutesMoved: number;
}

/** A day's aggregate as the four numbers (the backend's today figures and the command line use it). */
export function dayStatsOf(day: DayAggregate): DayStats {
  return {
    date: day.date,
    due: day.movement.due,
    taken: day.movement.taken,
    snoozed: day.movement.snoozed,
    skipped: day.movement.skipped,
    minutesMoved: day.guidedMinutes,
  };
}

export function computeDayStats(events: readonly LogEvent[], date: string): DayStats {
  const day =
    aggregateDays(
      events.filter((e) => (e.type === 'day-activity' ? e.date : localDateAtOffset(e.at, e.tz)) === date),
    ).get(date) ?? emptyDay(date);
  return dayStatsOf(day);
}
