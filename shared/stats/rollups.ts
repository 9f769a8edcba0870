import { calendarDays, weekStartOf } from '../calendar';
import type { PainArea } from '../program/profile-model';
import { adherence, emptyDay, type DayAggregate } from './daily-aggregate';

/**
 * What the dashboard and the report show, computed from daily aggregates:
 * series over a span of days, streaks, weekly and monthly roll-ups, the best
 * and worst hours. Pure; dates are local "YYYY-MM-DD" strings throughout.
 */
export const DEFAULT_ADHERENCE_TARGET = 0.8;

/** Every day from `from` to `to`, empty ones included. */
export function series(days: ReadonlyMap<string, DayAggregate>, from: string, to: string): DayAggregate[] {
  return calendarDays(from, to).map((date) => days.get(date) ?? emptyDay(date));
}

export interface DayPoint {
  date: string;
  due: number;
  taken: number;
  /** 0-100, or null when nothing fell due. */
  adherence: number | null;
  guidedMinutes: number;
  /** The worst pain of the day over all regions, or null without a check-in. */
  pain: number | null;
  flareUp: boolean;
}

export function toPoint(day: DayAggregate): DayPoint {
  const ratio = adherence(day.movement.taken, day.movement.due);
  const pains = day.pain ? Object.values(day.pain).filter((v): v is number => typeof v === 'number') : [];
  return {
    date: day.date,
    due: day.movement.due,
    taken: day.movement.taken,
    adherence: ratio === null ? null : Math.round(ratio * 100),
    guidedMinutes: day.guidedMinutes,
    pain: pains.length ? Math.max(...pains) : null,
    flareUp: day.flareUp,
  };
}

export interface Streaks {
  /** Days in a row, up to today, with adherence at or above the target. */
  current: number;
  best: number;
}

/**
 * Streaks count days that met the target; days with nothing due (weekends,
 * holidays) neither count nor break a streak. Today only counts once it has
 * met the target: an unfinished day does not break the streak either.
 */
export function streaks(days: readonly DayAggregate[], target: number = DEFAULT_ADHERENCE_TARGET): Streaks {
  let best = 0;
  let run = 0;
  days.forEach((day, index) => {
    const ratio = adherence(day.movement.taken, day.movement.due);
    const isToday = index === days.length - 1;
    if (ratio === null) return;
    if (ratio >= target) run++;
    else if (!isToday) run = 0;
    best = Math.max(best, run);
  });
  return { current: run, best };
}

export interface Rollup {
  /** The week's Monday, or the month "YYYY-MM". */
  period: string;
  due: number;
  taken: number;
  adherence: number | null;
  guidedMinutes: number;
  activeDays: number;
}

function rollup(days: readonly DayAggregate[], key: (date: string) => string): Rollup[] {
  const groups = new Map<string, Rollup>();
  for (const day of days) {
    const period = key(day.date);
    let group = groups.get(period);
    if (!group)
      groups.set(period, (group = { period, due: 0, taken: 0, adherence: null, guidedMinutes: 0, activeDays: 0 }));
    group.due += day.movement.due;
    group.taken += day.movement.taken;
    group.guidedMinutes += day.guidedMinutes;
    if (day.movement.due > 0) group.activeDays++;
  }
  return [...groups.values()].map((g) => {
    const ratio = adherence(g.taken, g.due);
    return { ...g, adherence: ratio === null ? null : Math.round(ratio * 100) };
  });
}

export function weekly(days: readonly DayAggregate[]): Rollup[] {
  return rollup(days, weekStartOf);
}

export function monthly(days: readonly DayAggregate[]): Rollup[] {
  return rollup(days, (date) => date.slice(0, 7));
}

/** The hour with the most breaks taken, and the one with the most skipped or snoozed. */
export function bestAndWorstHours(days: readonly DayAggregate[]): { best: number | null; mostSkipped: number | null } {
  const taken = new Array<number>(24).fill(0);
  const skipped = new Array<number>(24).fill(0);
  for (const day of days) {
    for (let h = 0; h < 24; h++) {
      taken[h]! += day.takenByHour[h] ?? 0;
      skipped[h]! += day.skippedByHour[h] ?? 0;
    }
  }
  const top = (counts: number[]) => {
    const max = Math.max(...counts);
    return max === 0 ? null : counts.indexOf(max);
  };
  return { best: top(taken), mostSkipped: top(skipped) };
}

/** Exercises done over the days, most done first. */
export function exerciseTotals(days: readonly DayAggregate[]): { exerciseId: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const day of days)
    for (const [id, n] of Object.entries(day.exercises)) totals.set(id, (totals.get(id) ?? 0) + n);
  return [...totals.entries()]
    .map(([exerciseId, count]) => ({ exerciseId, count }))
    .sort((a, b) => b.count - a.count || a.exerciseId.localeCompare(b.exerciseId));
}

/** The worst pain per day for a region (or all), for the pain trend. */
export function painSeries(days: readonly DayAggregate[], area?: PainArea): (number | null)[] {
  return days.map((day) => {
    if (!day.pain) return null;
    if (area) return day.pain[area] ?? null;
    const values = Object.values(day.pain).filter((v): v is number => typeof v === 'number');
    return values.length ? Math.max(...values) : null;
  });
}
