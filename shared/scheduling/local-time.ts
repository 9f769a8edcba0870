import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { Weekday } from '../settings-schema';

/**
 * Local calendar maths in an explicit IANA time zone, so the engine never
 * depends on the process's zone and a zone change is just a new argument.
 * Stored times of day ("HH:MM") are read in whatever zone is current.
 */
const WEEKDAY_BY_INDEX: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

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

export function addLocalDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return format(addDays(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1), days), 'yyyy-MM-dd');
}

export function weekdayOf(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number);
  return WEEKDAY_BY_INDEX[new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay()] as Weekday;
}

/** The local UTC offset in minutes at `at` in `zone` (east positive). */
export function utcOffsetMinutes(at: number, zone: string): number {
  const offset = -new TZDate(at, zone).getTimezoneOffset();
  return offset === 0 ? 0 : offset;
}

/** Local midnight starting the day after `at`. */
export function nextLocalMidnight(at: number, zone: string): number {
  return instantAt(addLocalDays(localMoment(at, zone).date, 1), '00:00', zone);
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
