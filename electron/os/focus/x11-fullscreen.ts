import * as os from 'node:os';
import type { FullscreenDetector } from '../../core/ports';
import {
  describeError,
  loadX11Module,
  parseDisplay,
  readCookie,
  type X11Client,
  type X11ClientOptions,
  type X11Display,
  type X11Env,
  type X11Module,
  type X11Property,
  X11_TYPE,
} from '../x11/x11-client';

/**
 * "Is the active window fullscreen?" on an X11 display, the way EWMH lets any
 * client read it: the window manager names the focused top-level window in
 * the root window's `_NET_ACTIVE_WINDOW`, and lists `_NET_WM_STATE_FULLSCREEN`
 * in that window's `_NET_WM_STATE` while it is fullscreen (presentations,
 * video players, games, browsers in F11 all set it).
 *
 * It speaks the X11 protocol itself through the pure-JavaScript `x11` package
 * (no native module, no `xprop` process): one short connection per reading,
 * bounded by a timeout. It never throws: anything that goes wrong reads as
 * "not fullscreen" with the reason why.
 *
 * What it cannot see: Wayland-native windows (XWayland's root only knows X11
 * clients), and fullscreen on a display other than `DISPLAY`.
 */

/** The most atoms read from one `_NET_WM_STATE` (real windows carry a handful). */
const MAX_STATE_ATOMS = 64;

export const DEFAULT_X11_TIMEOUT_MS = 1000;

// ---------------------------------------------------------------------------
// The detector

export interface X11FullscreenReading {
  /** The active window is fullscreen (false whenever that could not be read). */
  active: boolean;
  /** Why, in words, for diagnostics. */
  reason: string;
  /** The active window's id, when one was found. */
  window?: number;
}

export interface X11FullscreenOptions {
  /** Where DISPLAY, XAUTHORITY and HOME are read, at every reading (default: process.env). */
  env?: X11Env;
  /** Bound on one whole reading: connect, handshake, requests (default 1 s). */
  timeoutMs?: number;
  /**
   * Windows whose `_NET_WM_PID` is one of these never count: they are ours,
   * not "another app" (default: this process, which owns Electron's windows).
   */
  ownPids?: readonly number[];
  /** For tests: the `x11` package. */
  loadX11?: () => X11Module;
  /** For tests: this machine's name, as Xauthority's FamilyLocal entries use it. */
  hostname?: () => string;
}

const hex = (id: number) => `0x${id.toString(16)}`;

export class X11FullscreenDetector implements FullscreenDetector {
  readonly name = 'x11-fullscreen';
  private readonly env: X11Env;
  private readonly timeoutMs: number;
  private readonly ownPids: readonly number[];
  private readonly loadX11: () => X11Module;
  private readonly hostname: () => string;

  constructor(options: X11FullscreenOptions = {}) {
    this.env = options.env ?? process.env;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_X11_TIMEOUT_MS;
    this.ownPids = options.ownPids ?? [process.pid];
    this.loadX11 = options.loadX11 ?? loadX11Module;
    this.hostname = options.hostname ?? os.hostname;
  }

  async isFullscreen(): Promise<boolean> {
    return (await this.read()).active;
  }

  /** Reads the active window's state; never rejects. */
  async read(): Promise<X11FullscreenReading> {
    const displayName = this.env.DISPLAY;
    if (!displayName) return { active: false, reason: 'DISPLAY is not set: there is no X11 display to ask' };
    const display = parseDisplay(displayName);
    if (!display) return { active: false, reason: `DISPLAY=${JSON.stringify(displayName)} is not a display name` };
    let x11: X11Module;
    try {
      x11 = this.loadX11();
    } catch (error) {
      return { active: false, reason: `the x11 package could not be loaded: ${describeError(error)}` };
    }
    const auth = readCookie(this.env, display, this.hostname());
    try {
      return await withConnection(
        x11,
        { display: displayName, auth: auth.cookie, disableBigRequests: true, shm: false },
        this.timeoutMs,
        (connection) => this.query(connection),
      );
    } catch (error) {
      const note = auth.note ? ` (${auth.note})` : '';
      return { active: false, reason: `could not read from X display ${displayName}: ${describeError(error)}${note}` };
    }
  }

  private async query({ client, display }: Connection): Promise<X11FullscreenReading> {
    const root = display.screen[0]?.root;
    if (root === undefined) return { active: false, reason: 'the X server reported no screen' };
    const card32 = (data: Buffer, index: number) =>
      display.byte_order === 1 ? data.readUInt32BE(index * 4) : data.readUInt32LE(index * 4);
    const card32s = (property: X11Property) =>
      property.format === 32
        ? Array.from({ length: Math.floor(property.data.length / 4) }, (_, i) => card32(property.data, i))
        : [];

    // Atoms that do not exist yet (0) mean no client ever used them: no answer needed.
    const [activeAtom, stateAtom, fullscreenAtom] = await Promise.all(
      ['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN'].map((name) => internAtom(client, name)),
    );
    const noActiveWindow = 'the root window has no _NET_ACTIVE_WINDOW (no EWMH window manager is running)';
    if (!activeAtom) return { active: false, reason: noActiveWindow };
    const activeProperty = await getProperty(client, root, activeAtom, X11_TYPE.anyProperty, 1);
    const window = card32s(activeProperty)[0];
    if (window === undefined) return { active: false, reason: noActiveWindow };
    if (window === 0) return { active: false, reason: 'no window is active (_NET_ACTIVE_WINDOW is None)' };
    if (!stateAtom || !fullscreenAtom) {
      return { active: false, window, reason: `the active window ${hex(window)} is not fullscreen` };
    }

    let state: X11Property;
    try {
      state = await getProperty(client, window, stateAtom, X11_TYPE.atom, MAX_STATE_ATOMS);
    } catch (error) {
      // Typically BadWindow: the window closed between the two reads.
      return { active: false, window, reason: `the active window ${hex(window)} is gone: ${describeError(error)}` };
    }
    if (!card32s(state).includes(fullscreenAtom)) {
      return { active: false, window, reason: `the active window ${hex(window)} is not fullscreen` };
    }

    if (this.ownPids.length > 0) {
      const pidAtom = await internAtom(client, '_NET_WM_PID');
      const pid = pidAtom ? card32s(await getProperty(client, window, pidAtom, X11_TYPE.cardinal, 1))[0] : undefined;
      if (pid !== undefined && this.ownPids.includes(pid)) {
        return { active: false, window, reason: `the fullscreen window ${hex(window)} is this app's own (pid ${pid})` };
      }
    }
    return { active: true, window, reason: `the active window ${hex(window)} has _NET_WM_STATE_FULLSCREEN` };
  }
}

// ---------------------------------------------------------------------------
// Callback plumbing around the `x11` client

interface Connection {
  client: X11Client;
  display: X11Display;
}

/**
 * Connects, runs `use`, and closes the connection, all within `timeoutMs`.
 * A connection that completes after the deadline is closed as soon as it does.
 */
function withConnection<T>(
  x11: X11Module,
  options: X11ClientOptions,
  timeoutMs: number,
  use: (connection: Connection) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let connection: Connection | undefined;
    const finish = (error: unknown, value?: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      close(connection?.client);
      if (error) reject(error instanceof Error ? error : new Error(describeError(error)));
      else resolve(value as T);
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    try {
      const client = x11.createClient(options, (error, display) => {
        if (error) return finish(error);
        if (settled) return close(display.client); // connected after the deadline
        connection = { client: display.client, display };
        use(connection).then(
          (value) => finish(null, value),
          (useError: unknown) => finish(useError),
        );
      });
      // Errors nobody else claims (connection loss mid-request, for one).
      client.on('error', (error) => finish(error));
    } catch (error) {
      finish(error);
    }
  });
}

function close(client: X11Client | undefined): void {
  try {
    client?.terminate();
  } catch {
    // never connected or already closed
  }
}

function internAtom(client: X11Client, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    client.InternAtom(true, name, (error, atom) => {
      if (error) reject(error);
      else resolve(atom);
      return true; // handled: not re-emitted as 'error' on the client
    });
  });
}

function getProperty(
  client: X11Client,
  window: number,
  property: number,
  type: number,
  longLength: number,
): Promise<X11Property> {
  return new Promise((resolve, reject) => {
    client.GetProperty(0, window, property, type, 0, longLength, (error, value) => {
      if (error) reject(error);
      else resolve(value);
      return true;
    });
  });
}
