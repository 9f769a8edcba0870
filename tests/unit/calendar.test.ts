import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDays,
  calendarMonths,
  dayNumber,
  formatLocalDayTime,
  formatLocalTime,
  instantAt,
  localDateAtOffset,
  localHourAtOffset,
  localMoment,
  mondayFirstIndex,
  nextLocalMidnight,
  utcMidnightOf,
  utcOffsetMinutes,
  weekdayOf,
  weekStartOf,
} from '@shared/calendar';

/**
 * shared/calendar.ts, the one calendar module: calendar dates that no clock
 * change moves, instants in an IANA zone across DST changes and changes of
 * zone, and instants read with the offset they were recorded with.
 */

const at = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();
const HOUR = 3_600_000;

/**
 * Process zones the calendar-date functions must not notice: UTC (the
 * tests' own), zones with DST at 02:00 and 03:00, one whose DST began at
 * midnight (São Paulo, 4 November 2018: that midnight did not exist), a
 * half-hour DST (Lord Howe) and a zone 14 hours ahead.
 */
const PROCESS_ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
];

describe.each(PROCESS_ZONES)('calendar dates, with the process in %s', (zone) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it('runs in that zone (the test would prove nothing otherwise)', () => {
    const offsets = new Set([0, 6].map((month) => new Date(2018, month, 1).getTimezoneOffset()));
    if (zone === 'UTC') expect([...offsets]).toEqual([0]);
    else expect([...offsets].some((offset) => offset !== 0)).toBe(true);
  });

  it('steps over DST days one calendar day at a time', () => {
    // Europe's spring and fall changes, the US's, and São Paulo's midnight change.
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addCalendarDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addCalendarDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addCalendarDays('2026-11-01', -1)).toBe('2026-10-31');
    expect(addCalendarDays('2018-11-03', 1)).toBe('2018-11-04');
    expect(addCalendarDays('2018-11-04', 1)).toBe('2018-11-05');
    expect(addCalendarDays('2019-02-17', -1)).toBe('2019-02-16');
    expect(calendarDays('2018-11-02', '2018-11-05')).toEqual(['2018-11-02', '2018-11-03', '2018-11-04', '2018-11-05']);
    expect(calendarDays('2026-03-27', '2026-03-31')).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
  });

  it('crosses month and year ends, leap days included', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-03-02', -364)).toBe('2025-03-03');
    expect(addCalendarDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(calendarDays('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(calendarDays('2024-01-01', '2024-12-31')).toHaveLength(366);
    expect(calendarDays('2025-01-01', '2025-12-31')).toHaveLength(365);
    expect(calendarDays('2026-03-02', '2026-03-02')).toEqual(['2026-03-02']);
    expect(calendarDays('2026-03-03', '2026-03-02')).toEqual([]);
  });

  it('lists months across a year end', () => {
    expect(calendarMonths('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(calendarMonths('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(calendarMonths('2026-04', '2026-03')).toEqual([]);
    expect(calendarMonths('2021-01', '2025-12')).toHaveLength(60);
  });

  it('names weekdays and ISO weeks, across year ends and DST days', () => {
    expect(weekdayOf('2026-03-02')).toBe('mon');
    expect(weekdayOf('2026-03-29')).toBe('sun');
    expect(weekdayOf('2018-11-04')).toBe('sun');
    expect(weekdayOf('2024-02-29')).toBe('thu');
    expect(mondayFirstIndex('2026-01-05')).toBe(0);
    expect(mondayFirstIndex('2026-01-04')).toBe(6);
    expect(weekStartOf('2026-03-29')).toBe('2026-03-23');
    expect(weekStartOf('2026-03-30')).toBe('2026-03-30');
    // 1 January 2026 is a Thursday: its ISO week began in 2025.
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29');
    expect(weekStartOf('2018-11-04')).toBe('2018-10-29');
  });

  it('numbers days one apart, DST days included, and puts each at its UTC midnight', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-03-02')).toBe(Date.UTC(2026, 2, 2) / 86_400_000);
    for (const date of ['2026-03-29', '2026-10-25', '2018-11-04', '2019-02-17', '2025-12-31']) {
      expect(dayNumber(addCalendarDays(date, 1)) - dayNumber(date), date).toBe(1);
      expect(utcMidnightOf(date)).toBe(Date.parse(`${date}T00:00:00Z`));
    }
  });
});

describe('instants in an IANA zone', () => {
  it('reads the local date, weekday and minutes on either side of a spring-forward change', () => {
    // Europe/Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    expect(localMoment(at('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-03-29',
      weekday: 'sun',
      minutes: 1 * 60 + 59,
    });
    expect(localMoment(at('2026-03-29T01:00:00Z'), 'Europe/Berlin').minutes).toBe(3 * 60);
    expect(utcOffsetMinutes(at('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(60);
    expect(utcOffsetMinutes(at('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(formatLocalTime(at('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('03:00');
  });

  it('moves a time of day that spring-forward skips forward by the gap, as clocks do', () => {
    expect(iso(instantAt('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(instantAt('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    // São Paulo's midnight of 4 November 2018 never happened: the day began at 01:00.
    expect(iso(instantAt('2018-11-04', '00:00', 'America/Sao_Paulo'))).toBe('2018-11-04T03:00:00.000Z');
  });

  it('gives a time of day that fall-back repeats as one of its two instants, on that date and time', () => {
    for (const [date, hhmm, zone] of [
      ['2026-10-25', '02:30', 'Europe/Berlin'],
      ['2026-11-01', '01:30', 'America/New_York'],
    ] as const) {
      const instant = instantAt(date, hhmm, zone);
      expect(localMoment(instant, zone)).toMatchObject({ date, minutes: 150 - (zone === 'America/New_York' ? 60 : 0) });
      expect(formatLocalTime(instant, zone)).toBe(hhmm);
    }
  });

  it('finds the next local midnight after 23- and 25-hour days', () => {
    const berlin = 'Europe/Berlin';
    const spring = nextLocalMidnight(at('2026-03-28T12:00:00Z'), berlin);
    expect(iso(spring)).toBe('2026-03-28T23:00:00.000Z');
    expect(nextLocalMidnight(spring + HOUR, berlin) - spring).toBe(23 * HOUR);
    const fall = nextLocalMidnight(at('2026-10-24T12:00:00Z'), berlin);
    expect(nextLocalMidnight(fall + HOUR, berlin) - fall).toBe(25 * HOUR);
    // The last instant of a day still belongs to it.
    expect(nextLocalMidnight(spring - 1, berlin)).toBe(spring);
    // A year end.
    expect(iso(nextLocalMidnight(at('2026-12-31T20:00:00Z'), 'America/New_York'))).toBe('2027-01-01T05:00:00.000Z');
  });

  it('follows a change of zone: the same instant is another date, hour and offset in the new zone', () => {
    const instant = at('2026-03-02T23:30:00Z');
    expect(localMoment(instant, 'America/New_York')).toEqual({
      date: '2026-03-02',
      weekday: 'mon',
      minutes: 18 * 60 + 30,
    });
    expect(localMoment(instant, 'Europe/Berlin')).toEqual({ date: '2026-03-03', weekday: 'tue', minutes: 30 });
    expect(localMoment(instant, 'Asia/Kathmandu')).toMatchObject({ date: '2026-03-03', minutes: 5 * 60 + 15 });
    expect(utcOffsetMinutes(instant, 'Asia/Kathmandu')).toBe(345);
    expect(utcOffsetMinutes(instant, 'America/New_York')).toBe(-300);
    expect(utcOffsetMinutes(instant, 'UTC')).toBe(0);
    expect(Object.is(utcOffsetMinutes(instant, 'UTC'), 0)).toBe(true);
    // "09:00" names another instant in each zone.
    expect(instantAt('2026-03-03', '09:00', 'Asia/Tokyo')).toBe(at('2026-03-03T00:00:00Z'));
    expect(instantAt('2026-03-03', '09:00', 'Europe/Berlin')).toBe(at('2026-03-03T08:00:00Z'));
    expect(nextLocalMidnight(instant, 'America/New_York')).toBe(at('2026-03-03T05:00:00Z'));
    expect(nextLocalMidnight(instant, 'Europe/Berlin')).toBe(at('2026-03-03T23:00:00Z'));
  });

  it('follows a zone that changes its own offset: Samoa skipped 30 December 2011', () => {
    // At the end of 29 December (UTC-10) Samoa moved to UTC+14: the next day was the 31st.
    expect(localMoment(at('2011-12-30T09:59:00Z'), 'Pacific/Apia')).toMatchObject({
      date: '2011-12-29',
      minutes: 23 * 60 + 59,
    });
    expect(localMoment(at('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toMatchObject({ date: '2011-12-31', minutes: 0 });
    expect(utcOffsetMinutes(at('2011-12-30T09:59:00Z'), 'Pacific/Apia')).toBe(-600);
    expect(utcOffsetMinutes(at('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe(840);
    expect(iso(nextLocalMidnight(at('2011-12-29T12:00:00Z'), 'Pacific/Apia'))).toBe('2011-12-30T10:00:00.000Z');
  });

  it("writes another day's time with its weekday, in the language asked", () => {
    const now = at('2026-03-02T08:00:00Z');
    expect(formatLocalDayTime(at('2026-03-02T16:00:00Z'), now, 'Europe/Berlin')).toBe('17:00');
    expect(formatLocalDayTime(at('2026-03-03T08:00:00Z'), now, 'Europe/Berlin')).toBe('Tue 09:00');
    expect(formatLocalDayTime(at('2026-03-03T08:00:00Z'), now, 'Europe/Berlin', 'de')).toMatch(/^Di\.? 09:00$/);
    // The same two instants are one day in New York.
    expect(formatLocalDayTime(at('2026-03-02T23:00:00Z'), now, 'America/New_York')).toBe('18:00');
    expect(formatLocalDayTime(at('2026-03-02T23:00:00Z'), now, 'Europe/Berlin')).toBe('Tue 00:00');
  });
});

describe('instants with the offset they were recorded with', () => {
  it('reads each instant by its own offset, so a history recorded while travelling keeps its dates', () => {
    // Recorded in Berlin (UTC+1), then in New York (UTC-5) a few hours later.
    expect(localDateAtOffset(at('2026-03-02T23:30:00Z'), 60)).toBe('2026-03-03');
    expect(localDateAtOffset(at('2026-03-03T03:00:00Z'), -300)).toBe('2026-03-02');
    expect(localHourAtOffset(at('2026-03-02T23:30:00Z'), 60)).toBe(0);
    expect(localHourAtOffset(at('2026-03-03T03:00:00Z'), -300)).toBe(22);
    // A half-hour zone, a summer offset, a year end.
    expect(localHourAtOffset(at('2026-03-02T20:00:00Z'), 345)).toBe(1);
    expect(localDateAtOffset(at('2026-03-29T22:30:00Z'), 120)).toBe('2026-03-30');
    expect(localDateAtOffset(at('2026-12-31T23:00:00Z'), 60)).toBe('2027-01-01');
  });

  it('agrees with the zone the offset came from, on both sides of a DST change', () => {
    for (const instant of [
      at('2026-03-28T23:30:00Z'),
      at('2026-03-29T00:59:00Z'),
      at('2026-03-29T01:00:00Z'),
      at('2026-10-24T22:30:00Z'),
      at('2026-10-25T01:30:00Z'),
    ]) {
      const offset = utcOffsetMinutes(instant, 'Europe/Berlin');
      const local = localMoment(instant, 'Europe/Berlin');
      expect(localDateAtOffset(instant, offset), iso(instant)).toBe(local.date);
      expect(localHourAtOffset(instant, offset), iso(instant)).toBe(Math.floor(local.minutes / 60));
    }
  });
});
