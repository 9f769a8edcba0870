import type { FullscreenDetector } from '../../core/ports';
import { GnomeDndDetector, type CommandRunner } from './gnome-dnd';
import type { X11Env } from '../x11/x11-client';
import { X11FullscreenDetector } from './x11-fullscreen';

/**
 * The `FullscreenDetector` for this machine: reminders wait while the user is
 * presenting, in a fullscreen app or in the desktop's do-not-disturb, as far as
 * the OS lets a plain Node process (no native module) see it.
 *
 *   Linux, X11      active window fullscreen (EWMH, over the X protocol)
 *                   OR GNOME do-not-disturb (gsettings)
 *   Linux, Wayland  GNOME do-not-disturb only
 *   macOS, Windows  nothing yet: always false (native APIs needed, see below)
 *
 * Every source is bounded by a timeout and can only answer false on failure;
 * the combined answer is cached for a few seconds so frequent questions do not
 * start a process or an X connection each time.
 */

export const DEFAULT_FOCUS_CACHE_MS = 5000;
export const DEFAULT_FOCUS_TIMEOUT_MS = 1000;
/** The combined detector waits this much longer than each source's own timeout, whose reason is better. */
const GUARD_MARGIN_MS = 250;

/** One source's answer; `reason` says why, in words, for diagnostics. */
export interface FocusReading {
  active: boolean;
  reason: string;
}

/** One thing that can say "do not interrupt now" (a fullscreen window, do-not-disturb). */
export interface FocusSignal {
  readonly name: string;
  read(): Promise<FocusReading>;
}

export interface FocusReport {
  /** Whether reminders should wait. */
  active: boolean;
  /** One line: the active sources' reasons, or every source's when none is active. */
  reason: string;
  signals: (FocusReading & { name: string })[];
}

/** A FullscreenDetector that can also say what it watches and why it answered as it did. */
export interface FocusDetector extends FullscreenDetector {
  /** What this detector can and cannot see on this machine. */
  readonly description: string;
  /** The answer with each source's reason; never rejects. */
  report(): Promise<FocusReport>;
}

// ---------------------------------------------------------------------------
// Building blocks

/** Active when any signal is; each signal bounded by `timeoutMs`, failures read as inactive. */
export class AnyFocusSignal implements FocusDetector {
  constructor(
    readonly description: string,
    private readonly signals: readonly FocusSignal[],
    private readonly timeoutMs: number = DEFAULT_FOCUS_TIMEOUT_MS,
  ) {}

  async isFullscreen(): Promise<boolean> {
    return (await this.report()).active;
  }

  async report(): Promise<FocusReport> {
    const readings = await Promise.all(
      this.signals.map(async (signal) => ({ name: signal.name, ...(await boundedRead(signal, this.timeoutMs)) })),
    );
    const active = readings.filter((reading) => reading.active);
    const explained = active.length > 0 ? active : readings;
    const reason =
      explained.length === 0 ? this.description : explained.map((r) => `${r.name}: ${r.reason}`).join('; ');
    return { active: active.length > 0, reason, signals: readings };
  }
}

async function boundedRead(signal: FocusSignal, timeoutMs: number): Promise<FocusReading> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<FocusReading>((resolve) => {
    timer = setTimeout(() => resolve({ active: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    const reading = Promise.resolve()
      .then(() => signal.read())
      .then(
        (value): FocusReading => ({ active: value.active === true, reason: String(value.reason) }),
        (error: unknown): FocusReading => ({
          active: false,
          reason: `failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    return await Promise.race([reading, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Always false: the platform offers nothing readable without native code. */
export class UnsupportedFocusDetector implements FocusDetector {
  constructor(readonly description: string) {}

  isFullscreen(): Promise<boolean> {
    return Promise.resolve(false);
  }

  report(): Promise<FocusReport> {
    return Promise.resolve({ active: false, reason: this.description, signals: [] });
  }
}

/**
 * Keeps the last report for `cacheMs` (by `now()`, a monotonic clock by
 * default), and shares one reading among callers that ask while it runs.
 */
export class CachedFocusDetector implements FocusDetector {
  private last: { report: FocusReport; at: number } | undefined;
  private pending: Promise<FocusReport> | undefined;

  constructor(
    private readonly inner: FocusDetector,
    private readonly cacheMs: number = DEFAULT_FOCUS_CACHE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get description(): string {
    return this.inner.description;
  }

  async isFullscreen(): Promise<boolean> {
    return (await this.report()).active;
  }

  report(): Promise<FocusReport> {
    if (this.last) {
      const age = this.now() - this.last.at;
      // A clock that went backwards makes the entry stale too.
      if (age >= 0 && age < this.cacheMs) return Promise.resolve(this.last.report);
    }
    this.pending ??= this.refresh();
    return this.pending;
  }

  private async refresh(): Promise<FocusReport> {
    let report: FocusReport;
    try {
      report = await this.inner.report();
    } catch (error) {
      report = { active: false, reason: `detector failed: ${String(error)}`, signals: [] };
    }
    this.last = { report, at: this.now() };
    this.pending = undefined;
    return report;
  }
}

// ---------------------------------------------------------------------------
// Choosing per platform and session

export interface FocusEnv extends X11Env {
  readonly WAYLAND_DISPLAY?: string | undefined;
  readonly XDG_SESSION_TYPE?: string | undefined;
  readonly XDG_CURRENT_DESKTOP?: string | undefined;
}

export type LinuxSession = 'x11' | 'wayland' | 'none';

/** The kind of graphical session, from the variables the session manager sets. */
export function linuxSession(env: FocusEnv): LinuxSession {
  const type = env.XDG_SESSION_TYPE?.toLowerCase();
  if (type === 'x11') return 'x11';
  if (type === 'wayland' || env.WAYLAND_DISPLAY) return 'wayland';
  if (env.DISPLAY) return 'x11';
  return 'none';
}

/**
 * Whether GNOME's do-not-disturb setting is the one that counts: the desktop
 * is GNOME or a GNOME derivative (`ubuntu:GNOME`, `GNOME-Classic:GNOME`, ...),
 * or unknown. On another named desktop the setting may be a stale default.
 */
export function gnomeSettingsApply(env: FocusEnv): boolean {
  const desktop = env.XDG_CURRENT_DESKTOP;
  if (!desktop) return true;
  return desktop.split(':').some((name) => name.trim().toUpperCase().startsWith('GNOME'));
}

export const MACOS_DESCRIPTION =
  'macOS: fullscreen apps, presentations and Focus (Do Not Disturb) are not detected; reminders are never ' +
  'deferred for them. Reading them needs native code: INFocusStatusCenter (Intents framework, Focus Status ' +
  'entitlement and user consent) for Focus, and CGWindowListCopyWindowInfo against NSScreen frames (or the ' +
  "frontmost NSRunningApplication's presentation options) for fullscreen.";

export const WINDOWS_DESCRIPTION =
  'Windows: fullscreen apps, presentation mode and Focus Assist are not detected; reminders are never deferred ' +
  'for them. Reading them needs native code: SHQueryUserNotificationState (shell32: QUNS_BUSY, ' +
  'QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME), and for Focus Assist itself the ' +
  'undocumented WNF state WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED (NtQueryWnfStateData).';

export interface ChooseFocusDetectorOptions {
  platform?: NodeJS.Platform;
  /** Session variables (default: process.env). */
  env?: FocusEnv;
  /** How long an answer is reused (default 5 s; 0 = ask every time). */
  cacheMs?: number;
  /** Bound on each source (default 1 s). */
  timeoutMs?: number;
  /** Monotonic milliseconds for the cache (default performance.now). */
  now?: () => number;
  /** How gsettings is run (default: a child process). */
  runCommand?: CommandRunner;
  /** For tests: stand-ins for the real sources. */
  makeX11Fullscreen?: (options: { env: FocusEnv; timeoutMs: number }) => FocusSignal;
  makeGnomeDnd?: (options: { timeoutMs: number; runCommand?: CommandRunner }) => FocusSignal;
}

export function chooseFocusDetector(options: ChooseFocusDetectorOptions = {}): FocusDetector {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FOCUS_TIMEOUT_MS;
  const cached = (detector: FocusDetector) =>
    new CachedFocusDetector(detector, options.cacheMs ?? DEFAULT_FOCUS_CACHE_MS, options.now);

  if (platform === 'darwin') {
    // TODO(native): INFocusStatusCenter.default.focusStatus.isFocused for Focus;
    // CGWindowListCopyWindowInfo (kCGWindowListOptionOnScreenOnly) compared with
    // NSScreen frames, or NSWorkspace.frontmostApplication, for fullscreen/presenting.
    return new UnsupportedFocusDetector(MACOS_DESCRIPTION);
  }
  if (platform === 'win32') {
    // TODO(native): SHQueryUserNotificationState (covers fullscreen D3D apps,
    // presentation mode and quiet time); Focus Assist via NtQueryWnfStateData on
    // WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED.
    return new UnsupportedFocusDetector(WINDOWS_DESCRIPTION);
  }

  // Linux and the other X11 Unixes.
  const makeX11 =
    options.makeX11Fullscreen ??
    ((o: { env: FocusEnv; timeoutMs: number }) => new X11FullscreenDetector({ env: o.env, timeoutMs: o.timeoutMs }));
  const makeDnd =
    options.makeGnomeDnd ??
    ((o: { timeoutMs: number; runCommand?: CommandRunner }) =>
      new GnomeDndDetector({ timeoutMs: o.timeoutMs, ...(o.runCommand ? { runCommand: o.runCommand } : {}) }));

  const session = linuxSession(env);
  // Without a graphical session there is no notification banner to silence,
  // and spawning gsettings every minute would only cost wake-ups.
  const withDnd = session !== 'none' && gnomeSettingsApply(env);
  const signals: FocusSignal[] = [];
  const parts: string[] = [];

  if (session === 'x11') {
    signals.push(makeX11({ env, timeoutMs }));
    parts.push(
      'Linux X11: defers while the active window is fullscreen (_NET_WM_STATE_FULLSCREEN on _NET_ACTIVE_WINDOW, ' +
        'read over the X protocol; needs an EWMH window manager)',
    );
  } else if (session === 'wayland') {
    parts.push(
      'Linux Wayland: fullscreen apps and presentations are not detected (Wayland gives other apps no way to ' +
        "read them without compositor-specific extensions; XWayland's _NET_ACTIVE_WINDOW would see X11 apps only)",
    );
  } else {
    parts.push(
      'Linux without a graphical session (neither WAYLAND_DISPLAY nor DISPLAY is set): no fullscreen detection',
    );
  }

  if (withDnd) {
    signals.push(makeDnd({ timeoutMs, ...(options.runCommand ? { runCommand: options.runCommand } : {}) }));
    parts.push('defers while GNOME do-not-disturb is on (gsettings org.gnome.desktop.notifications show-banners)');
  } else if (session === 'none') {
    parts.push('no do-not-disturb to read without a desktop session');
  } else {
    parts.push(
      `the do-not-disturb of ${env.XDG_CURRENT_DESKTOP ?? 'this desktop'} is not read (only GNOME's is; ` +
        'org.freedesktop.Notifications has no do-not-disturb standard)',
    );
  }

  const description = `${parts.join('; ')}.`;
  if (signals.length === 0) return new UnsupportedFocusDetector(description);
  return cached(new AnyFocusSignal(description, signals, timeoutMs + GUARD_MARGIN_MS));
}
