import { format, parseISO } from 'date-fns';
import { exerciseById } from '@shared/content/exercises';
import type { HistoryView } from '@shared/ipc-contract';

/**
 * What the charts, their text summaries and their tables show, computed from
 * a `HistoryView`. Pure and chart-library free, so the report and the
 * dashboard's first paint can use it without loading the chart code.
 */
export type HistoryDays = 7 | 30 | 90;
export const RANGES: readonly HistoryDays[] = [7, 30, 90];

export type DayPoint = HistoryView['points'][number];
export type YearDay = HistoryView['year'][number];
export type TimelineEntry = HistoryView['timeline'][number];

/** "80 %" (a no-break space keeps the sign with its number), or "–" for no value. */
export function percent(value: number | null): string {
  return value === null ? '–' : `${value}\u00a0%`;
}

// Calendar dates carry no zone: format them as UTC midnights. One formatter
// serves every label (the heat map names 365 days at once).
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "3 March 2026" */
export function longDate(date: string): string {
  return LONG_DATE.format(Date.parse(`${date}T00:00:00Z`));
}

/** "3 Mar" */
export function shortDate(date: string): string {
  return format(parseISO(date), 'd MMM');
}

/** "Mon 3" for a week, "3 Mar" for longer spans. */
export function tickDate(date: string, days: number): string {
  return days <= 7 ? format(parseISO(date), 'EEE d') : shortDate(date);
}

export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

/** "10:00–11:00" for hour 10, or "–" when there is no such hour. */
export function hourRange(hour: number | null): string {
  if (hour === null) return '–';
  const pad = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return `${pad(hour)}–${pad(hour + 1)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function exerciseName(id: string): string {
  return exerciseById(id)?.name ?? id;
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

function spanName(days: number): string {
  return days === 1 ? 'Today' : `Last ${days} days`;
}

export function adherenceSummary(points: readonly DayPoint[], target: number): string {
  const t = totals(points, target);
  const span = spanName(points.length);
  if (t.adherence === null) return `${span}: no breaks fell due yet, so there is nothing to chart.`;
  const pains = points.filter((p) => p.pain !== null);
  const flares = points.filter((p) => p.flareUp).length;
  const pain =
    pains.length === 0
      ? 'no pain check-ins'
      : `pain ${Math.min(...pains.map((p) => p.pain ?? 0))}–${Math.max(...pains.map((p) => p.pain ?? 0))} out of 10 over ${plural(pains.length, 'check-in')}` +
        (flares > 0 ? ` with ${plural(flares, 'flare-up')}` : '');
  return (
    `${span}: ${t.adherence} % of breaks taken (${t.taken} of ${t.due}), ` +
    `${t.daysAtTarget} of ${plural(t.activeDays, 'day')} at or above your ${target} % target; ${pain}.`
  );
}

export function minutesSummary(points: readonly DayPoint[]): string {
  const t = totals(points, 100);
  const span = spanName(points.length);
  if (t.guidedMinutes === 0) return `${span}: no guided movement yet.`;
  const best = points.reduce((a, b) => (b.guidedMinutes > a.guidedMinutes ? b : a));
  return (
    `${span}: ${minutesText(t.guidedMinutes)} of guided movement on ${plural(t.daysMoved, 'day')}, ` +
    `most on ${longDate(best.date)} (${best.guidedMinutes} min).`
  );
}

export function exercisesSummary(exercises: HistoryView['exercises'], days: number): string {
  const span = spanName(days);
  const top = exercises[0];
  if (!top) return `${span}: no exercises done yet.`;
  const total = exercises.reduce((sum, e) => sum + e.count, 0);
  return (
    `${span}: ${plural(exercises.length, 'different exercise')}, ${plural(total, 'time')} in all; ` +
    `most often ${exerciseName(top.exerciseId)} (${plural(top.count, 'time')}).`
  );
}

/** Heat map colour step 0-4 (20 % each), or null for a day with nothing due. */
export function heatStep(day: YearDay): number | null {
  if (day.due === 0 || day.adherence === null) return null;
  return Math.min(4, Math.floor(day.adherence / 20));
}

export const HEAT_STEP_LABELS = ['0–19 %', '20–39 %', '40–59 %', '60–79 %', '80–100 %'] as const;

export function heatLabel(day: YearDay): string {
  return `${longDate(day.date)}: ${day.due === 0 || day.adherence === null ? 'nothing due' : percent(day.adherence)}`;
}

/** Monday 0 … Sunday 6. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export interface HeatCell {
  day: YearDay;
  /** 0-based week column. */
  week: number;
  weekday: number;
  step: number | null;
}

/** Day cells placed in week columns (Monday first), and where each month's label goes. */
export function heatLayout(year: readonly YearDay[]): {
  cells: HeatCell[];
  weeks: number;
  months: { label: string; week: number }[];
} {
  const first = year[0];
  if (!first) return { cells: [], weeks: 0, months: [] };
  const offset = weekdayIndex(first.date);
  const cells = year.map((day, index) => ({
    day,
    week: Math.floor((index + offset) / 7),
    weekday: (index + offset) % 7,
    step: heatStep(day),
  }));
  const months: { label: string; week: number }[] = [];
  let lastMonth = '';
  for (const cell of cells) {
    // A month's label sits over the first week column that starts in it.
    if (cell.weekday !== 0 && cell !== cells[0]) continue;
    const month = cell.day.date.slice(0, 7);
    if (month === lastMonth) continue;
    months.push({ label: format(parseISO(cell.day.date), 'MMM'), week: cell.week });
    lastMonth = month;
  }
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  // A label needs about three columns: drop the first or last one when it would be crowded or cut off.
  if (months.length > 1 && (months[1]?.week ?? 0) - (months[0]?.week ?? 0) < 3) months.shift();
  if (months.length > 1 && weeks - (months.at(-1)?.week ?? 0) < 3) months.pop();
  return { cells, weeks, months };
}

export function yearSummary(year: readonly YearDay[], target: number): string {
  const due = year.filter((d) => heatStep(d) !== null);
  if (due.length === 0) return 'Last 12 months: no breaks fell due yet.';
  const atTarget = due.filter((d) => (d.adherence ?? 0) >= target).length;
  return (
    `Last 12 months: breaks fell due on ${plural(due.length, 'day')}; ` +
    `you met your ${target} % target on ${atTarget} of them.`
  );
}

/** The year as months × days of the month, for the heat map's table. */
export function yearByMonth(year: readonly YearDay[]): { month: string; days: (YearDay | null)[] }[] {
  const rows = new Map<string, (YearDay | null)[]>();
  for (const day of year) {
    const key = day.date.slice(0, 7);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Array<YearDay | null>(31).fill(null)));
    row[Number(day.date.slice(8, 10)) - 1] = day;
  }
  return [...rows.entries()].map(([key, days]) => ({ month: format(parseISO(`${key}-01`), 'MMMM yyyy'), days }));
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

export const TIMELINE_OUTCOMES: Record<TimelineEntry['what'], string> = {
  reminded: 'Reminded',
  started: 'Started',
  taken: 'Taken',
  natural: 'Natural break',
  snoozed: 'Snoozed',
  skipped: 'Skipped',
  deferred: 'Waited',
};

export function timelineSummary(timeline: readonly TimelineEntry[]): string {
  if (timeline.length === 0) return 'No reminders yet today.';
  const count = (what: TimelineEntry['what']) => timeline.filter((e) => e.what === what).length;
  const reminded = count('reminded');
  const taken = count('taken') + count('natural');
  return `Today so far: ${plural(reminded, 'reminder')}, ${plural(taken, 'break')} taken, ${count('snoozed')} snoozed, ${count('skipped')} skipped.`;
}
