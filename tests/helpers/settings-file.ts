import type { Logger } from '../../electron/core/ports';
import { SettingsStore, type SettingsBackend } from '../../electron/core/settings-store';
import { createConfBackend, settingsFilePath } from '../../electron/web-host/conf-backend';
import { createMemoryLogger } from './memory-logger';

/**
 * The settings of `dataDir`, opened as the web host opens them (conf's file),
 * or over `backend` when a test needs a disk that misbehaves.
 */
export function openTestSettings(
  dataDir: string,
  options: { now: number; logger?: Logger; backend?: (dataDir: string) => SettingsBackend },
): SettingsStore {
  const { now, logger = createMemoryLogger(), backend = createConfBackend } = options;
  return SettingsStore.open({
    filePath: settingsFilePath(dataDir),
    createBackend: () => backend(dataDir),
    now,
    logger,
  });
}
