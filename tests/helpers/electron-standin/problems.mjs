/**
 * What the stand-in records as a problem, which fails the boot test's waits
 * (standin-app.ts PROBLEM_APIS): `standin.misuse` when the app breaks a rule
 * of Electron's API that bites at run time, and `process.uncaughtException` /
 * `process.unhandledRejection` when the main process crashes.
 */
import { ready, record } from './recorder.mjs';

/** Records `error` as a misuse of `what` and returns it, for the caller to throw. */
export function recordMisuse(what, error) {
  record('standin.misuse', { what, error });
  return error;
}

/** Throws (and records a misuse) when `what` is used before the app is ready. */
export function requireReady(what) {
  if (ready) return;
  throw recordMisuse(what, new Error(`${what} cannot be used before the app is ready`));
}

/** Records main-process crashes; like Electron, the process stays alive. */
export function recordMainProcessCrashes() {
  process.on('uncaughtException', (error) => {
    // Electron shows a dialog and keeps the main process alive.
    record('process.uncaughtException', { error, stack: error?.stack });
    console.error('[electron stand-in] uncaught exception in the main process:', error);
  });
  process.on('unhandledRejection', (reason) => {
    record('process.unhandledRejection', { error: reason, stack: reason?.stack });
    console.error('[electron stand-in] unhandled rejection in the main process:', reason);
  });
}
