import Conf from 'conf';
import { SETTINGS_FILE_NAME, type SettingsBackend } from './settings-store';

/** The settings file through `conf` (electron-store's own engine), for hosts without Electron. */
export function createConfBackend(dataDir: string): SettingsBackend {
  return new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: SETTINGS_FILE_NAME,
    projectName: 'posture-breaks',
    // We validate and back up bad files ourselves before conf opens them.
    clearInvalidConfig: false,
  });
}

export function settingsFilePath(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}/${SETTINGS_FILE_NAME}.json`;
}
