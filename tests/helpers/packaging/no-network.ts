import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server that stands for every place electron-builder could
 * download from, records each request and refuses it (503, at once). Its
 * address goes into electron-builder's mirror variables and the proxy
 * variables (environmentFor), so a download attempt shows up here, named,
 * instead of hanging on a network this machine has not got.
 */
export interface DownloadRecorder {
  /** "GET <url>" or "CONNECT <host:port>", in arrival order. */
  readonly requests: string[];
  readonly url: string;
  close(): Promise<void>;
}

export async function startDownloadRecorder(): Promise<DownloadRecorder> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(503, { connection: 'close' }).end('no network in the packaging rehearsal\n');
  });
  // An https download through the proxy arrives as CONNECT.
  server.on('connect', (request: http.IncomingMessage, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 503 No network\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The environment for an electron-builder run that must not reach the
 * network: Electron and electron-builder's own tools (7-Zip, AppImage, fpm,
 * NSIS, icons; node_modules/app-builder-lib/out/util/electronGet.js) are
 * looked for at the recorder, any other HTTP client goes through it as its
 * proxy, and the tool cache is a fresh folder, so nothing downloaded earlier
 * hides a download.
 */
export function environmentFor(recorder: DownloadRecorder, cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(ELECTRON_|npm_config_.*(proxy|mirror)|no_proxy$)/i.test(name)) delete env[name];
  }
  return {
    ...env,
    ELECTRON_BUILDER_CACHE: cacheDir,
    ELECTRON_BUILDER_BINARIES_MIRROR: `${recorder.url}/electron-builder-binaries/`,
    ELECTRON_MIRROR: `${recorder.url}/electron/`,
    ELECTRON_GET_USE_PROXY: '1',
    HTTP_PROXY: recorder.url,
    HTTPS_PROXY: recorder.url,
    http_proxy: recorder.url,
    https_proxy: recorder.url,
    // No update check, no publishing; npm (the dependency search) stays offline.
    NO_UPDATE_NOTIFIER: '1',
    npm_config_offline: 'true',
  };
}
