/**
 * How the stand-in is held to Electron's own types (node_modules/electron/
 * electron.d.ts), so that `npm run typecheck` fails when Electron changes a
 * signature the app relies on:
 *
 * - every fake `implements Pick<Electron.X, …>`, naming exactly the members
 *   electron/electron-host/ (and electron-store, which imports `electron` too) use;
 * - a fake class's constructor and statics are checked with `FakeClassOf`;
 * - a fake handed to the app where Electron's type is expected goes through
 *   `handOver`, and comes back through `standinOf` (problems.ts), which
 *   checks at run time that the app passed one of our own objects;
 * - the stand-in's own events are emitted with `emitChecked`
 *   (recording-emitter.ts), whose arguments tsc checks against Electron's
 *   listener types.
 *
 * Only types come from 'electron' (`import type`): the bundle never loads it.
 */
import type * as Electron from 'electron';

export type { Electron };

/**
 * An event listener as Electron's emitters take it: each of Electron's
 * overloads gives its event its own listener type, and every such type is
 * assignable to this one (a listener is never called through this type).
 */
export type Listener = (...args: never[]) => unknown;

/**
 * A fake class standing in for Electron's class `Real`: its constructor takes
 * the arguments Electron's takes, and it has Electron's statics `S` with
 * Electron's signatures.
 */
export type FakeClassOf<Real extends abstract new (...args: never) => unknown, S extends keyof Real = never> = (new (
  ...args: ConstructorParameters<Real>
) => unknown) &
  Pick<Real, S>;

/**
 * A fake given to the app as the Electron object it stands for. The app is
 * typed against real Electron and reaches only the members its fake
 * implements (its `implements Pick<…>`); `Partial<Real>` still refuses a fake
 * whose members disagree with Electron's.
 */
export function handOver<Real>(fake: Partial<Real>): Real {
  return fake as Real;
}
