import type { IdleSource, Logger } from '../../core/ports';
import {
  DEFAULT_DBUS_TIMEOUT_MS,
  MutterIdleSource,
  ScreenSaverIdleSource,
  disconnectQuietly,
  type DbusIdleSource,
  type SessionBusConnection,
} from './dbus-idle-sources';
import type { IdleProbe } from './x11-idle-source';

/**
 * Picks where idle time comes from (`powerMonitor.getSystemIdleTime()` reads
 * 0 forever on Wayland, Stretchly #1261; plain Node has no powerMonitor).
 *
 * - Linux in a Wayland session (`XDG_SESSION_TYPE=wayland` or `WAYLAND_DISPLAY`
 *   set): GNOME's Mutter IdleMonitor, else `org.freedesktop.ScreenSaver`, each
 *   over the D-Bus session bus and kept only if it answers a probe; else the
 *   fallback (Electron's powerMonitor, passed in), with a description saying
 *   why. A D-Bus source that answers is always preferred to the fallback, since
 *   a fallback that reads 0 on Wayland looks like a user who never goes idle.
 * - Linux in an X11 session, when `x11` is given (the web host): the X
 *   server's own idle time (MIT-SCREEN-SAVER), kept only if it answers a
 *   probe; else (or without DISPLAY) the fallback, with a description saying
 *   why.
 * - X11 without `x11` (Electron: powerMonitor reads that same X counter),
 *   macOS, Windows: the fallback, without touching D-Bus or X.
 *
 * The bus or X connection is kept only while a chosen source uses it;
 * `close()` drops it (call it on quit).
 *
 * Error contract: the returned `source.idleSeconds()` never throws
 * synchronously and never hangs. The fallback source is whatever it is; a
 * D-Bus source resolves with whole seconds or rejects with an
 * `IdleUnavailableError` within `timeoutMs` when its service fails at call
 * time (it went away, froze, the bus closed); the X11 source does the same
 * when the X server goes away. Either is asked again on the next reading. A rejection means "idle time unknown" (the backend maps it to
 * `null`); it is deliberately not replaced by the fallback's reading, since
 * on Wayland that is a 0 indistinguishable from "the user is active". The
 * first failure of a run is logged as a warning, the recovery as info.
 */

export type IdleSourceKind = 'mutter' | 'screensaver' | 'x11' | 'fallback';

/** An idle source that says whether it works before it is chosen, and holds a connection to close. */
export interface ProbedIdleSource extends IdleSource {
  readonly description: string;
  /** Never rejects. */
  probe(): Promise<IdleProbe>;
  close(): void;
}

export interface ChooseIdleSourceOptions {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Used where no OS source below is chosen (off Linux, on X11 without `x11`, or when none answers at start). */
  fallback: IdleSource;
  /** The fallback's name in descriptions (default "Electron powerMonitor"). */
  fallbackName?: string;
  /** Opens a session-bus connection; called at most once, and only in a Wayland session. */
  connectSessionBus: () => Promise<SessionBusConnection>;
  /** Bound on each D-Bus call, probes included (default 500 ms). */
  timeoutMs?: number;
  /** Bound on `connectSessionBus` (default 2000 ms); a connection that arrives later is closed. */
  connectTimeoutMs?: number;
  /** Makes the X server's idle source; called at most once, and only in a Linux session that is not Wayland. */
  x11?: () => ProbedIdleSource;
  logger?: Logger;
}

export interface ChosenIdleSource {
  source: IdleSource;
  kind: IdleSourceKind;
  /** Short, human-readable, for diagnostics (e.g. "GNOME Mutter IdleMonitor over D-Bus"). */
  description: string;
  /** Closes the bus connection, if one is kept; safe to call more than once. */
  close(): void;
}

export function isWaylandSession(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>) {
  // Same reading as the focus detector's: an explicit x11 session type wins
  // over a stray WAYLAND_DISPLAY.
  const type = env.XDG_SESSION_TYPE?.toLowerCase();
  return platform === 'linux' && (type === 'wayland' || (type !== 'x11' && Boolean(env.WAYLAND_DISPLAY)));
}

const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'X11 session',
  darwin: 'macOS',
  win32: 'Windows',
};

export async function chooseIdleSource(options: ChooseIdleSourceOptions): Promise<ChosenIdleSource> {
  const { platform, env, fallback } = options;
  const fallbackName = options.fallbackName ?? 'Electron powerMonitor';
  const useFallback = (why: string): ChosenIdleSource => ({
    source: fallback,
    kind: 'fallback',
    description: `${fallbackName} (${why})`,
    close: () => {},
  });

  if (platform === 'linux' && options.x11 && !isWaylandSession(platform, env)) {
    // A console or ssh login, or a service: there is no display to ask.
    if (!env.DISPLAY) return useFallback('no desktop session: neither DISPLAY nor WAYLAND_DISPLAY is set');
    const x11 = options.x11();
    const probe = await x11.probe();
    if (!probe.answers) {
      x11.close();
      return useFallback(`X11 session, but ${probe.why}`);
    }
    return {
      source: options.logger ? logFailures(x11, options.logger) : x11,
      kind: 'x11',
      description: x11.description,
      close: () => x11.close(),
    };
  }
  if (!isWaylandSession(platform, env)) return useFallback(PLATFORM_NAMES[platform] ?? platform);

  const zeroWarning = 'idle time may always read 0 on Wayland';
  let bus: SessionBusConnection;
  try {
    bus = await connectWithin(options.connectSessionBus, options.connectTimeoutMs ?? 2000);
  } catch (error) {
    return useFallback(`Wayland, but no D-Bus session bus: ${messageOf(error)}; ${zeroWarning}`);
  }

  const timeoutMs = options.timeoutMs ?? DEFAULT_DBUS_TIMEOUT_MS;
  const mutter = new MutterIdleSource(bus, { timeoutMs });
  const screenSaver = new ScreenSaverIdleSource(bus, { timeoutMs });
  // Both at once: start-up waits for one timeout at most, not one per service.
  const [mutterAnswers, screenSaverAnswers] = await Promise.all([mutter.probe(), screenSaver.probe()]);
  const chosen: { kind: IdleSourceKind; source: DbusIdleSource; description: string } | null = mutterAnswers
    ? { kind: 'mutter', source: mutter, description: mutter.description }
    : screenSaverAnswers
      ? { kind: 'screensaver', source: screenSaver, description: `${screenSaver.description} (${screenSaver.path})` }
      : null;

  if (!chosen) {
    disconnectQuietly(bus);
    return useFallback(
      'Wayland, but neither org.gnome.Mutter.IdleMonitor nor org.freedesktop.ScreenSaver answered on the ' +
        `session bus; ${zeroWarning}`,
    );
  }

  let closed = false;
  return {
    source: options.logger ? logFailures(chosen.source, options.logger) : chosen.source,
    kind: chosen.kind,
    description: chosen.description,
    close: () => {
      if (closed) return;
      closed = true;
      disconnectQuietly(bus);
    },
  };
}

/** `source`, logging the first failure of a run of failures and the recovery after it. */
function logFailures(source: IdleSource & { readonly description: string }, logger: Logger): IdleSource {
  let failing = false;
  return {
    async idleSeconds() {
      try {
        const seconds = await source.idleSeconds();
        if (failing) {
          failing = false;
          logger.info(`idle time: ${source.description} answers again`);
        }
        return seconds;
      } catch (error) {
        if (!failing) {
          failing = true;
          logger.warn(`idle time: ${source.description} failed; idle time is unknown until it answers again`, {
            error: messageOf(error),
          });
        }
        throw error;
      }
    },
  };
}

function connectWithin(connect: () => Promise<SessionBusConnection>, timeoutMs: number): Promise<SessionBusConnection> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new Error(`no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    Promise.resolve()
      .then(connect)
      .then(
        (bus) => {
          if (settled) return disconnectQuietly(bus);
          settled = true;
          clearTimeout(timer);
          resolve(bus);
        },
        (error: unknown) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
