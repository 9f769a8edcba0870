/**
 * `protocol`: `registerSchemesAsPrivileged` only before ready, `handle` only
 * after it and once per scheme. The `protocol-request` command calls the
 * handlers kept here.
 */
import { requireReady } from './problems.mjs';
import { ready, recordCall } from './recorder.mjs';

/** scheme -> the `protocol.handle` handler. */
export const protocolHandlers = new Map();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recordCall('protocol.registerSchemesAsPrivileged', null, [schemes]);
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
  },
  handle(scheme, handler) {
    recordCall('protocol.handle', null, [scheme, handler]);
    requireReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme) {
    recordCall('protocol.unhandle', null, [scheme]);
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme) {
    return protocolHandlers.has(scheme);
  },
};
