import { TZDate } from '@date-fns/tz';
import {
  addDays,
  differenceInCalendarDays,
  eachDayOfInterval,
  eachMonthOfInterval,
  format,
  formatISO,
  getDay,
  getISODay,
  parseISO,
  startOfISOWeek,
} from 'date-fns';
import type { Weekday } from './settings-schema';

/**
 * The app's one calendar module, on date-fns and @date-fns/tz. Three kinds of
 * time, each with its own functions:
 *
 * - **Calendar dates** ("YYYY-MM-DD", months "YYYY-MM"): a day of the
 *   history, a day of working hours. They carry no zone. date-fns counts
 *   them as calendar days, never as 24-hour steps, on plain Dates at local
 *   midnight, so no clock change moves a date. (A TZDate in UTC would free
 *   them from the process's zone too, but costs about 25 times as much, and
 *   the dashboard steps through two years of days per call. The one date a
 *   plain Date cannot hold is a day the process's own zone skipped outright,
 *   as Samoa skipped 30 December 2011.)
 * - **Instants in an IANA zone** (the engine's "now" and working hours): a
 *   TZDate in that zone, so the engine never depends on the process's zone
 *   and a zone change is just a new argument. Stored times of day ("HH:MM")
 *   are read in whatever zone is current.
 * - **Instants with the UTC offset they were recorded with** (the event log's
 *   `tz`): shifted by that offset and read in UTC. This runs once per event
 *   (a 5-year history holds over 100,000), where a TZDate would cost a
 *   hundred times a plain Date.
 */

// ---- Calendar dates

const WEEKDAY_BY_INDEX: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const dateOf = (date: string): Date => parseISO(date);
const formatDate = (date: Date): string => formatISO(date, { representation: 'date' });

export function addCalendarDays(date: string, days: number): string {
  return formatDate(addDays(dateOf(date), days));
}

/** Every date from `from` to `to`, both included; none when `from` is later. */
export function calendarDays(from: string, to: string): string[] {
  if (from > to) return [];
  return eachDayOfInterval({ start: dateOf(from), end: dateOf(to) }).map(formatDate);
}

/** Every month ("YYYY-MM") from `from` to `to`, both included; none when `from` is later. */
export function calendarMonths(from: string, to: string): string[] {
  if (from > to) return [];
  return eachMonthOfInterval({ start: dateOf(`${from}-01`), end: dateOf(`${to}-01`) }).map((month) =>
    format(month, 'yyyy-MM'),
  );
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAY_BY_INDEX[getDay(dateOf(date))] as Weekday;
}

/** 0 for Monday to 6 for Sunday: a week drawn Monday first. */
export function mondayFirstIndex(date: string): number {
  return getISODay(dateOf(date)) - 1;
}

/** The Monday that starts `date`'s ISO week. */
export function weekStartOf(date: string): string {
  return formatDate(startOfISOWeek(dateOf(date)));
}

/** Days since 1 January 1970 (negative before): the same number all day, one more each day. */
export function dayNumber(date: string): number {
  // Both dates are read now, in the same zone: a Date kept from another zone would be off by one.
  return differenceInCalendarDays(dateOf(date), dateOf('1970-01-01'));
}

/**
 * The date's midnight in UTC, for an Intl formatter set to `timeZone: 'UTC'`:
 * it then writes that very date, whatever zone the page runs in.
 */
export function utcMidnightOf(date: string): number {
  return parseISO(`${date}T00:00:00Z`).getTime();
}

// ---- Instants in an IANA zone

export interface LocalMoment {
  /** YYYY-MM-DD in the zone. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

export function localMoment(at: number, zone: string): LocalMoment {
  const local = new TZDate(at, zone);
  return {
    date: format(local, 'yyyy-MM-dd'),
    weekday: WEEKDAY_BY_INDEX[local.getDay()] as Weekday,
    minutes: local.getHours() * 60 + local.getMinutes(),
  };
}

export function parseTimeOfDay(hhmm: string): { hours: number; minutes: number } {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return { hours: hours ?? 0, minutes: minutes ?? 0 };
}

/**
 * The instant a local date and time of day names in `zone`. A time that a
 * spring-forward change skips is moved forward by the gap, as clocks do.
 */
export function instantAt(date: string, hhmm: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const { hours, minutes } = parseTimeOfDay(hhmm);
  return new TZDate(year ?? 1970, (month ?? 1) - 1, day ?? 1, hours, minutes, zone).getTime();
}

/** The local UTC offset in minutes at `at` in `zone` (east positive). */
export function utcOffsetMinutes(at: number, zone: string): number {
  const offset = -new TZDate(at, zone).getTimezoneOffset();
  return offset === 0 ? 0 : offset;
}

/** Local midnight starting the day after `at`. */
export function nextLocalMidnight(at: number, zone: string): number {
  return instantAt(addCalendarDays(localMoment(at, zone).date, 1), '00:00', zone);
}

/** "HH:mm" of an instant in `zone`, for tray and notification text. */
export function formatLocalTime(at: number, zone: string): string {
  return format(new TZDate(at, zone), 'HH:mm');
}

/**
 * "HH:mm" today, else the short weekday first ("Mon 09:00", "lun. 09:00"),
 * for instants that may be another day; the weekday in `language`.
 */
export function formatLocalDayTime(at: number, now: number, zone: string, language = 'en'): string {
  const time = formatLocalTime(at, zone);
  if (localMoment(at, zone).date === localMoment(now, zone).date) return time;
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: zone }).format(at);
  return `${weekday} ${time}`;
}

// ---- Instants with the offset they were recorded with

/** The local calendar date of an instant, given the UTC offset (minutes east) it was recorded with. */
export function localDateAtOffset(at: number, offsetMinutes: number): string {
  return new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The local hour (0-23) of an instant, given the UTC offset it was recorded with. */
export function localHourAtOffset(at: number, offsetMinutes: number): number {
  return new Date(at + offsetMinutes * 60_000).getUTCHours();
}
