import { mondayFirstIndex } from '@shared/calendar';
import { exerciseText } from '@shared/content/localized';
import type { Translate } from '@shared/i18n/english';
import type { HistoryView } from '@shared/ipc-contract';
import type { HistoryFormat } from '../format/history-format';

/**
 * What the charts, their text summaries and their tables show, computed from
 * a `HistoryView`. Pure and chart-library free, so the report and the
 * dashboard's first paint can use it without loading the chart code. The
 * sentences come in the language on screen, through a `HistoryFormat`.
 */
export type HistoryDays = 7 | 30 | 90;
export const RANGES: readonly HistoryDays[] = [7, 30, 90];

export type DayPoint = HistoryView['points'][number];
export type YearDay = HistoryView['year'][number];
export type TimelineEntry = HistoryView['timeline'][number];

/** An exercise's name in the language on screen; its id if the catalogue has no such exercise. */
export function exerciseName(id: string, t: Translate): string {
  return exerciseText(id, t)?.name ?? id;
}

export interface Totals {
  due: number;
  taken: number;
  /** taken / due over the span, 0-100, or null when nothing fell due. */
  adherence: number | null;
  /** Days something fell due. */
  activeDays: number;
  /** Days at or above the target. */
  daysAtTarget: number;
  guidedMinutes: number;
  daysMoved: number;
}

export function totals(points: readonly DayPoint[], target: number): Totals {
  let due = 0;
  let taken = 0;
  let activeDays = 0;
  let daysAtTarget = 0;
  let guidedMinutes = 0;
  let daysMoved = 0;
  for (const p of points) {
    due += p.due;
    taken += p.taken;
    guidedMinutes += p.guidedMinutes;
    if (p.guidedMinutes > 0) daysMoved++;
    if (p.adherence === null) continue;
    activeDays++;
    if (p.adherence >= target) daysAtTarget++;
  }
  return {
    due,
    taken,
    adherence: due > 0 ? Math.round((taken / due) * 100) : null,
    activeDays,
    daysAtTarget,
    guidedMinutes,
    daysMoved,
  };
}

/** The pain check-ins of a span as a phrase: "pain 2–5 out of 10 over 4 check-ins with 1 flare-up". */
function painPhrase(points: readonly DayPoint[], { t }: HistoryFormat): string {
  const pains = points.flatMap((p) => (p.pain === null ? [] : [p.pain]));
  if (pains.length === 0) return t('history.adherence.painNone');
  const flares = points.filter((p) => p.flareUp).length;
  const range = { count: pains.length, min: Math.min(...pains), max: Math.max(...pains) };
  return flares > 0
    ? t('history.adherence.painWithFlareUps', {
        ...range,
        flareUps: t('history.adherence.flareUps', { count: flares }),
      })
    : t('history.adherence.pain', range);
}

export function adherenceSummary(points: readonly DayPoint[], target: number, format: HistoryFormat): string {
  const { t } = format;
  const all = totals(points, target);
  const count = points.length;
  if (all.adherence === null) return t('history.adherence.empty', { count });
  return t('history.adherence.summary', {
    count,
    percent: format.percent(all.adherence),
    taken: all.taken,
    due: all.due,
    daysAtTarget: all.daysAtTarget,
    activeDays: t('history.days', { count: all.activeDays }),
    target: format.percent(target),
    pain: painPhrase(points, format),
  });
}

export function minutesSummary(points: readonly DayPoint[], format: HistoryFormat): string {
  const { t } = format;
  const all = totals(points, 100);
  const count = points.length;
  if (all.guidedMinutes === 0) return t('history.minutes.empty', { count });
  const best = points.reduce((a, b) => (b.guidedMinutes > a.guidedMinutes ? b : a));
  return t('history.minutes.summary', {
    count,
    minutes: format.minutes(all.guidedMinutes),
    days: t('history.days', { count: all.daysMoved }),
    best: format.longDate(best.date),
    bestMinutes: t('history.durationMinutes', { minutes: best.guidedMinutes }),
  });
}

export function exercisesSummary(exercises: HistoryView['exercises'], days: number, format: HistoryFormat): string {
  const { t } = format;
  const top = exercises[0];
  if (!top) return t('history.exercises.empty', { count: days });
  const total = exercises.reduce((sum, e) => sum + e.count, 0);
  return t('history.exercises.summary', {
    count: days,
    different: t('history.exercises.different', { count: exercises.length }),
    times: t('history.times', { count: total }),
    top: exerciseName(top.exerciseId, t),
    topTimes: t('history.times', { count: top.count }),
  });
}

/** Heat map colour step 0-4 (20 % each), or null for a day with nothing due. */
export function heatStep(day: YearDay): number | null {
  if (day.due === 0 || day.adherence === null) return null;
  return Math.min(4, Math.floor(day.adherence / 20));
}

/** The heat map's five steps: "0–19 %" … "80–100 %". */
export function heatStepLabels({ t }: HistoryFormat): string[] {
  return [0, 1, 2, 3, 4].map((step) =>
    t('history.year.step', { from: step * 20, to: step === 4 ? 100 : step * 20 + 19 }),
  );
}

/** What a heat map cell says: "3 March 2026: 80 %", or that nothing was due. */
export function heatLabel(day: YearDay, format: HistoryFormat): string {
  return format.yearCell(format.longDate(day.date), day.due === 0 ? null : day.adherence);
}

export interface HeatCell {
  day: YearDay;
  /** 0-based week column. */
  week: number;
  weekday: number;
  step: number | null;
}

/** Day cells placed in week columns (Monday first), and where each month's label goes (the month of `date`). */
export function heatLayout(year: readonly YearDay[]): {
  cells: HeatCell[];
  weeks: number;
  months: { date: string; week: number }[];
} {
  const first = year[0];
  if (!first) return { cells: [], weeks: 0, months: [] };
  const offset = mondayFirstIndex(first.date);
  const cells = year.map((day, index) => ({
    day,
    week: Math.floor((index + offset) / 7),
    weekday: (index + offset) % 7,
    step: heatStep(day),
  }));
  const months: { date: string; week: number }[] = [];
  let lastMonth = '';
  for (const cell of cells) {
    // A month's label sits over the first week column that starts in it.
    if (cell.weekday !== 0 && cell !== cells[0]) continue;
    const month = cell.day.date.slice(0, 7);
    if (month === lastMonth) continue;
    months.push({ date: cell.day.date, week: cell.week });
    lastMonth = month;
  }
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  // A label needs about three columns: drop the first or last one when it would be crowded or cut off.
  if (months.length > 1 && (months[1]?.week ?? 0) - (months[0]?.week ?? 0) < 3) months.shift();
  if (months.length > 1 && weeks - (months.at(-1)?.week ?? 0) < 3) months.pop();
  return { cells, weeks, months };
}

export function yearSummary(year: readonly YearDay[], target: number, format: HistoryFormat): string {
  const due = year.filter((d) => heatStep(d) !== null);
  if (due.length === 0) return format.t('history.year.empty');
  const atTarget = due.filter((d) => (d.adherence ?? 0) >= target).length;
  return format.t('history.year.summary', { count: due.length, target: format.percent(target), atTarget });
}

/** The year as months (`YYYY-MM`) × days of the month, for the heat map's table. */
export function yearByMonth(year: readonly YearDay[]): { month: string; days: (YearDay | null)[] }[] {
  const rows = new Map<string, (YearDay | null)[]>();
  for (const day of year) {
    const key = day.date.slice(0, 7);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Array<YearDay | null>(31).fill(null)));
    row[Number(day.date.slice(8, 10)) - 1] = day;
  }
  return [...rows.entries()].map(([month, days]) => ({ month, days }));
}

export interface WeekRow {
  from: string;
  to: string;
  due: number;
  taken: number;
  adherence: number | null;
  guidedMinutes: number;
  daysAtTarget: number;
}

/** Consecutive 7-day weeks ending on the last point (the report's "last 4 weeks"). */
export function rollingWeeks(points: readonly DayPoint[], target: number): WeekRow[] {
  const weeks: WeekRow[] = [];
  for (let end = points.length; end >= 7; end -= 7) {
    const week = points.slice(end - 7, end);
    const t = totals(week, target);
    weeks.unshift({
      from: week[0]?.date ?? '',
      to: week.at(-1)?.date ?? '',
      due: t.due,
      taken: t.taken,
      adherence: t.adherence,
      guidedMinutes: t.guidedMinutes,
      daysAtTarget: t.daysAtTarget,
    });
  }
  return weeks;
}

export function timelineSummary(timeline: readonly TimelineEntry[], t: Translate): string {
  if (timeline.length === 0) return t('history.timeline.empty');
  const count = (what: TimelineEntry['what']) => timeline.filter((e) => e.what === what).length;
  return t('history.timeline.summary', {
    reminders: t('history.timeline.reminders', { count: count('reminded') }),
    breaks: t('history.timeline.breaks', { count: count('taken') + count('natural') }),
    snoozed: count('snoozed'),
    skipped: count('skipped'),
  });
}
