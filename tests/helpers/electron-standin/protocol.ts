/**
 * `protocol`: `registerSchemesAsPrivileged` only before ready, `handle` only
 * after it and once per scheme. The `protocol-request` command calls the
 * handlers kept here.
 */
import type { Electron } from './electron-types';
import { requireReady } from './problems';
import { ready, recordCall } from './recorder';

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];

/** scheme -> the `protocol.handle` handler. */
export const protocolHandlers = new Map<string, ProtocolHandler>();

/** What electron/electron-host/ use of `protocol`. */
type ProtocolUses = 'registerSchemesAsPrivileged' | 'handle';

export const protocol = {
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    recordCall('protocol.registerSchemesAsPrivileged', null, [customSchemes]);
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    recordCall('protocol.handle', null, [scheme, handler]);
    requireReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    recordCall('protocol.unhandle', null, [scheme]);
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme);
  },
} satisfies Pick<Electron.Protocol, ProtocolUses | 'unhandle' | 'isProtocolHandled'>;
