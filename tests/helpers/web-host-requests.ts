import * as http from 'node:http';
import WebSocket from 'ws';

/** The parts of a launched web host a request needs (tests/helpers/web-host-app.ts's WebHostApp). */
interface HostAddress {
  origin: string;
  token: string;
}

/** A plain GET to 127.0.0.1:`port` with exactly these headers (no token unless given); resolves to the status. */
export function rawGet(port: number, pathWithQuery: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: pathWithQuery, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

/**
 * A page's WebSocket to the host: the launch token and our Origin unless
 * told otherwise (`origin: ''` sends none), and a Host header when given.
 */
export function openSocket(host: HostAddress, options: { token?: string; origin?: string; host?: string } = {}) {
  const port = new URL(host.origin).port;
  const token = options.token ?? host.token;
  return new WebSocket(`ws://127.0.0.1:${port}/ws?token=${encodeURIComponent(token)}`, {
    headers: {
      ...(options.origin === undefined ? { Origin: host.origin } : options.origin ? { Origin: options.origin } : {}),
      ...(options.host ? { Host: options.host } : {}),
    },
  });
}

/** How a WebSocket's handshake ends: 'open', the status the host refused it with, or -1 for a network error. */
export function handshake(socket: WebSocket): Promise<'open' | number> {
  return new Promise((resolve) => {
    socket.once('open', () => resolve('open'));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(-1));
  });
}
