import * as fs from 'node:fs';
import Conf from 'conf';
import { SETTINGS_FILE_NAME, type SettingsBackend } from '../core/settings-store';

/** The settings file through `conf` (electron-store's own engine), for hosts without Electron. */
export function createConfBackend(dataDir: string): SettingsBackend {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: SETTINGS_FILE_NAME,
    projectName: 'posture-breaks',
    // We validate and back up bad files ourselves before conf opens them.
    clearInvalidConfig: false,
    // Settings hold the questionnaire's answers: readable by this user only.
    configFileMode: 0o600,
  });
  restrictToOwner(conf.path);
  return conf;
}

/** A settings file from before files were private, or copied in by hand, is made private too. */
export function restrictToOwner(file: string): void {
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  } catch {
    // not there yet: conf creates it with configFileMode
  }
}

export function settingsFilePath(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}/${SETTINGS_FILE_NAME}.json`;
}
