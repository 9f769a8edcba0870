import * as fs from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeOf, resolveRendererFile } from '../core/static-files';
import { APP_HOST, APP_SCHEME } from './window-options';

/** Must run before `app.whenReady()`: the scheme behaves like https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer at app://renderer/ instead of file://, so pages
 * get a real origin, cannot read arbitrary files, and carry our CSP header.
 */
export function serveRenderer(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    try {
      const data = await fs.readFile(file);
      return new Response(data, {
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
