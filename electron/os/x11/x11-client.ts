import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * What the X11 readers share (busy detection in ../focus/x11-fullscreen.ts,
 * idle time in ../idle/x11-idle-source.ts): the small part of the
 * pure-JavaScript `x11` package they use, and finding the display and the
 * cookie the way libxcb does (DISPLAY, then XAUTHORITY or ~/.Xauthority).
 */

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
  QueryExtension(name: string, callback: ReplyCallback<X11ExtensionInfo>): void;
  /** Loads one of the package's extension modules (it asks the server first). */
  require(name: 'screen-saver', callback: (error: Error | null, extension: X11ScreenSaver) => void): void;
  terminate(): void;
  /** The socket, once it has connected (the package sets it then). */
  stream?: { destroy(): void };
  /** 'error': socket or unclaimed protocol errors; 'end': the server closed the connection. */
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
}

export interface X11ExtensionInfo {
  present: boolean;
  majorOpcode: number;
}

/** The MIT-SCREEN-SAVER extension as the package exposes it. */
export interface X11ScreenSaver {
  QueryInfo(drawable: number, callback: ReplyCallback<X11ScreenSaverInfo>): void;
}

export interface X11ScreenSaverInfo {
  /** 0 off, 1 on, 3 disabled. */
  state: number;
  /** Milliseconds since the last input event (the server's own counter, the one screensavers use). */
  idle: number;
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

/** The core protocol's predefined atoms a client names types with, and the wildcard type. */
export const X11_TYPE = { anyProperty: 0, atom: 4, cardinal: 6, window: 33 } as const;

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
// The environment

export interface X11Env {
  readonly DISPLAY?: string | undefined;
  readonly XAUTHORITY?: string | undefined;
  readonly HOME?: string | undefined;
}

export interface X11Cookie {
  cookie: { name: string; data: string };
  /** Why no cookie was found, to add to a refusal's reason. */
  note?: string;
}

/**
 * The cookie to send to `display`, from XAUTHORITY or ~/.Xauthority. None
 * found is no error (a server without access control needs none); `note`
 * says why, for when the server then refuses.
 */
export function readCookie(env: X11Env, display: ParsedDisplay, hostname: string = os.hostname()): X11Cookie {
  const none = { name: '', data: '' };
  const file = env.XAUTHORITY || path.join(env.HOME || os.homedir(), '.Xauthority');
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
  const cookie = pickCookie(parseXauthority(contents), display, hostname);
  return cookie ? { cookie } : { cookie: none, note: `no cookie in ${file} for display ${display.number}` };
}

/** An error as one line, with its errno code. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return code && !oneLine.includes(code) ? `${oneLine} (${code})` : oneLine;
}
