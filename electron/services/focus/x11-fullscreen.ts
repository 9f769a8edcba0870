import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FullscreenDetector } from '../../ports';

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

/** Predefined atoms and the wildcard type of the core protocol. */
const ANY_PROPERTY_TYPE = 0;
const ATOM_ATOM = 4;
const ATOM_CARDINAL = 6;

/** The most atoms read from one `_NET_WM_STATE` (real windows carry a handful). */
const MAX_STATE_ATOMS = 64;

export const DEFAULT_X11_TIMEOUT_MS = 1000;

// ---------------------------------------------------------------------------
// The small part of the `x11` package used here (it ships no type declarations).

export interface X11Property {
  /** The property's type atom; 0 when the property does not exist. */
  type: number;
  /** 8, 16 or 32 bits per element; 0 when the property does not exist. */
  format: number;
  bytesAfter: number;
  data: Buffer;
}

type ReplyCallback<T> = (error: Error | null | undefined, value: T) => unknown;

export interface X11Client {
  AllocID(): number;
  InternAtom(onlyIfExists: boolean, name: string, callback: ReplyCallback<number>): void;
  GetProperty(
    remove: number,
    window: number,
    property: number,
    type: number,
    longOffset: number,
    longLength: number,
    callback: ReplyCallback<X11Property>,
  ): void;
  /** mode 0 replace, 1 prepend, 2 append; format 8, 16 or 32. */
  ChangeProperty(
    mode: number,
    window: number,
    property: number,
    type: number,
    format: number,
    data: number[] | Buffer | string,
  ): void;
  DeleteProperty(window: number, property: number): void;
  CreateWindow(
    window: number,
    parent: number,
    x: number,
    y: number,
    width: number,
    height: number,
    borderWidth?: number,
    depth?: number,
    windowClass?: number,
    visual?: number,
    values?: Record<string, unknown>,
  ): void;
  MapWindow(window: number): void;
  DestroyWindow(window: number): void;
  /** Round trip: resolves once the server has processed every earlier request. */
  sync(): Promise<void>;
  terminate(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface X11Display {
  client: X11Client;
  screen: { root: number }[];
  /** 0 LSBFirst, 1 MSBFirst: how property values on this connection are encoded. */
  byte_order: number;
}

export interface X11ClientOptions {
  display: string;
  auth: { name: string; data: string };
  disableBigRequests?: boolean;
  /** false: no MIT-SHM, so the connection is a plain socket (no internal Node bindings). */
  shm?: false;
}

export interface X11Module {
  createClient(options: X11ClientOptions, callback: (error: Error | undefined, display: X11Display) => void): X11Client;
}

/** Loads the `x11` package on first use only (macOS and Windows never do). */
export function loadX11Module(): X11Module {
  const require = createRequire(import.meta.url);
  return require('x11') as X11Module;
}

// ---------------------------------------------------------------------------
// DISPLAY and Xauthority

export interface ParsedDisplay {
  /** Empty for the local machine (unix socket). */
  host: string;
  /** The display number as written, e.g. "0". */
  number: string;
}

/** `[host]:number[.screen]`, with an optional `protocol/` prefix; undefined when malformed. */
export function parseDisplay(display: string): ParsedDisplay | undefined {
  const match = /^(?:[A-Za-z][A-Za-z0-9+.-]*\/)?(.*):(\d+)(?:\.\d+)?$/.exec(display);
  if (!match) return undefined;
  return { host: match[1] ?? '', number: match[2] ?? '' };
}

export interface XauthEntry {
  /** 256 Local (address = host name), 65535 Wild (any address), 0 Internet, 6 Internet6, ... */
  family: number;
  address: Buffer;
  /** The display number as text; empty matches any display. */
  display: string;
  name: string;
  data: Buffer;
}

export const FAMILY_LOCAL = 256;
export const FAMILY_WILD = 65535;

/** Parses an Xauthority file (libXau format); a truncated last entry is dropped. */
export function parseXauthority(file: Buffer): XauthEntry[] {
  const entries: XauthEntry[] = [];
  let offset = 0;
  const field = (): Buffer | undefined => {
    if (offset + 2 > file.length) return undefined;
    const length = file.readUInt16BE(offset);
    if (offset + 2 + length > file.length) return undefined;
    const value = file.subarray(offset + 2, offset + 2 + length);
    offset += 2 + length;
    return value;
  };
  while (offset + 2 <= file.length) {
    const family = file.readUInt16BE(offset);
    offset += 2;
    const address = field();
    const display = field();
    const name = field();
    const data = field();
    if (!address || !display || !name || !data) break;
    entries.push({ family, address, display: display.toString('latin1'), name: name.toString('latin1'), data });
  }
  return entries;
}

/**
 * The cookie libxcb would send to `display` from the local machine: the first
 * MIT-MAGIC-COOKIE-1 entry for this display number (or any) whose address is
 * a wildcard or this host's name (libxcb uses FamilyLocal for unix sockets
 * and for TCP to localhost). Remote TCP displays match wildcard entries only.
 */
export function pickCookie(
  entries: readonly XauthEntry[],
  display: ParsedDisplay,
  hostname: string,
): { name: string; data: string } | undefined {
  const local = display.host === '' || display.host === 'localhost' || display.host === 'unix';
  for (const entry of entries) {
    if (entry.name !== 'MIT-MAGIC-COOKIE-1') continue;
    if (entry.display !== '' && entry.display !== display.number) continue;
    const addressMatches =
      entry.family === FAMILY_WILD ||
      (local && entry.family === FAMILY_LOCAL && entry.address.toString('latin1') === hostname);
    if (addressMatches) return { name: entry.name, data: entry.data.toString('latin1') };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// The detector

export interface X11Env {
  readonly DISPLAY?: string | undefined;
  readonly XAUTHORITY?: string | undefined;
  readonly HOME?: string | undefined;
}

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
    const auth = this.cookieFor(display);
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

  private cookieFor(display: ParsedDisplay): { cookie: { name: string; data: string }; note?: string } {
    const none = { name: '', data: '' };
    const file = this.env.XAUTHORITY || path.join(this.env.HOME || os.homedir(), '.Xauthority');
    let contents: Buffer;
    try {
      contents = fs.readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        cookie: none,
        note: code === 'ENOENT' ? `no Xauthority file at ${file}` : `cannot read ${file}: ${code}`,
      };
    }
    const cookie = pickCookie(parseXauthority(contents), display, this.hostname());
    return cookie ? { cookie } : { cookie: none, note: `no cookie in ${file} for display ${display.number}` };
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
    const activeProperty = await getProperty(client, root, activeAtom, ANY_PROPERTY_TYPE, 1);
    const window = card32s(activeProperty)[0];
    if (window === undefined) return { active: false, reason: noActiveWindow };
    if (window === 0) return { active: false, reason: 'no window is active (_NET_ACTIVE_WINDOW is None)' };
    if (!stateAtom || !fullscreenAtom) {
      return { active: false, window, reason: `the active window ${hex(window)} is not fullscreen` };
    }

    let state: X11Property;
    try {
      state = await getProperty(client, window, stateAtom, ATOM_ATOM, MAX_STATE_ATOMS);
    } catch (error) {
      // Typically BadWindow: the window closed between the two reads.
      return { active: false, window, reason: `the active window ${hex(window)} is gone: ${describeError(error)}` };
    }
    if (!card32s(state).includes(fullscreenAtom)) {
      return { active: false, window, reason: `the active window ${hex(window)} is not fullscreen` };
    }

    if (this.ownPids.length > 0) {
      const pidAtom = await internAtom(client, '_NET_WM_PID');
      const pid = pidAtom ? card32s(await getProperty(client, window, pidAtom, ATOM_CARDINAL, 1))[0] : undefined;
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
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
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

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return code && !oneLine.includes(code) ? `${oneLine} (${code})` : oneLine;
}
