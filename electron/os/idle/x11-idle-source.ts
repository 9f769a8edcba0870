import * as os from 'node:os';
import type { IdleSource } from '../../core/ports';
import {
  describeError,
  loadX11Module,
  parseDisplay,
  readCookie,
  type X11Client,
  type X11Env,
  type X11Module,
  type X11ScreenSaver,
} from '../x11/x11-client';
import { IdleUnavailableError, type IdleUnavailableReason } from './idle-unavailable-error';

/**
 * Idle time from the X server itself, for the web host in an X11 session
 * (plain Node has no powerMonitor). The MIT-SCREEN-SAVER extension's
 * `QueryInfo` gives the milliseconds since the last input event: the
 * server's own counter, the one screensavers use and the one Chromium reads
 * for Electron's `powerMonitor.getSystemIdleTime()` on X11
 * (ui/base/x/x11_idle_query.cc), so both hosts see the same idle time.
 * Input synthesised through XTEST (xdotool) counts as input, and so does an
 * app resetting the screensaver to keep the screen on (ForceScreenSaver
 * Reset: `xdg-screensaver reset`, some video players).
 *
 * It speaks the protocol through the pure-JavaScript `x11` package: one
 * connection, opened at the first reading and kept, so a reading is one round
 * trip; `close()` ends it.
 *
 * Error contract of `idleSeconds()`, the same as the D-Bus sources': it
 * never throws synchronously and never hangs. It resolves with whole seconds
 * (>= 0), or rejects with an {@link IdleUnavailableError} within `timeoutMs`
 * (plus timer slack): no DISPLAY or no server there ('no-service'), no
 * MIT-SCREEN-SAVER extension ('unsupported'), no answer in time ('timeout'),
 * the server closed the connection or `close()` was called ('disconnected'),
 * anything else ('failed', 'bad-reply'). A reading in flight when the server
 * goes away rejects at once. After a failure the next reading connects again.
 * `probe()` turns the same outcome into an answer with the reason, and never
 * rejects.
 */

export const DEFAULT_X11_IDLE_TIMEOUT_MS = 1000;

export interface X11IdleSourceOptions {
  /** DISPLAY (read once, here), XAUTHORITY and HOME (read at each connection); default process.env. */
  env?: X11Env;
  /** Bound on one reading, connecting included (default 1 s). */
  timeoutMs?: number;
  /** For tests: the `x11` package. */
  loadX11?: () => X11Module;
  /** For tests: this machine's name, as Xauthority's FamilyLocal entries use it. */
  hostname?: () => string;
}

export type IdleProbe = { answers: true } | { answers: false; why: string };

/** A connection being opened; readings that give up on it abandon it, so the next one starts afresh. */
interface ConnectAttempt {
  promise: Promise<LiveConnection>;
  abandon(error: IdleUnavailableError): void;
}

/** A kept connection with the extension ready, and the readings waiting on it. */
interface LiveConnection {
  client: X11Client;
  root: number;
  screenSaver: X11ScreenSaver;
  waiting: Set<(error: IdleUnavailableError) => void>;
}

export class X11IdleSource implements IdleSource {
  readonly description: string;
  private readonly env: X11Env;
  private readonly displayName: string | undefined;
  /** Names the display in errors, e.g. "X display :0". */
  private readonly service: string;
  private readonly timeoutMs: number;
  private readonly loadX11: () => X11Module;
  private readonly hostname: () => string;
  private live: LiveConnection | null = null;
  private attempt: ConnectAttempt | null = null;
  private closed = false;

  constructor(options: X11IdleSourceOptions = {}) {
    this.env = options.env ?? process.env;
    this.displayName = this.env.DISPLAY || undefined;
    this.service = this.displayName ? `X display ${this.displayName}` : 'X display';
    this.description = `X server MIT-SCREEN-SAVER on ${this.displayName ?? '(no DISPLAY)'}`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_X11_IDLE_TIMEOUT_MS;
    this.loadX11 = options.loadX11 ?? loadX11Module;
    this.hostname = options.hostname ?? os.hostname;
  }

  idleSeconds(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      if (this.closed) return reject(this.unavailable('disconnected', 'the X connection is closed'));
      let done = false;
      let using: LiveConnection | null = null;
      const finish = (error: IdleUnavailableError | null, seconds = 0) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        using?.waiting.delete(abort);
        if (error) reject(error);
        else resolve(seconds);
      };
      const abort = (error: IdleUnavailableError) => finish(error);
      const attempt = this.live ? null : this.connect();
      const timer = setTimeout(() => {
        // A server that takes this long is stuck: the next reading starts afresh.
        if (using) {
          this.drop(using, null);
          finish(this.unavailable('timeout', `no answer within ${this.timeoutMs} ms`));
        } else {
          const error = this.unavailable('timeout', `no answer within ${this.timeoutMs} ms while connecting`);
          if (attempt) this.abandon(attempt, error);
          finish(error);
        }
      }, this.timeoutMs);
      (attempt ? attempt.promise : Promise.resolve(this.live as LiveConnection)).then(
        (live) => {
          if (done) return;
          using = live;
          live.waiting.add(abort);
          try {
            live.screenSaver.QueryInfo(live.root, (error, info) => {
              if (error) finish(this.unavailable('failed', `QueryInfo failed: ${describeError(error)}`));
              else if (!Number.isInteger(info?.idle) || info.idle < 0) {
                finish(this.unavailable('bad-reply', `QueryInfo returned idle ${String(info?.idle)}`));
              } else finish(null, Math.floor(info.idle / 1000));
              return true; // handled: not re-emitted as 'error' on the client
            });
          } catch (error) {
            // The package writes synchronously; a socket that just closed throws here.
            this.drop(live, null);
            finish(this.unavailable('disconnected', `QueryInfo could not be sent: ${describeError(error)}`));
          }
        },
        (error: unknown) => finish(this.asUnavailable(error)),
      );
    });
  }

  /** Whether a reading succeeds now, and why not; never rejects. */
  probe(): Promise<IdleProbe> {
    return this.idleSeconds().then(
      () => ({ answers: true }),
      (error: unknown) => ({ answers: false, why: this.asUnavailable(error).message }),
    );
  }

  /** Ends the connection; later readings reject as 'disconnected'. Safe to call more than once. */
  close(): void {
    this.closed = true;
    const error = this.unavailable('disconnected', 'the X connection is closed');
    if (this.attempt) this.abandon(this.attempt, error);
    if (this.live) this.drop(this.live, error);
  }

  /** The attempt in progress, or a new one; it becomes the live connection when it succeeds. */
  private connect(): ConnectAttempt {
    if (this.attempt) return this.attempt;
    const opening = this.open();
    const attempt: ConnectAttempt = {
      promise: opening.promise.then(
        (live) => {
          if (this.attempt === attempt) this.attempt = null;
          if (this.closed) {
            terminateQuietly(live.client);
            throw this.unavailable('disconnected', 'the X connection is closed');
          }
          this.live = live;
          return live;
        },
        (error: unknown) => {
          if (this.attempt === attempt) this.attempt = null;
          throw error;
        },
      ),
      abandon: opening.abandon,
    };
    this.attempt = attempt;
    return attempt;
  }

  private abandon(attempt: ConnectAttempt, error: IdleUnavailableError): void {
    if (this.attempt === attempt) this.attempt = null;
    attempt.abandon(error);
  }

  /** Forgets `live` and closes it; readings waiting on it reject with `error` (else they time out). */
  private drop(live: LiveConnection, error: IdleUnavailableError | null): void {
    if (this.live === live) this.live = null;
    terminateQuietly(live.client);
    if (error) for (const abort of [...live.waiting]) abort(error);
  }

  /**
   * Connects, checks for the extension and loads it. Not bounded by itself:
   * the readings waiting on it are, and `abandon` ends it.
   */
  private open(): { promise: Promise<LiveConnection>; abandon: (error: IdleUnavailableError) => void } {
    let abandon: (error: IdleUnavailableError) => void = () => {};
    const refuse = (reason: IdleUnavailableReason, message: string) => ({
      promise: Promise.reject(this.unavailable(reason, message)),
      abandon,
    });
    const displayName = this.displayName;
    if (!displayName) return refuse('no-service', 'DISPLAY is not set: there is no X display to ask');
    const display = parseDisplay(displayName);
    if (!display) return refuse('no-service', `DISPLAY=${JSON.stringify(displayName)} is not a display`);
    let x11: X11Module;
    try {
      x11 = this.loadX11();
    } catch (error) {
      return refuse('failed', `the x11 package could not be loaded: ${describeError(error)}`);
    }
    const auth = readCookie(this.env, display, this.hostname());
    const note = auth.note ? ` (${auth.note})` : '';

    const promise = new Promise<LiveConnection>((resolve, reject) => {
      let settled = false;
      let client: X11Client | undefined;
      let live: LiveConnection | undefined;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        terminateQuietly(client);
        if (error instanceof IdleUnavailableError) return reject(error);
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        const reason = code === 'ENOENT' || code === 'ECONNREFUSED' ? 'no-service' : 'failed';
        reject(this.unavailable(reason, `could not connect: ${describeError(error)}${note}`));
      };
      abandon = fail;
      // After set-up, losing the connection fails the readings waiting on it at once.
      const lost = (why: string) => {
        if (!settled) return fail(new Error(why));
        if (live) this.drop(live, this.unavailable('disconnected', why));
      };
      try {
        client = x11.createClient(
          { display: displayName, auth: auth.cookie, disableBigRequests: true, shm: false },
          (error, connected) => {
            if (error) return fail(error);
            if (settled) return terminateQuietly(connected.client); // abandoned meanwhile
            const root = connected.screen[0]?.root;
            if (root === undefined) return fail(this.unavailable('failed', 'the X server reported no screen'));
            const X = connected.client;
            try {
              // Asked first: the package's own loader assumes the extension query succeeds.
              X.QueryExtension('MIT-SCREEN-SAVER', (queryError, extension) => {
                if (queryError) fail(queryError);
                else if (!extension?.present) {
                  fail(this.unavailable('unsupported', 'the X server has no MIT-SCREEN-SAVER extension'));
                } else {
                  X.require('screen-saver', (requireError, screenSaver) => {
                    if (requireError) return fail(requireError);
                    if (settled) return;
                    settled = true;
                    live = { client: X, root, screenSaver, waiting: new Set() };
                    resolve(live);
                  });
                }
                return true;
              });
            } catch (error) {
              fail(error);
            }
          },
        );
        client.on('error', (error) => lost(`the X connection failed: ${describeError(error)}`));
        client.on('end', () => lost('the X server closed the connection'));
      } catch (error) {
        fail(error);
      }
    });
    return { promise, abandon };
  }

  private unavailable(reason: IdleUnavailableReason, message: string): IdleUnavailableError {
    return new IdleUnavailableError(this.service, reason, message);
  }

  private asUnavailable(error: unknown): IdleUnavailableError {
    return error instanceof IdleUnavailableError ? error : this.unavailable('failed', describeError(error));
  }
}

/**
 * Closes the socket at once. Not `terminate()`, which only half-closes it: a
 * server that accepted and went silent would keep a dropped connection open.
 * Before the socket has connected there is nothing to close yet; the set-up
 * callback closes a connection that arrives after it was abandoned.
 */
function terminateQuietly(client: X11Client | undefined): void {
  try {
    client?.stream?.destroy();
  } catch {
    // already closed
  }
}
