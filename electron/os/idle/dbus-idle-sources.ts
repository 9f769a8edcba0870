import type { EventEmitter } from 'node:events';
import type { Message } from '@jellybrick/dbus-next';

/**
 * dbus-next is loaded only when a D-Bus source is really used (a Wayland
 * session): elsewhere it would cost start-up time and memory for nothing.
 * Node caches the module after the first import.
 */
const loadDBus = () => import('@jellybrick/dbus-next');
import type { IdleSource } from '../../core/ports';
import { IdleUnavailableError } from './idle-unavailable-error';

/**
 * Idle time over the D-Bus session bus, for Wayland sessions where Electron's
 * `powerMonitor.getSystemIdleTime()` always reads 0 (Stretchly #1261):
 *
 * - GNOME: `org.gnome.Mutter.IdleMonitor` at `/org/gnome/Mutter/IdleMonitor/Core`,
 *   `GetIdletime() -> t` (milliseconds);
 * - `org.freedesktop.ScreenSaver` at `/org/freedesktop/ScreenSaver` or
 *   `/ScreenSaver`, `GetSessionIdleTime() -> u` (seconds).
 *
 * Error contract of `idleSeconds()` (both sources): it never throws
 * synchronously and never hangs. It resolves with whole seconds (>= 0), or
 * rejects with an {@link IdleUnavailableError} within `timeoutMs` (plus timer
 * slack) when the service cannot answer: the name has no owner (the service
 * went away), the call timed out, the connection is closed, or the reply is
 * not the expected type. The rejection means "idle time unknown right now";
 * the next call asks the service again. `probe()` turns the same outcome
 * into a boolean and never rejects.
 *
 * Calls go out with NO_AUTO_START, so asking never launches a service, and
 * without introspection: one round trip per reading.
 */

/** What the sources need of a session-bus connection; a dbus-next `MessageBus` is one. */
export interface SessionBusConnection {
  call(message: Message): Promise<Message | null>;
  disconnect(): void;
}

/** How long one call may take before it counts as failed. */
export const DEFAULT_DBUS_TIMEOUT_MS = 500;

export interface DbusIdleSourceOptions {
  /** Bound on each call, `idleSeconds()` and `probe()` alike (default {@link DEFAULT_DBUS_TIMEOUT_MS}). */
  timeoutMs?: number;
}

/** An `IdleSource` backed by one D-Bus method, with a `probe()` to check the service answers. */
export interface DbusIdleSource extends IdleSource {
  /** Short human-readable name for diagnostics. */
  readonly description: string;
  /** Resolves true when a call succeeds within the timeout; never rejects. */
  probe(): Promise<boolean>;
}

const NO_OWNER_ERRORS = new Set([
  'org.freedesktop.DBus.Error.ServiceUnknown',
  'org.freedesktop.DBus.Error.NameHasNoOwner',
  // The owner left the bus between taking the call and replying.
  'org.freedesktop.DBus.Error.NoReply',
]);
const UNSUPPORTED_ERRORS = new Set([
  'org.freedesktop.DBus.Error.UnknownMethod',
  'org.freedesktop.DBus.Error.UnknownObject',
  'org.freedesktop.DBus.Error.UnknownInterface',
  'org.freedesktop.DBus.Error.NotSupported',
]);

interface MethodTarget {
  destination: string;
  path: string;
  interface: string;
  member: string;
  /** The reply signature the method is documented to return. */
  signature: 't' | 'u';
}

/**
 * Calls `target` and resolves with the reply's one integer, or rejects with
 * an IdleUnavailableError, within `timeoutMs`.
 */
async function callForInteger(bus: SessionBusConnection, target: MethodTarget, timeoutMs: number): Promise<number> {
  const service = target.destination;
  const { Message, MessageFlag, DBusError } = await loadDBus();
  const message = new Message({
    destination: target.destination,
    path: target.path,
    interface: target.interface,
    member: target.member,
    flags: MessageFlag.NO_AUTO_START,
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(new IdleUnavailableError(service, 'timeout', `${target.member} did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  let reply: Message | null;
  // A call that times out stays pending inside dbus-next until the bus answers
  // it (dbus-daemon sends NoReply when the owner leaves); nothing waits on it.
  try {
    // `call` can throw synchronously (closed stream); keep that inside the promise.
    reply = await Promise.race([Promise.resolve().then(() => bus.call(message)), deadline]);
  } catch (error) {
    throw toUnavailable(service, target, error, DBusError);
  } finally {
    clearTimeout(timer);
  }
  return readInteger(service, target, reply);
}

function toUnavailable(
  service: string,
  target: MethodTarget,
  error: unknown,
  DBusError: Awaited<ReturnType<typeof loadDBus>>['DBusError'],
): IdleUnavailableError {
  if (error instanceof IdleUnavailableError) return error;
  if (error instanceof DBusError) {
    const reason = NO_OWNER_ERRORS.has(error.type)
      ? 'no-service'
      : UNSUPPORTED_ERRORS.has(error.type)
        ? 'unsupported'
        : 'failed';
    const text = error.text ? `: ${error.text}` : '';
    return new IdleUnavailableError(service, reason, `${target.member} failed with ${error.type}${text}`, {
      cause: error,
    });
  }
  const text = error instanceof Error ? error.message : String(error);
  // dbus-next throws plain Errors once its stream is closed ("Cannot send message, stream is closed").
  const reason = /closed|ended|not connected|EPIPE|ECONNRESET/i.test(text) ? 'disconnected' : 'failed';
  return new IdleUnavailableError(service, reason, `${target.member} failed: ${text}`, { cause: error });
}

function readInteger(service: string, target: MethodTarget, reply: Message | null): number {
  const value: unknown = reply?.body[0];
  const number = typeof value === 'bigint' ? Number(value) : value;
  if (reply?.signature !== target.signature || typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
    const got = reply ? `signature ${JSON.stringify(reply.signature)}, value ${String(value)}` : 'no reply';
    throw new IdleUnavailableError(
      service,
      'bad-reply',
      `${target.member} returned ${got}; expected one '${target.signature}'`,
    );
  }
  return number;
}

const MUTTER: MethodTarget = {
  destination: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
  member: 'GetIdletime',
  signature: 't',
};

/** GNOME Shell (Mutter): `GetIdletime()` in milliseconds, reported here in whole seconds. */
export class MutterIdleSource implements DbusIdleSource {
  readonly description = 'GNOME Mutter IdleMonitor over D-Bus';
  private readonly timeoutMs: number;

  constructor(
    private readonly bus: SessionBusConnection,
    options: DbusIdleSourceOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DBUS_TIMEOUT_MS;
  }

  async idleSeconds(): Promise<number> {
    const milliseconds = await callForInteger(this.bus, MUTTER, this.timeoutMs);
    return Math.floor(milliseconds / 1000);
  }

  probe(): Promise<boolean> {
    return this.idleSeconds().then(
      () => true,
      () => false,
    );
  }
}

/** The object paths `org.freedesktop.ScreenSaver` is found at, in the order tried. */
const SCREENSAVER_PATHS = ['/org/freedesktop/ScreenSaver', '/ScreenSaver'] as const;

const screenSaverAt = (path: string): MethodTarget => ({
  destination: 'org.freedesktop.ScreenSaver',
  path,
  interface: 'org.freedesktop.ScreenSaver',
  member: 'GetSessionIdleTime',
  signature: 'u',
});

/**
 * `org.freedesktop.ScreenSaver.GetSessionIdleTime()`, in seconds. `probe()`
 * tries both object paths at once and keeps the first (in
 * {@link SCREENSAVER_PATHS} order) that answers; before a probe the first
 * path is used.
 *
 * KDE's kscreenlocker owns this name but answers NotSupported on Wayland (and
 * KIdleTime's milliseconds on X11, where this source is not used), so on KDE
 * Wayland the probe fails and the chooser falls back.
 */
export class ScreenSaverIdleSource implements DbusIdleSource {
  readonly description = 'freedesktop ScreenSaver over D-Bus';
  private readonly timeoutMs: number;
  private target: MethodTarget = screenSaverAt(SCREENSAVER_PATHS[0]);

  constructor(
    private readonly bus: SessionBusConnection,
    options: DbusIdleSourceOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DBUS_TIMEOUT_MS;
  }

  /** The object path in use. */
  get path(): string {
    return this.target.path;
  }

  async idleSeconds(): Promise<number> {
    return Math.floor(await callForInteger(this.bus, this.target, this.timeoutMs));
  }

  async probe(): Promise<boolean> {
    const targets = SCREENSAVER_PATHS.map(screenSaverAt);
    const answers = await Promise.all(
      targets.map((target) =>
        callForInteger(this.bus, target, this.timeoutMs).then(
          () => true,
          () => false,
        ),
      ),
    );
    const index = answers.indexOf(true);
    const found = targets[index];
    if (!found) return false;
    this.target = found;
    return true;
  }
}

export interface ConnectSessionBusOptions {
  /** A D-Bus address; default: dbus-next's lookup ($DBUS_SESSION_BUS_ADDRESS, then $XDG_RUNTIME_DIR/bus). */
  address?: string;
  /** Bound on connecting and the bus's Hello reply (default 1000 ms). */
  timeoutMs?: number;
}

/**
 * Connects to the session bus and resolves once the bus has accepted us
 * (Hello answered), or rejects (closing what it opened) on an error or the
 * deadline. Later socket errors are swallowed so they can never crash the
 * process; calls then fail as 'disconnected' or 'timeout'.
 */
export async function connectSessionBus(options: ConnectSessionBusOptions = {}): Promise<SessionBusConnection> {
  const timeoutMs = options.timeoutMs ?? 1000;
  const { sessionBus } = await loadDBus();
  return new Promise((resolve, reject) => {
    let bus: ReturnType<typeof sessionBus>;
    try {
      bus = sessionBus(options.address === undefined ? {} : { busAddress: options.address });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    // MessageBus's typed events omit 'error', which it does emit; an 'error'
    // without a listener would throw out of the event loop.
    const events = bus as unknown as EventEmitter;
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      bus.off('connect', onConnect);
      if (error) {
        disconnectQuietly(bus);
        reject(error);
      } else {
        resolve(bus);
      }
    };
    const onConnect = () => finish(null);
    events.on('error', (error: unknown) => {
      if (!settled) {
        const text = error instanceof Error ? error.message : String(error);
        finish(new Error(`cannot connect to the D-Bus session bus: ${text}`, { cause: error }));
      }
    });
    bus.once('connect', onConnect);
    const timer = setTimeout(
      () => finish(new Error(`the D-Bus session bus did not accept the connection within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
}

export function disconnectQuietly(bus: SessionBusConnection): void {
  try {
    bus.disconnect();
  } catch {
    // already closed
  }
}
