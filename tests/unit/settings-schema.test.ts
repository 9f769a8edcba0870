import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  migrateSettings,
  settingsSchema,
  SETTINGS_VERSION,
} from '@shared/settings-schema';

describe('settings schema', () => {
  it('defaults to a 50-minute interval and a 3-minute break, in seconds', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual({
      version: SETTINGS_VERSION,
      movement: { enabled: true, intervalSeconds: 3000, durationSeconds: 180 },
      snoozeMinutes: 10,
    });
  });

  it('applies a partial patch and validates the result', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { movement: { intervalSeconds: 1800 } }).movement).toEqual({
      enabled: true,
      intervalSeconds: 1800,
      durationSeconds: 180,
    });
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { movement: { durationSeconds: 1 } })).toThrow();
  });
});

describe('migrateSettings', () => {
  it('accepts the current version as is', () => {
    expect(migrateSettings(structuredClone(DEFAULT_SETTINGS))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
      migratedFrom: null,
    });
  });

  it.each([
    ['an array', [], /JSON object/],
    ['no version', { movement: {} }, /no version/],
    ['a newer version', { ...DEFAULT_SETTINGS, version: 99 }, /newer version \(99\)/],
    ['an out-of-range value', { ...DEFAULT_SETTINGS, snoozeMinutes: 0 }, /invalid/],
    ['an unknown key', { ...DEFAULT_SETTINGS, sneaky: true }, /invalid/],
  ])('explains why it refuses %s', (_label, raw, reason) => {
    const result = migrateSettings(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
