/**
 * What the stand-in records as a problem, which fails the boot test's waits
 * (standin-app.ts PROBLEM_APIS): `standin.misuse` when the app breaks a rule
 * of Electron's API that bites at run time, and `process.uncaughtException` /
 * `process.unhandledRejection` when the main process crashes.
 */
import { ready, record } from './recorder';

/** Records `error` as a misuse of `what` and returns it, for the caller to throw. */
export function recordMisuse(what: string, error: Error): Error {
  record('standin.misuse', { what, error });
  return error;
}

/** Throws (and records a misuse) when `what` is used before the app is ready. */
export function requireReady(what: string): void {
  if (ready) return;
  throw recordMisuse(what, new Error(`${what} cannot be used before the app is ready`));
}

/** Our fake behind an Electron-typed value the app passed back; a recorded misuse if it is not one of ours. */
export function standinOf<Fake>(value: unknown, fakeClass: abstract new (...args: never) => Fake, what: string): Fake {
  if (value instanceof fakeClass) return value;
  const kind = fakeClass.name.replace(/^Fake/, '');
  throw recordMisuse(what, new TypeError(`${what}: expected a ${kind} made by Electron (the stand-in)`));
}

function stackOf(error: unknown): string | undefined {
  return error instanceof Error ? error.stack : undefined;
}

/** Records main-process crashes; like Electron, the process stays alive. */
export function recordMainProcessCrashes(): void {
  process.on('uncaughtException', (error) => {
    // Electron shows a dialog and keeps the main process alive.
    record('process.uncaughtException', { error, stack: stackOf(error) });
    console.error('[electron stand-in] uncaught exception in the main process:', error);
  });
  process.on('unhandledRejection', (reason) => {
    record('process.unhandledRejection', { error: reason, stack: stackOf(reason) });
    console.error('[electron stand-in] unhandled rejection in the main process:', reason);
  });
}
