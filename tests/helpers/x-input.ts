import { execFile } from 'node:child_process';
import {
  loadX11Module,
  parseDisplay,
  readCookie,
  type X11Client,
  type X11Display,
} from '../../electron/os/x11/x11-client';

/**
 * Real input on a test X server, through xdotool (XTEST: the server treats it
 * as the keyboard and mouse), and a count of the server's clients (X-Resource),
 * to see connections open and close.
 */

export interface XTarget {
  display: string;
  xauthority: string;
}

function xdotool(target: XTarget, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'xdotool',
      args,
      { env: { PATH: process.env.PATH, DISPLAY: target.display, XAUTHORITY: target.xauthority }, timeout: 5000 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`xdotool ${args.join(' ')} failed: ${error.message} ${String(stderr)}`));
        else resolve();
      },
    );
  });
}

let corner = 0;

/** Moves the pointer somewhere else (a motion to where it already is would be no event). */
export function movePointer(target: XTarget): Promise<void> {
  corner = (corner + 1) % 4;
  const x = 100 + 300 * (corner % 2);
  const y = 100 + 300 * Math.floor(corner / 2);
  return xdotool(target, ['mousemove', '--sync', String(x), String(y)]);
}

/** Presses and releases Shift (types nothing anywhere). */
export function pressKey(target: XTarget): Promise<void> {
  return xdotool(target, ['key', 'shift']);
}

interface XResource {
  QueryClients(callback: (error: Error | null, clients: unknown[]) => unknown): void;
}

/** How many clients the server has, not counting the connection that asks. */
export function xClientCount(target: XTarget): Promise<number> {
  const display = parseDisplay(target.display);
  if (!display) throw new Error(`not a display: ${target.display}`);
  const { cookie } = readCookie({ XAUTHORITY: target.xauthority }, display);
  return new Promise((resolve, reject) => {
    const client = loadX11Module().createClient(
      { display: target.display, auth: cookie, disableBigRequests: true, shm: false },
      (error: Error | undefined, connected: X11Display) => {
        if (error) return reject(error);
        const X = connected.client as X11Client & {
          require(name: 'res', callback: (error: Error | null, res: XResource) => void): void;
        };
        X.require('res', (requireError, res) => {
          if (requireError) {
            X.terminate();
            return reject(requireError);
          }
          res.QueryClients((queryError, clients) => {
            X.terminate();
            if (queryError) reject(queryError);
            else resolve(clients.length - 1);
            return true;
          });
        });
      },
    );
    client.on('error', reject);
  });
}
