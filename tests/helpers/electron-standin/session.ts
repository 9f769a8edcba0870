/**
 * `session.defaultSession`: records the permission handlers the app sets and
 * lets the `permission` stdin command ask them, as a page would.
 */
import { handOver, type Electron } from './electron-types';
import { requireReady } from './problems';
import { recordCall } from './recorder';

type RequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
/** A permission a page may ask for, as Electron names it. */
export type Permission = Parameters<NonNullable<CheckHandler>>[1];

/** What electron/electron-host/ use of a session. */
type SessionUses = 'setPermissionRequestHandler' | 'setPermissionCheckHandler';

class FakeSession implements Pick<Electron.Session, SessionUses> {
  requestHandler: RequestHandler = null;
  checkHandler: CheckHandler = null;

  setPermissionRequestHandler(handler: RequestHandler): void {
    recordCall('session.setPermissionRequestHandler', 'session#default', [handler]);
    requireReady('session.setPermissionRequestHandler');
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    recordCall('session.setPermissionCheckHandler', 'session#default', [handler]);
    requireReady('session.setPermissionCheckHandler');
    this.checkHandler = handler;
  }
}

export const defaultSession = new FakeSession();

/** What electron/electron-host/ use of the `session` module. */
export const session = {
  defaultSession: handOver<Electron.Session>(defaultSession),
} satisfies Pick<typeof Electron.session, 'defaultSession'>;
