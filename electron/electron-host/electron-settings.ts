import Store from 'electron-store';
import { SETTINGS_FILE_NAME, type SettingsBackend } from '../core/settings-store';

/** The settings file through electron-store, in Electron's userData folder. */
export function createElectronStoreBackend(): SettingsBackend {
  return new Store<Record<string, unknown>>({
    name: SETTINGS_FILE_NAME,
    // We validate and back up bad files ourselves before the store opens them.
    clearInvalidConfig: false,
    // Settings hold the questionnaire's answers: readable by this user only.
    configFileMode: 0o600,
  });
}
