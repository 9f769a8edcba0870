import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  migrateSettings,
  type Settings,
  type SettingsPatch,
} from '@shared/settings-schema';
import type { Logger } from '../ports';

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

export interface SettingsNotice {
  id: string;
  message: string;
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
    let text: string | null = null;
    try {
      text = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }

    let settings: Settings = DEFAULT_SETTINGS;
    let notice: SettingsNotice | null = null;
    let needsWrite = text === null;
    if (text !== null) {
      let raw: unknown;
      let reason: string | null = null;
      try {
        raw = JSON.parse(text);
      } catch {
        reason = 'the settings file is not valid JSON';
      }
      const migrated = reason === null ? migrateSettings(raw) : null;
      if (migrated?.ok) {
        settings = migrated.settings;
        needsWrite = migrated.migratedFrom !== null;
      } else {
        reason = reason ?? (migrated && !migrated.ok ? migrated.reason : 'unknown problem');
        const stamp = new Date(options.now).toISOString().replace(/[:.]/g, '-');
        const backup = `${filePath}.bak-${stamp}`;
        fs.renameSync(filePath, backup);
        logger.warn(`settings recovered: ${reason}; the old file is kept as ${backup}`);
        notice = {
          id: `settings-recovered-${stamp}`,
          message: `Your settings could not be read (${reason}), so the defaults are in use. The old file was kept as ${path.basename(backup)}.`,
        };
        needsWrite = true;
      }
    }

    const backend = options.createBackend();
    if (path.resolve(backend.path) !== path.resolve(filePath)) {
      throw new Error(`settings backend writes ${backend.path}, expected ${filePath}`);
    }
    if (needsWrite) backend.store = { ...settings };
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

  onChange(listener: (next: Settings, previous: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
