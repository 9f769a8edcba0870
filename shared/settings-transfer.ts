import type { z } from 'zod';
import { migrateSettings, type Settings, type SettingsIssue } from './settings-schema';

/**
 * Settings as a file the user keeps or moves to another computer: export and
 * import. The file holds every setting but the questionnaire's answers and
 * the safety state, which are health information: they stay on this computer,
 * an import never changes them (nor does a reset).
 */

/**
 * A settings file is a few kilobytes (about 3 KB with every working-hours
 * range filled in); anything larger is not one and is not parsed. Small
 * enough to cross the web host's WebSocket, which takes at most 64 KiB a message.
 */
export const MAX_SETTINGS_IMPORT_BYTES = 16 * 1024;

/** The longest text the import channel takes at all (a cap for the transport, like the settings file's). */
export const MAX_IMPORT_TEXT_LENGTH = 1024 * 1024;

/** At most this many problems are listed; a file with more is wrong throughout. */
export const MAX_IMPORT_ISSUES = 20;

export const IMPORT_PROBLEMS = ['too-large', 'not-json', 'not-settings', 'newer-version', 'invalid'] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

export type ImportOutcome =
  | { imported: true; settings: Settings; migratedFrom: number | null }
  | { imported: false; problem: ImportProblem; issues: SettingsIssue[] };

/** The file's text: pretty JSON of every setting but the answers and the safety state. */
export function exportSettingsText(settings: Settings): string {
  const { profile: _profile, safety: _safety, ...rest } = settings;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

/** UTF-8 length of a string, without TextEncoder (shared/ has neither DOM nor Node types). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one code point beyond the BMP
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads an imported file: parses the JSON, upgrades an older version with the
 * same migrations the settings file gets, validates everything, and keeps the
 * current answers and safety state. Returns the settings to apply as a whole,
 * or why not (with every problem the schema found). Pure: applying is the caller's.
 */
export function readSettingsImport(text: string, current: Settings, messages?: z.core.$ZodErrorMap): ImportOutcome {
  const refuse = (problem: ImportProblem, issues: SettingsIssue[] = []): ImportOutcome => ({
    imported: false,
    problem,
    issues: issues.slice(0, MAX_IMPORT_ISSUES),
  });
  if (text.length > MAX_SETTINGS_IMPORT_BYTES || utf8Length(text) > MAX_SETTINGS_IMPORT_BYTES) {
    return refuse('too-large');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('not-settings');
  // This computer's answers and safety state, whatever the file says: they are
  // not settings, and a file must never lift a stop the user has not confirmed.
  const health = { profile: current.profile, safety: current.safety };
  const migrated = migrateSettings({ ...raw, ...health }, messages);
  if (!migrated.ok) {
    switch (migrated.problem) {
      case 'newer-version':
        return refuse('newer-version');
      case 'invalid':
        return refuse('invalid', migrated.issues);
      default:
        return refuse('not-settings');
    }
  }
  return { imported: true, settings: { ...migrated.settings, ...health }, migratedFrom: migrated.migratedFrom };
}
