/**
 * Every IPC channel name, keyed by the verb the renderer calls. Kept apart
 * from the zod schemas in ipc-contract.ts so the preload and the renderer can
 * build their API without shipping zod: they only need the names. The
 * contract attaches its schemas to exactly these keys (a compile-time check).
 */
export const INVOKE_CHANNEL_BY_NAME = {
  getSnapshot: 'app:get-snapshot',
  getTodayStats: 'stats:get-today',
  startBreak: 'break:start',
  completeBreak: 'break:complete',
  snooze: 'schedule:snooze',
  skip: 'schedule:skip',
  pause: 'schedule:pause',
  resume: 'schedule:resume',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  resetSettings: 'settings:reset',
  exportSettings: 'settings:export',
  importSettings: 'settings:import',
  openView: 'window:open',
  closeView: 'window:close',
  dismissNotice: 'notice:dismiss',
  getProgram: 'program:get',
  saveProfile: 'program:save-profile',
  skipQuestionnaire: 'program:skip-questionnaire',
  recordExerciseDone: 'break:exercise-done',
  recordExerciseFeedback: 'break:exercise-feedback',
  submitPainCheckIn: 'program:pain-checkin',
  resumeProgram: 'program:resume',
  getDiagnostics: 'app:get-diagnostics',
  openDataFolder: 'app:open-data-folder',
  getHistory: 'stats:get-history',
  exportCsv: 'stats:export-csv',
  clickTrayItem: 'tray:click',
  reportPostureLook: 'posture:look',
  calibratePosture: 'posture:calibrate',
  reportCameraUse: 'posture:camera',
} as const;

/** Backend-to-renderer pushes, keyed by the subscribe verb. */
export const PUSH_CHANNEL_BY_NAME = {
  onStateChanged: 'app:state-changed',
} as const;

export type InvokeName = keyof typeof INVOKE_CHANNEL_BY_NAME;
export type PushName = keyof typeof PUSH_CHANNEL_BY_NAME;

export const API_METHOD_NAMES: readonly string[] = [
  ...Object.keys(INVOKE_CHANNEL_BY_NAME),
  ...Object.keys(PUSH_CHANNEL_BY_NAME),
];
