import type { Diagnostics } from '@shared/ipc-contract';

/**
 * The text "Copy diagnostics" puts on the clipboard for a bug report. English
 * on purpose, whatever the app's language, like the log file: it is read by
 * the maintainers, not shown in the app. (So this file is not held to
 * i18next/no-literal-string; the About panel that shows things is.)
 */
export function diagnosticsText(d: Diagnostics): string {
  return [
    `Posture Breaks ${d.appVersion} (${d.host} host)`,
    `Platform: ${d.platform}, OS ${d.osRelease}`,
    `Node ${d.nodeVersion}${d.electronVersion ? `, Electron ${d.electronVersion}, Chrome ${d.chromeVersion}` : ''}`,
    `Data folder: ${d.dataDir}`,
    `Log file: ${d.logFile ?? 'none'}`,
    `Settings version: ${d.settingsVersion}`,
    `Idle time: ${d.idleSource}`,
    `Busy detection: ${d.busyDetection}`,
    `Start at login: ${d.autostart}`,
    `Time zone: ${d.timeZone}`,
  ].join('\n');
}
