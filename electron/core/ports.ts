import type { WindowState, View } from '@shared/ipc-contract';
import type { NotificationActionId, NotificationSpec } from '@shared/notification-content';
import type { TrayMenuItem } from '@shared/tray-menu';

/**
 * The OS as the backend sees it. Each host (Electron, the web host, tests)
 * implements these ports; the services never import an OS API directly.
 */

export type CancelTimer = () => void;

export interface Clock {
  readonly mode: 'system' | 'manual';
  now(): number;
  /** The current IANA time zone (it changes when the user travels). */
  timeZone(): string;
  /**
   * Calls `callback` once the wall clock reaches `at` (or soon after). A
   * manual clock waits for a returned promise before moving on.
   */
  setTimer(at: number, callback: () => void | Promise<void>): CancelTimer;
  /**
   * Calls `callback` once `ms` of elapsed time have passed, whatever the wall
   * clock does meanwhile (set back a day, it still fires on time).
   */
  setDelay(ms: number, callback: () => void | Promise<void>): CancelTimer;
}

export interface Notifier {
  /** Shows a notification; `onAction` fires at most once, when the user acts. */
  show(spec: NotificationSpec, onAction: (action: NotificationActionId) => void): void;
}

export interface WindowHostEvents {
  /** The user closed a window themselves (not via `close`). */
  closedByUser(view: View): void;
}

export interface WindowHost {
  open(view: View): void;
  close(view: View): void;
  list(): WindowState[];
}

export interface TrayModel {
  tooltip: string;
  /** Text beside the icon where the OS shows one (macOS). */
  title: string;
  menu: TrayMenuItem[];
}

export interface TrayHost {
  update(model: TrayModel): void;
}

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

export interface PowerEvents {
  subscribe(listener: (event: PowerEvent) => void): () => void;
}

export interface IdleSource {
  /** Seconds since the user last touched keyboard or mouse. */
  idleSeconds(): Promise<number>;
}

export interface FullscreenDetector {
  /** Whether another app is fullscreen or presenting. */
  isFullscreen(): Promise<boolean>;
}

/** Starting at login (an XDG autostart entry on Linux, login items on macOS and Windows). */
export interface Autostart {
  isEnabled(): boolean;
  setEnabled(enabled: boolean): void;
  /** Where it lives, for diagnostics. */
  readonly description: string;
}
