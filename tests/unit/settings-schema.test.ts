import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  migrateSettings,
  settingsSchema,
  SETTINGS_VERSION,
} from '@shared/settings-schema';

describe('settings schema', () => {
  it('defaults: movement every 50 min for 3 min, posture every 25 min, home program and walks off', () => {
    const defaults = settingsSchema.parse(DEFAULT_SETTINGS);
    expect(defaults.version).toBe(SETTINGS_VERSION);
    expect(defaults.movement).toEqual({
      enabled: true,
      intervalSeconds: 3000,
      durationSeconds: 180,
      preBreakNoticeSeconds: 30,
    });
    expect(defaults.posture).toMatchObject({
      enabled: true,
      mode: 'check',
      intervalSeconds: 1500,
      durationSeconds: 20,
    });
    expect(defaults.homeProgram).toEqual({ enabled: false, time: '18:30', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    expect(defaults.walk.enabled).toBe(false);
    expect(defaults.breakRules).toEqual({ snoozeMinutes: 10, maxSnoozesPerBreak: 2, maxSkipsInRow: 2, strict: false });
    expect(defaults.focus.maxDeferralMinutes).toBe(45);
  });

  it('refuses overlapping or inverted working-hour ranges and bad times of day', () => {
    const days = { ...DEFAULT_SETTINGS.workingHours.days };
    const bad = (mon: { start: string; end: string }[]) =>
      settingsSchema.safeParse({ ...DEFAULT_SETTINGS, workingHours: { enabled: true, days: { ...days, mon } } })
        .success;
    expect(
      bad([
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]),
    ).toBe(true);
    expect(
      bad([
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ]),
    ).toBe(false);
    expect(bad([{ start: '17:00', end: '09:00' }])).toBe(false);
    expect(bad([{ start: '9:00', end: '17:00' }])).toBe(false);
  });

  it('applies a partial patch and validates the result', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { movement: { intervalSeconds: 1800 } }).movement).toEqual({
      enabled: true,
      intervalSeconds: 1800,
      durationSeconds: 180,
      preBreakNoticeSeconds: 30,
    });
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { movement: { durationSeconds: 1 } })).toThrow();
  });
});

describe('migrateSettings', () => {
  it('accepts the current version as is', () => {
    expect(migrateSettings(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
      migratedFrom: null,
    });
  });

  it('upgrades a version 1 file, keeping what the user set', () => {
    const v1 = {
      version: 1,
      movement: { enabled: true, intervalSeconds: 2400, durationSeconds: 240 },
      snoozeMinutes: 5,
    };
    const result = migrateSettings(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.settings.movement).toEqual({
      enabled: true,
      intervalSeconds: 2400,
      durationSeconds: 240,
      preBreakNoticeSeconds: 30,
    });
    expect(result.settings.breakRules.snoozeMinutes).toBe(5);
    expect(result.settings.posture).toEqual(DEFAULT_SETTINGS.posture);
  });

  it('refuses a version 1 file whose values were already invalid', () => {
    expect(
      migrateSettings({
        version: 1,
        movement: { enabled: true, intervalSeconds: 1, durationSeconds: 180 },
        snoozeMinutes: 10,
      }).ok,
    ).toBe(false);
  });

  it.each([
    ['an array', [], /JSON object/],
    ['no version', { movement: {} }, /no version/],
    ['a newer version', { ...DEFAULT_SETTINGS, version: 99 }, /newer version \(99\)/],
    [
      'an out-of-range value',
      { ...DEFAULT_SETTINGS, breakRules: { ...DEFAULT_SETTINGS.breakRules, snoozeMinutes: 0 } },
      /invalid/,
    ],
    ['an unknown key', { ...DEFAULT_SETTINGS, sneaky: true }, /invalid/],
  ])('explains why it refuses %s', (_label, raw, reason) => {
    const result = migrateSettings(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('migration to version 3', () => {
  it('adds an empty profile and safety to a version 2 file, keeping the rest', () => {
    const { profile: _profile, safety: _safety, ...rest } = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
    const v2 = { ...rest, version: 2, movement: { ...rest.movement, intervalSeconds: 2700 } };
    const result = migrateSettings(v2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.settings.movement.intervalSeconds).toBe(2700);
    expect(result.settings.profile.status).toBe('new');
    expect(result.settings.safety).toEqual({ stoppedAt: null, reasons: [] });
  });
});
