import type { LogEvent } from '../event-log-schema';
import { adherence, type DayAggregate } from './daily-aggregate';
import { uprightShare } from './posture-day';

/**
 * CSV exports: one row per day of the daily stats, or one row per raw event.
 * RFC 4180 quoting; ISO dates; numbers as numbers.
 */
type CellValue = string | number | boolean | object | null | undefined;

function cell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rows(header: string[], lines: CellValue[][]): string {
  return [header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const DAILY_CSV_COLUMNS = [
  'date',
  'movement_due',
  'movement_taken',
  'adherence_percent',
  'guided',
  'natural',
  'snoozed',
  'skipped',
  'guided_minutes',
  'posture_shown',
  'posture_acknowledged',
  'active_minutes',
  'longest_sitting_minutes',
  'home_program_done',
  'walks_done',
  'pain_max',
  'flare_up',
  'sensed_sitting_minutes',
  'upright_percent',
  'longest_slouch_minutes',
  'posture_nudges',
] as const;

export function dailyCsv(days: readonly DayAggregate[]): string {
  return rows(
    [...DAILY_CSV_COLUMNS],
    days.map((d) => {
      const ratio = adherence(d.movement.taken, d.movement.due);
      const upright = d.sensing ? uprightShare(d.sensing) : null;
      const pains = d.pain ? Object.values(d.pain).filter((v): v is number => typeof v === 'number') : [];
      return [
        d.date,
        d.movement.due,
        d.movement.taken,
        ratio === null ? null : Math.round(ratio * 100),
        d.movement.guided,
        d.movement.natural,
        d.movement.snoozed,
        d.movement.skipped,
        d.guidedMinutes,
        d.posture.shown,
        d.posture.acknowledged,
        d.activeMinutes,
        d.longestSittingMinutes,
        d.homeProgramDone,
        d.walksDone,
        pains.length ? Math.max(...pains) : null,
        d.flareUp ? 1 : 0,
        d.sensing?.sensedMinutes,
        upright === null ? null : Math.round(upright * 100),
        d.sensing?.longestDriftMinutes,
        d.sensing?.nudges,
      ];
    }),
  );
}

export const EVENTS_CSV_COLUMNS = ['id', 'type', 'at', 'utc_offset_minutes', 'kind', 'break_id', 'details'] as const;

export function eventsCsv(events: readonly LogEvent[]): string {
  return rows(
    [...EVENTS_CSV_COLUMNS],
    events.map((event) => {
      const { v: _v, id, type, at, tz, ...rest } = event;
      const { kind, breakId, ...details } = rest as { kind?: string; breakId?: string | null };
      return [
        id,
        type,
        new Date(at).toISOString(),
        tz,
        kind ?? null,
        breakId ?? null,
        Object.keys(details).length ? details : null,
      ];
    }),
  );
}
