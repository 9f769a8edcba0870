import { english, type Translate } from '@shared/i18n/english';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  migrateSettings,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '@shared/settings-schema';
import type { Logger } from './ports';

/**
 * Settings on disk through conf (web host, tests) or electron-store (the
 * Electron host): both expose the same `path` and `store`. We validate the
 * file ourselves before the library opens it: a file that fails to parse or
 * validate is kept as `settings.json.bak-<time>`, defaults load, and the user
 * is told once. Nothing is ever reset silently.
 */
export interface SettingsBackend {
  readonly path: string;
  store: Record<string, unknown>;
}

export const SETTINGS_FILE_NAME = 'settings';

/**
 * A message the user must see once. It names its text by key (`notices.*` in
 * the locales) so it shows in the user's language, with technical details
 * (the reason, a file name, an error code) as they are.
 */
export interface SettingsNotice {
  id: string;
  key: 'settingsRecovered' | 'settingsRecoveredUntouched' | 'settingsUnsaved';
  params: Record<string, string>;
}

/** A notice's text in a language (English by default: logs and tests). */
export function noticeMessage(notice: SettingsNotice, t: Translate = english): string {
  return t(`notices.${notice.key}`, notice.params);
}

export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<(next: Settings, previous: Settings) => void>();

  private constructor(
    private readonly backend: SettingsBackend,
    initial: Settings,
    readonly notice: SettingsNotice | null,
  ) {
    this.current = initial;
  }

  /**
   * Opens the settings file at `filePath` (which `createBackend` must use),
   * recovering from a bad file first.
   */
  static open(options: {
    filePath: string;
    createBackend: () => SettingsBackend;
    now: number;
    logger: Logger;
  }): SettingsStore {
    const { filePath, logger } = options;
    removeLeftoverTempFiles(filePath, logger);
    const read = readSettingsFile(filePath);

    let settings: Settings = DEFAULT_SETTINGS;
    let notice: SettingsNotice | null = null;
    let needsWrite = read === null;
    let unsaved: string | null = null;
    if (read !== null) {
      let raw: unknown;
      let reason: string | null = 'problem' in read ? read.problem : null;
      if (reason === null && 'text' in read) {
        try {
          raw = JSON.parse(read.text);
        } catch {
          reason = 'the settings file is not valid JSON';
        }
      }
      const migrated = reason === null ? migrateSettings(raw) : null;
      if (migrated?.ok) {
        settings = migrated.settings;
        needsWrite = migrated.migratedFrom !== null;
      } else {
        reason = reason ?? (migrated && !migrated.ok ? migrated.reason : 'unknown problem');
        const stamp = new Date(options.now).toISOString().replace(/[:.]/g, '-');
        const backup = `${filePath}.bak-${stamp}`;
        try {
          fs.renameSync(filePath, backup);
          logger.warn(`settings recovered: ${reason}; the old file is kept as ${backup}`);
          notice = {
            id: `settings-recovered-${stamp}`,
            key: 'settingsRecovered',
            params: { reason, file: path.basename(backup) },
          };
          needsWrite = true;
        } catch (error) {
          // A read-only data folder: leave the file untouched and run on the defaults.
          unsaved = errorCode(error);
          logger.error(
            `settings recovered: ${reason}; the file could not be set aside (${unsaved}) and is left as it is`,
          );
          notice = {
            id: `settings-recovered-${stamp}`,
            key: 'settingsRecoveredUntouched',
            params: { reason, code: unsaved },
          };
        }
      }
    }

    let backend: SettingsBackend = unsaved === null ? options.createBackend() : unsavedBackend(filePath, unsaved);
    if (path.resolve(backend.path) !== path.resolve(filePath)) {
      throw new Error(`settings backend writes ${backend.path}, expected ${filePath}`);
    }
    if (needsWrite) {
      try {
        backend.store = { ...settings };
      } catch (error) {
        // A read-only or full disk: reminders still run, on these settings, from memory.
        const code = errorCode(error);
        logger.error(`the settings file cannot be written (${code})`, error);
        backend = unsavedBackend(filePath, code);
        notice ??= {
          id: `settings-unsaved-${new Date(options.now).toISOString().replace(/[:.]/g, '-')}`,
          key: 'settingsUnsaved',
          params: { code },
        };
      }
    }
    return new SettingsStore(backend, settings, notice);
  }

  get(): Settings {
    return this.current;
  }

  /** Validates and saves a patch; throws (zod) on values out of range. */
  update(patch: SettingsPatch): Settings {
    const previous = this.current;
    const next = applySettingsPatch(previous, patch);
    this.backend.store = { ...next };
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
    return next;
  }

  /**
   * Replaces every setting at once (an import): validated as a whole, written
   * in one go, and only then current. Throws (zod, or the disk) and changes
   * nothing when either refuses.
   */
  replace(settings: Settings): Settings {
    const previous = this.current;
    const next = settingsSchema.parse(settings);
    this.backend.store = { ...next };
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
    return next;
  }

  onChange(listener: (next: Settings, previous: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A real settings file is a few kilobytes; anything this big is not one, and is not read into memory. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** The file's text; a problem that makes it unusable; or null when there is no file. */
function readSettingsFile(filePath: string): { text: string } | { problem: string } | null {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    return { problem: `the settings file cannot be opened (${errorCode(error)})` };
  }
  try {
    const { size } = fs.fstatSync(fd);
    if (size > MAX_SETTINGS_FILE_BYTES) return { problem: `the settings file is far too large (${size} bytes)` };
    return { text: fs.readFileSync(fd, 'utf8') };
  } catch (error) {
    return { problem: `the settings file cannot be read (${errorCode(error)})` };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * conf writes through a temporary `settings.json.tmp-…` renamed into place;
 * a crash or kill mid-write leaves that file behind. At start-up no write is
 * in flight (one app instance per data dir), so leftovers go.
 */
function removeLeftoverTempFiles(filePath: string, logger: Logger): void {
  const folder = path.dirname(filePath);
  const prefix = `${path.basename(filePath)}.tmp-`;
  let removed = 0;
  try {
    for (const name of fs.readdirSync(folder)) {
      if (!name.startsWith(prefix)) continue;
      try {
        fs.unlinkSync(path.join(folder, name));
        removed++;
      } catch {
        // read-only, or gone already: harmless
      }
    }
  } catch {
    return; // no data folder yet
  }
  if (removed > 0) logger.info(`removed ${removed} unfinished settings write(s) left by an earlier crash`);
}

/** Settings that live in memory only, for a data folder that refuses writes: changes are refused. */
function unsavedBackend(filePath: string, code: string): SettingsBackend {
  return {
    path: filePath,
    get store(): Record<string, unknown> {
      return {};
    },
    set store(_value: Record<string, unknown>) {
      throw new Error(`the settings cannot be saved: the data folder refuses changes (${code})`);
    },
  };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? String(error);
}
