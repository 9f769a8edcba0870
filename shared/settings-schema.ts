import { z } from 'zod';
import { DEFAULT_PROFILE, DEFAULT_SAFETY } from './program/profile-model';
import { profileSchema, safetySchema } from './program/profile-schema';

/**
 * The persisted settings, versioned. Durations are whole seconds and times of
 * day local "HH:MM" strings, never serialized Dates, so a time-zone change
 * can never shift a stored value.
 */
export const SETTINGS_VERSION = 4;

const seconds = (min: number, max: number) => z.number().int().min(min).max(max);

/** A local time of day, "HH:MM" on a 24-hour clock. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use a 24-hour time such as 09:30');

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

const timeRangeSchema = z
  .object({ start: timeOfDaySchema, end: timeOfDaySchema })
  .strict()
  .refine((r) => r.start < r.end, 'a range must end after it starts (ranges cannot cross midnight)');

const dayRangesSchema = z
  .array(timeRangeSchema)
  .max(6)
  .refine((ranges) => {
    const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
    return sorted.every((r, i) => i === 0 || (sorted[i - 1] as { end: string }).end <= r.start);
  }, 'ranges on one day must not overlap');

export const workingHoursSchema = z
  .object({
    enabled: z.boolean(),
    days: z
      .object(Object.fromEntries(WEEKDAYS.map((d) => [d, dayRangesSchema])) as Record<Weekday, typeof dayRangesSchema>)
      .strict(),
  })
  .strict();
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const postureSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** "check": a short sitting cue; "sit-stand": a rhythm for standing desks. */
    mode: z.enum(['check', 'sit-stand']),
    intervalSeconds: seconds(5 * 60, 2 * 60 * 60),
    /** How long the nudge stays up. */
    durationSeconds: seconds(5, 120),
    /**
     * Away from the keyboard at least this long resets the posture timer.
     * Longer than the nudge itself: a pause to read is not leaving the chair.
     */
    naturalResetSeconds: seconds(20, 30 * 60),
    sitStand: z
      .object({
        sitSeconds: seconds(5 * 60, 2 * 3600),
        standSeconds: seconds(60, 3600),
        moveSeconds: seconds(30, 1800),
      })
      .strict(),
  })
  .strict();

export const movementSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** Time between the end of one movement break and the next reminder. */
    intervalSeconds: seconds(5 * 60, 4 * 60 * 60),
    /** Length of the guided stretch session. */
    durationSeconds: seconds(30, 30 * 60),
    /** A heads-up this long before the break; 0 turns it off. */
    preBreakNoticeSeconds: seconds(0, 5 * 60),
  })
  .strict();

const dailyReminderSchema = z
  .object({
    enabled: z.boolean(),
    time: timeOfDaySchema,
    days: z.array(weekdaySchema).max(7),
  })
  .strict();

export const walkSettingsSchema = dailyReminderSchema
  .extend({
    /** Minutes of the first walks; the plan grows from here. */
    startMinutes: z.number().int().min(5).max(60),
  })
  .strict();

/** Camera posture sensing (shared/posture/): off until the user turns it on. */
export const sensingSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** Seconds between two looks; the camera is released in between, so its light goes off. */
    lookEverySeconds: z.number().int().min(10).max(600),
    /** A drift held this long brings a posture check. */
    nudgeAfterMinutes: z.number().int().min(1).max(60),
    /** At least this long between two posture checks about a drift. */
    cooldownMinutes: z.number().int().min(5).max(240),
  })
  .strict();

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    posture: postureSettingsSchema,
    movement: movementSettingsSchema,
    homeProgram: dailyReminderSchema,
    walk: walkSettingsSchema,
    workingHours: workingHoursSchema,
    breakRules: z
      .object({
        snoozeMinutes: z.number().int().min(1).max(60),
        maxSnoozesPerBreak: z.number().int().min(0).max(10),
        maxSkipsInRow: z.number().int().min(0).max(10),
        /** No skipping, no snoozing. */
        strict: z.boolean(),
      })
      .strict(),
    focus: z
      .object({
        /** Hold reminders while another app is fullscreen or the OS is in do-not-disturb. */
        deferWhileBusy: z.boolean(),
        maxDeferralMinutes: z.number().int().min(5).max(180),
        /** While busy, show posture checks as a silent seated micro-move instead of holding them. */
        postureAsMicroMove: z.boolean(),
      })
      .strict(),
    sensing: sensingSettingsSchema,
    sitting: z
      .object({
        dailyLimitMinutes: z
          .number()
          .int()
          .min(30)
          .max(24 * 60)
          .nullable(),
      })
      .strict(),
    notifications: z
      .object({
        /** Off: a due movement break opens the break window instead. */
        enabled: z.boolean(),
      })
      .strict(),
    general: z
      .object({
        /** Start with the computer (login items; XDG autostart on Linux). */
        launchAtLogin: z.boolean(),
        /** Follow the system's light or dark theme, or force one. */
        theme: z.enum(['system', 'light', 'dark']),
        /** "system" follows the operating system's language. */
        language: z.enum(['system', 'en', 'es', 'de', 'fr', 'pt-BR']),
      })
      .strict(),
    stats: z
      .object({
        /** A day counts toward a streak at this share of breaks taken (percent). */
        adherenceTargetPercent: z.number().int().min(10).max(100),
      })
      .strict(),
    player: z
      .object({
        /** A soft sound at each switch of the guided player. */
        sound: z.boolean(),
      })
      .strict(),
    /** The questionnaire's answers, which shape the program. */
    profile: profileSchema,
    /** Set when a red flag stopped the exercise program. */
    safety: safetySchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type PostureSettings = z.infer<typeof postureSettingsSchema>;
export type MovementSettings = z.infer<typeof movementSettingsSchema>;
export type SensingSettings = z.infer<typeof sensingSettingsSchema>;
export type WalkSettings = z.infer<typeof walkSettingsSchema>;

const WORKDAY = [{ start: '09:00', end: '17:30' }];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_SETTINGS: Settings = deepFreeze({
  version: SETTINGS_VERSION,
  posture: {
    enabled: true,
    mode: 'check',
    intervalSeconds: 25 * 60,
    durationSeconds: 20,
    naturalResetSeconds: 120,
    sitStand: { sitSeconds: 20 * 60, standSeconds: 8 * 60, moveSeconds: 2 * 60 },
  },
  movement: { enabled: true, intervalSeconds: 50 * 60, durationSeconds: 3 * 60, preBreakNoticeSeconds: 30 },
  homeProgram: { enabled: false, time: '18:30', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  walk: { enabled: false, time: '12:30', days: ['tue', 'thu'], startMinutes: 10 },
  workingHours: {
    enabled: false,
    days: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
  },
  breakRules: { snoozeMinutes: 10, maxSnoozesPerBreak: 2, maxSkipsInRow: 2, strict: false },
  focus: { deferWhileBusy: true, maxDeferralMinutes: 45, postureAsMicroMove: false },
  sensing: { enabled: false, lookEverySeconds: 30, nudgeAfterMinutes: 4, cooldownMinutes: 20 },
  sitting: { dailyLimitMinutes: null },
  notifications: { enabled: true },
  general: { launchAtLogin: true, theme: 'system', language: 'system' },
  stats: { adherenceTargetPercent: 80 },
  player: { sound: true },
  profile: DEFAULT_PROFILE,
  safety: DEFAULT_SAFETY,
});

/** A partial update as the renderer sends it: any subset, one level into each section. */
export const settingsPatchSchema = z
  .object({
    posture: postureSettingsSchema.partial().optional(),
    movement: movementSettingsSchema.partial().optional(),
    homeProgram: dailyReminderSchema.partial().optional(),
    walk: walkSettingsSchema.partial().optional(),
    workingHours: workingHoursSchema.partial().optional(),
    breakRules: settingsSchema.shape.breakRules.partial().optional(),
    focus: settingsSchema.shape.focus.partial().optional(),
    sensing: sensingSettingsSchema.partial().optional(),
    sitting: settingsSchema.shape.sitting.partial().optional(),
    notifications: settingsSchema.shape.notifications.partial().optional(),
    general: settingsSchema.shape.general.partial().optional(),
    stats: settingsSchema.shape.stats.partial().optional(),
    player: settingsSchema.shape.player.partial().optional(),
    profile: profileSchema.partial().optional(),
    safety: safetySchema.partial().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Record<string, unknown> = { ...current };
  for (const [section, values] of Object.entries(patch)) {
    if (values === undefined) continue;
    next[section] = { ...(current[section as keyof Settings] as object), ...values };
  }
  return settingsSchema.parse(next);
}

/** Why a settings file was refused, for code (the reason is the English text, for logs). */
export type MigrationProblem = 'not-object' | 'no-version' | 'newer-version' | 'no-migration' | 'invalid';

/** One value the schema refused: where (`movement.intervalSeconds`) and zod's message (English unless asked otherwise). */
export interface SettingsIssue {
  path: string;
  message: string;
}

export type MigrationResult =
  | { ok: true; settings: Settings; migratedFrom: number | null }
  | { ok: false; reason: string; problem: MigrationProblem; issues: SettingsIssue[] };

type RawSettings = Record<string, unknown>;
const section = (raw: RawSettings, key: string): RawSettings =>
  typeof raw[key] === 'object' && raw[key] !== null ? (raw[key] as RawSettings) : {};

/**
 * One step per earlier version, keyed by the version it upgrades from. Each
 * step keeps what the user set and fills new fields with their defaults.
 */
const MIGRATIONS: Record<number, (raw: RawSettings) => RawSettings> = {
  // v1 had only the movement break and a top-level snooze length.
  1: (raw) => ({
    ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings),
    version: 2,
    movement: { ...DEFAULT_SETTINGS.movement, ...section(raw, 'movement') },
    breakRules: {
      ...DEFAULT_SETTINGS.breakRules,
      ...(raw.snoozeMinutes === undefined ? {} : { snoozeMinutes: raw.snoozeMinutes }),
    },
  }),
  // v3 added the questionnaire's profile and the safety state.
  2: (raw) => ({
    ...raw,
    version: 3,
    general: { ...DEFAULT_SETTINGS.general, ...section(raw, 'general') },
    stats: { ...DEFAULT_SETTINGS.stats, ...section(raw, 'stats') },
    player: { ...DEFAULT_SETTINGS.player, ...section(raw, 'player') },
    profile: { ...DEFAULT_PROFILE, ...section(raw, 'profile') },
    safety: { ...DEFAULT_SAFETY, ...section(raw, 'safety') },
  }),
  // v4 added camera posture sensing, off.
  3: (raw) => ({ ...raw, version: 4, sensing: { ...DEFAULT_SETTINGS.sensing, ...section(raw, 'sensing') } }),
};

/**
 * Validates a parsed settings file, upgrading older versions step by step.
 * `messages` words the issues' messages (zod's locales); the `reason` stays
 * English, for the log.
 */
export function migrateSettings(raw: unknown, messages?: z.core.$ZodErrorMap): MigrationResult {
  const refuse = (problem: MigrationProblem, reason: string, issues: SettingsIssue[] = []): MigrationResult => ({
    ok: false,
    reason,
    problem,
    issues,
  });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse('not-object', 'the settings file does not hold a JSON object');
  }
  let data = raw as RawSettings;
  const original = typeof data.version === 'number' ? data.version : null;
  if (original === null) return refuse('no-version', 'the settings file has no version number');
  if (original > SETTINGS_VERSION) {
    return refuse('newer-version', `the settings file is from a newer version (${original}) of the app`);
  }
  for (let v = original; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return refuse('no-migration', `no migration from settings version ${v}`);
    data = step(data);
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const worded = messages ? settingsSchema.safeParse(data, { error: messages }) : parsed;
    const issues = (worded.error ?? parsed.error).issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return refuse('invalid', `the settings file is invalid: ${z.prettifyError(parsed.error)}`, issues);
  }
  return { ok: true, settings: parsed.data, migratedFrom: original === SETTINGS_VERSION ? null : original };
}
