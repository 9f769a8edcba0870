import type { BrowserWindowConstructorOptions } from 'electron';
import type { View } from '@shared/ipc-contract';
import { APP_NAME } from '@shared/app-name';

/**
 * Every BrowserWindow the app creates gets its options here, with each
 * security setting explicit (Electron's checklist, docs/SECURITY.md).
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

const SIZES: Record<View, { width: number; height: number; minWidth: number; minHeight: number }> = {
  break: { width: 860, height: 620, minWidth: 520, minHeight: 480 },
  dashboard: { width: 920, height: 720, minWidth: 560, minHeight: 520 },
  settings: { width: 760, height: 720, minWidth: 560, minHeight: 520 },
  onboarding: { width: 760, height: 760, minWidth: 560, minHeight: 560 },
  report: { width: 900, height: 900, minWidth: 640, minHeight: 600 },
};

const WINDOW_TITLES: Record<View, string> = {
  break: `Stretch break · ${APP_NAME}`,
  dashboard: APP_NAME,
  settings: `Settings · ${APP_NAME}`,
  onboarding: `Welcome · ${APP_NAME}`,
  report: `Report · ${APP_NAME}`,
};

export function browserWindowOptions(view: View, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...SIZES[view],
    title: WINDOW_TITLES[view],
    show: false,
    center: true,
    // The break should be seen: above other windows, but never fullscreen.
    alwaysOnTop: view === 'break',
    autoHideMenuBar: true,
    backgroundColor: '#f6f8f7',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';

export function rendererUrl(view: View): string {
  return `${APP_SCHEME}://${APP_HOST}/index.html#${view}`;
}

/** Only our own top-level pages may call the backend. */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links the app may open in the user's browser; everything else is denied. */
const EXTERNAL_ALLOW_LIST = new Set<string>([]);

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && EXTERNAL_ALLOW_LIST.has(parsed.host);
  } catch {
    return false;
  }
}
