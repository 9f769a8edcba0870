/**
 * Why an OS idle source could not say how long the user has been idle. A
 * rejection with this error means "idle time unknown right now" (the backend
 * reads it as null); the next reading asks again.
 */

export type IdleUnavailableReason =
  /** No reply within the timeout (service frozen, or the bus connection is dead). */
  | 'timeout'
  /** Nobody serves it: no owner of the D-Bus name (even mid-call), no X server at DISPLAY. */
  | 'no-service'
  /** It is there but cannot answer: no such D-Bus object or method, NotSupported, no X extension. */
  | 'unsupported'
  /** Our connection is closed (by us, or the bus or X server went away). */
  | 'disconnected'
  /** The reply had an unexpected type or value. */
  | 'bad-reply'
  /** Any other error reply. */
  | 'failed';

/** The one way an OS idle source's `idleSeconds()` fails (D-Bus on Wayland, the X server on X11). */
export class IdleUnavailableError extends Error {
  override readonly name = 'IdleUnavailableError';

  constructor(
    /** What was asked: a D-Bus service (`org.gnome.Mutter.IdleMonitor`) or an X display (`X display :0`). */
    readonly service: string,
    readonly reason: IdleUnavailableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${service}: ${message}`, options);
  }
}
