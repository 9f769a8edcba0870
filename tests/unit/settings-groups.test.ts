import { describe, expect, it } from 'vitest';
import { GROUP_SETTINGS, RESETTABLE_GROUPS, resetPatch, SETTINGS_GROUPS } from '@shared/settings-groups';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '@shared/settings-schema';
import { exportSettingsText, readSettingsImport, utf8Length } from '@shared/settings-transfer';

/** Every `section.field` of the settings, but the version and the user's health information. */
function settingFields(settings: Settings): string[] {
  return Object.entries(settings)
    .filter(([section]) => !['version', 'profile', 'safety'].includes(section))
    .flatMap(([section, values]) => Object.keys(values as object).map((field) => `${section}.${field}`))
    .sort();
}

describe('settings groups', () => {
  it('give every setting to exactly one group, and none the answers or the safety state', () => {
    const owned = RESETTABLE_GROUPS.flatMap((group) =>
      GROUP_SETTINGS[group].flatMap((part) =>
        ('fields' in part ? part.fields : Object.keys(DEFAULT_SETTINGS[part.section])).map(
          (field) => `${part.section}.${String(field)}`,
        ),
      ),
    ).sort();
    expect(owned).toEqual(settingFields(DEFAULT_SETTINGS));
    expect(new Set(owned).size).toBe(owned.length);
  });

  it('are groups of the window, in its order', () => {
    for (const group of RESETTABLE_GROUPS) expect(SETTINGS_GROUPS).toContain(group);
  });

  it('reset one group to the defaults and leave the rest', () => {
    const changed = applySettingsPatch(DEFAULT_SETTINGS, {
      movement: { intervalSeconds: 1800 },
      general: { theme: 'dark', launchAtLogin: false },
      breakRules: { strict: true },
      profile: { status: 'completed', painAreas: ['neck'] },
    });
    const reset = applySettingsPatch(changed, resetPatch('appearance', DEFAULT_SETTINGS));
    expect(reset.general).toEqual({ theme: 'system', launchAtLogin: false, language: 'system' });
    expect(reset.movement.intervalSeconds).toBe(1800);
    const all = applySettingsPatch(changed, resetPatch('all', DEFAULT_SETTINGS));
    expect(all).toEqual({ ...DEFAULT_SETTINGS, profile: changed.profile });
  });
});

describe('settings files', () => {
  it('count UTF-8 bytes as a file has them', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€', '\ud800']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('read back what they wrote', () => {
    const changed = applySettingsPatch(DEFAULT_SETTINGS, { walk: { enabled: true, days: ['sat'] } });
    expect(readSettingsImport(exportSettingsText(changed), DEFAULT_SETTINGS)).toEqual({
      imported: true,
      settings: changed,
      migratedFrom: null,
    });
  });
});
