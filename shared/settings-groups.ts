import type { Settings, SettingsPatch } from './settings-schema';

/**
 * The Settings window's groups, in the order of its sidebar, and which
 * settings each one holds: what "Reset to defaults" restores for a group.
 * Zod-free (types only), so the renderer can use it.
 *
 * The questionnaire's answers (`profile`) and the safety state (`safety`) are
 * health information the user gave; no group holds them, so no reset and no
 * import ever changes them.
 */
export const SETTINGS_GROUPS = [
  'reminders',
  'schedule',
  'break-behaviour',
  'camera',
  'program',
  'appearance',
  'notifications',
  'data',
  'about',
] as const;
export type SettingsGroup = (typeof SETTINGS_GROUPS)[number];

/** Sections a reset may touch: everything but the version and the user's health information. */
type ResettableSection = Exclude<keyof Settings, 'version' | 'profile' | 'safety'>;
/** A whole section, or some of its fields. */
type Part = { [S in ResettableSection]: { section: S; fields?: readonly (keyof Settings[S])[] } }[ResettableSection];

export const GROUP_SETTINGS = {
  reminders: [{ section: 'posture' }, { section: 'movement' }],
  schedule: [
    { section: 'general', fields: ['launchAtLogin'] },
    { section: 'workingHours' },
    { section: 'homeProgram' },
    { section: 'walk' },
  ],
  'break-behaviour': [{ section: 'breakRules' }, { section: 'focus' }, { section: 'sitting' }],
  camera: [{ section: 'sensing' }],
  program: [{ section: 'player' }, { section: 'stats' }],
  appearance: [{ section: 'general', fields: ['theme', 'language'] }],
  notifications: [{ section: 'notifications' }],
} as const satisfies Record<string, readonly Part[]>;

export type ResettableGroup = keyof typeof GROUP_SETTINGS;
export const RESETTABLE_GROUPS = Object.keys(GROUP_SETTINGS) as ResettableGroup[];
/** What a reset covers: one group, or every group at once. */
export type ResetScope = ResettableGroup | 'all';
export const RESET_SCOPES: readonly ResetScope[] = [...RESETTABLE_GROUPS, 'all'];

export function isResettableGroup(group: string): group is ResettableGroup {
  return (RESETTABLE_GROUPS as readonly string[]).includes(group);
}

/** The patch that puts a group's settings (or every group's) back to `defaults`. */
export function resetPatch(scope: ResetScope, defaults: Settings): SettingsPatch {
  const groups = scope === 'all' ? RESETTABLE_GROUPS : [scope];
  const patch: Record<string, Record<string, unknown>> = {};
  for (const group of groups) {
    for (const part of GROUP_SETTINGS[group] as readonly Part[]) {
      const values = defaults[part.section] as Record<string, unknown>;
      const fields = part.fields ?? (Object.keys(values) as readonly string[]);
      const target = (patch[part.section] ??= {});
      for (const field of fields) target[field] = values[field];
    }
  }
  return patch;
}
