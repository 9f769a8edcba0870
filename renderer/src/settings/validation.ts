import { z } from 'zod';
import {
  settingsSchema,
  timeOfDaySchema,
  workingHoursSchema,
  type Settings,
  type SettingsPatch,
} from '@shared/settings-schema';

/**
 * Inline validation for the Settings window, with the very schema the backend
 * checks (shared/settings-schema.ts), so a value the window accepts is one
 * the backend saves. This module, and zod with it, is part of the lazily
 * loaded settings chunk only: the main renderer bundle stays zod-free
 * (tests/integration/renderer-chunks.test.ts checks the build).
 */

// The page's Content-Security-Policy forbids eval: no `new Function` probe, no JIT.
z.config({ jitless: true });

const sections = settingsSchema.shape;
const posture = sections.posture.shape;
const sitStand = posture.sitStand.shape;
const movement = sections.movement.shape;

/**
 * A number setting as the window shows it: `factor` stored units per shown
 * unit (60 for a duration stored in seconds and shown in minutes), the
 * schema for the stored value, how to read it and how to save it.
 */
export interface NumberSetting {
  /** Where it lives, as "section.key": it names the setting's field in a card. */
  key: string;
  schema: z.ZodNumber;
  factor: number;
  read: (settings: Settings) => number | null;
  patch: (settings: Settings, stored: number) => SettingsPatch;
}

function setting<S extends keyof SettingsPatch & keyof Settings>(
  section: S,
  key: string,
  schema: z.ZodNumber,
  factor = 1,
): NumberSetting {
  return {
    key: `${section}.${key}`,
    schema,
    factor,
    read: (settings) => (settings[section] as Record<string, number | null>)[key] ?? null,
    patch: (_settings, stored) => ({ [section]: { [key]: stored } }),
  };
}

function sitStandSetting(key: keyof Settings['posture']['sitStand'], schema: z.ZodNumber): NumberSetting {
  return {
    key: `posture.sitStand.${key}`,
    schema,
    factor: 60,
    read: (settings) => settings.posture.sitStand[key],
    // The rhythm is saved as a whole: a patch goes one level into a section.
    patch: (settings, stored) => ({ posture: { sitStand: { ...settings.posture.sitStand, [key]: stored } } }),
  };
}

/** Every number setting of the window, where it lives in the settings. */
export const NUMBER_SETTINGS = {
  posture: {
    intervalSeconds: setting('posture', 'intervalSeconds', posture.intervalSeconds, 60),
    durationSeconds: setting('posture', 'durationSeconds', posture.durationSeconds),
    naturalResetSeconds: setting('posture', 'naturalResetSeconds', posture.naturalResetSeconds, 60),
    sitSeconds: sitStandSetting('sitSeconds', sitStand.sitSeconds),
    standSeconds: sitStandSetting('standSeconds', sitStand.standSeconds),
    moveSeconds: sitStandSetting('moveSeconds', sitStand.moveSeconds),
  },
  movement: {
    intervalSeconds: setting('movement', 'intervalSeconds', movement.intervalSeconds, 60),
    durationSeconds: setting('movement', 'durationSeconds', movement.durationSeconds, 60),
    preBreakNoticeSeconds: setting('movement', 'preBreakNoticeSeconds', movement.preBreakNoticeSeconds),
  },
  walk: { startMinutes: setting('walk', 'startMinutes', sections.walk.shape.startMinutes) },
  breakRules: {
    snoozeMinutes: setting('breakRules', 'snoozeMinutes', sections.breakRules.shape.snoozeMinutes),
    maxSnoozesPerBreak: setting('breakRules', 'maxSnoozesPerBreak', sections.breakRules.shape.maxSnoozesPerBreak),
    maxSkipsInRow: setting('breakRules', 'maxSkipsInRow', sections.breakRules.shape.maxSkipsInRow),
  },
  focus: { maxDeferralMinutes: setting('focus', 'maxDeferralMinutes', sections.focus.shape.maxDeferralMinutes) },
  sitting: {
    dailyLimitMinutes: setting('sitting', 'dailyLimitMinutes', sections.sitting.shape.dailyLimitMinutes.unwrap()),
  },
  sensing: {
    lookEverySeconds: setting('sensing', 'lookEverySeconds', sections.sensing.shape.lookEverySeconds),
    nudgeAfterMinutes: setting('sensing', 'nudgeAfterMinutes', sections.sensing.shape.nudgeAfterMinutes),
    cooldownMinutes: setting('sensing', 'cooldownMinutes', sections.sensing.shape.cooldownMinutes),
  },
  stats: {
    adherenceTargetPercent: setting('stats', 'adherenceTargetPercent', sections.stats.shape.adherenceTargetPercent),
  },
} satisfies Record<string, Record<string, NumberSetting>>;

/** The range the window offers, in shown units: the schema's bounds, rounded inwards to whole units. */
export function shownBounds(setting: NumberSetting): { min: number; max: number } {
  const min = setting.schema.minValue ?? 0;
  const max = setting.schema.maxValue ?? Number.MAX_SAFE_INTEGER;
  return { min: Math.ceil(min / setting.factor), max: Math.floor(max / setting.factor) };
}

export type NumberCheck =
  { ok: true; stored: number } | { ok: false; problem: 'range' | 'whole'; min: number; max: number };

/** What the user typed, checked: a whole number of shown units that the schema accepts once stored. */
export function checkNumber(text: string, setting: NumberSetting): NumberCheck {
  const { min, max } = shownBounds(setting);
  const refuse = (problem: 'range' | 'whole'): NumberCheck => ({ ok: false, problem, min, max });
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) return refuse('range');
  if (!Number.isInteger(value)) return refuse('whole');
  const stored = value * setting.factor;
  const parsed = setting.schema.safeParse(stored);
  if (!parsed.success || value < min || value > max) return refuse('range');
  return { ok: true, stored: parsed.data };
}

/** A time of day as the schema wants it ("HH:MM", 24-hour); `<input type="time">` gives that or "". */
export function checkTime(text: string): boolean {
  return timeOfDaySchema.safeParse(text).success;
}

export type TimeRange = { start: string; end: string };
type DayRanges = Settings['workingHours']['days']['mon'];
const dayRangesSchema = workingHoursSchema.shape.days.shape.mon;
const maxLength = dayRangesSchema.def.checks
  ?.map((check): { check: string; maximum?: number } => check._zod.def)
  .find((def) => def.check === 'max_length');
/** Most ranges one day may hold (the schema's bound). */
export const MAX_RANGES_PER_DAY = maxLength?.maximum ?? 6;

/** What is wrong with one day's ranges: per range (a time, or the end before the start), or the day (overlap). */
export interface DayProblems {
  ranges: Record<number, 'time' | 'order'>;
  day: 'overlap' | 'too-many' | null;
}

/** Checks one day's ranges with the schema's own rules; null when they can be saved. */
export function checkDay(ranges: readonly TimeRange[]): DayProblems | null {
  const parsed = dayRangesSchema.safeParse(ranges);
  if (parsed.success) return null;
  const problems: DayProblems = { ranges: {}, day: null };
  for (const issue of parsed.error.issues) {
    const [index, field] = issue.path;
    if (typeof index === 'number') {
      // A time the schema refused ("" while typing, or not HH:MM), else the range's own rule.
      problems.ranges[index] ??= field === undefined ? 'order' : 'time';
    } else if (issue.code === 'too_big') {
      problems.day = 'too-many';
    } else {
      problems.day ??= 'overlap';
    }
  }
  // The overlap rule also runs over ranges that are wrong in themselves; their own problem says enough.
  if (problems.day === 'overlap' && Object.keys(problems.ranges).length > 0) problems.day = null;
  return problems;
}

/** Whole working hours, checked as the backend will: true when they can be saved. */
export function workingHoursValid(days: Record<string, DayRanges>): boolean {
  return workingHoursSchema.shape.days.safeParse(days).success;
}
