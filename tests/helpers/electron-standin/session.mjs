/**
 * `session.defaultSession`: records the permission handlers the app sets and
 * lets the `permission` stdin command ask them, as a page would.
 */
import { requireReady } from './problems.mjs';
import { recordCall } from './recorder.mjs';

class Session {
  requestHandler = null;
  checkHandler = null;

  setPermissionRequestHandler(handler) {
    recordCall('session.setPermissionRequestHandler', 'session#default', [handler]);
    requireReady('session.setPermissionRequestHandler');
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler) {
    recordCall('session.setPermissionCheckHandler', 'session#default', [handler]);
    requireReady('session.setPermissionCheckHandler');
    this.checkHandler = handler;
  }
}

export const session = { defaultSession: new Session() };
