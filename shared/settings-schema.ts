import { z } from 'zod';

/**
 * The persisted settings, versioned. Durations are whole seconds and times of
 * day local "HH:MM" strings, never serialized Dates (DESIGN section 6), so a
 * time-zone change can never shift a stored value.
 */
export const SETTINGS_VERSION = 1;

const seconds = (min: number, max: number) => z.number().int().min(min).max(max);

export const movementSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** Time between the end of one movement break and the next reminder. */
    intervalSeconds: seconds(5 * 60, 4 * 60 * 60),
    /** Length of the guided stretch session. */
    durationSeconds: seconds(30, 30 * 60),
  })
  .strict();

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    movement: movementSettingsSchema,
    /** Minutes the "Snooze" action postpones a reminder by. */
    snoozeMinutes: z.number().int().min(1).max(60),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type MovementSettings = z.infer<typeof movementSettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  movement: Object.freeze({ enabled: true, intervalSeconds: 50 * 60, durationSeconds: 3 * 60 }),
  snoozeMinutes: 10,
}) as Settings;

/** A partial update as the renderer sends it: any subset of the sections. */
export const settingsPatchSchema = z
  .object({
    movement: movementSettingsSchema.partial().optional(),
    snoozeMinutes: settingsSchema.shape.snoozeMinutes.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({
    ...current,
    ...(patch.snoozeMinutes === undefined ? {} : { snoozeMinutes: patch.snoozeMinutes }),
    movement: { ...current.movement, ...patch.movement },
  });
}

export type MigrationResult =
  { ok: true; settings: Settings; migratedFrom: number | null } | { ok: false; reason: string };

/**
 * Migrations from each earlier version, keyed by the version they upgrade
 * from. Version 1 is the first released shape, so the table starts empty;
 * each later version adds one step here and a test from every older file.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

/** Validates a parsed settings file, upgrading older versions step by step. */
export function migrateSettings(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'the settings file does not hold a JSON object' };
  }
  let data = raw as Record<string, unknown>;
  const original = typeof data.version === 'number' ? data.version : null;
  if (original === null) return { ok: false, reason: 'the settings file has no version number' };
  if (original > SETTINGS_VERSION) {
    return { ok: false, reason: `the settings file is from a newer version (${original}) of the app` };
  }
  for (let v = original; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: `no migration from settings version ${v}` };
    data = step(data);
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, reason: `the settings file is invalid: ${z.prettifyError(parsed.error)}` };
  }
  return { ok: true, settings: parsed.data, migratedFrom: original === SETTINGS_VERSION ? null : original };
}
