import { execFile } from 'node:child_process';
import type { FullscreenDetector } from '../../core/ports';

/**
 * GNOME's "Do Not Disturb": the switch in the notification list sets
 * `org.gnome.desktop.notifications show-banners` to false, so it is read with
 * `gsettings get` (dconf's database, no D-Bus needed). The setting exists
 * wherever gsettings-desktop-schemas is installed, but only GNOME Shell acts
 * on it; other desktops (KDE, Xfce, ...) keep their own do-not-disturb that no
 * common standard exposes (org.freedesktop.Notifications has none).
 *
 * Missing gsettings, a missing schema, an odd answer or a timeout all read as
 * "not in do-not-disturb", with the reason; nothing throws.
 */

export const DEFAULT_GSETTINGS_TIMEOUT_MS = 1000;

export const SHOW_BANNERS_ARGS = ['get', 'org.gnome.desktop.notifications', 'show-banners'] as const;

export interface CommandResult {
  /** ok: exit 0; failed: another exit code; not-found: no such program; timeout: killed at the deadline. */
  outcome: 'ok' | 'failed' | 'not-found' | 'timeout' | 'error';
  stdout: string;
  stderr: string;
  /** The spawn or exit error's message, for anything but `ok`. */
  message?: string;
}

export type CommandRunner = (
  command: string,
  args: readonly string[],
  options: { timeoutMs: number },
) => Promise<CommandResult>;

/**
 * Runs `command` without a shell, killed (SIGKILL) at `timeoutMs`, with a small
 * output limit. Never rejects.
 */
export const runCommand: CommandRunner = (command, args, { timeoutMs }) =>
  new Promise((resolve) => {
    try {
      execFile(
        command,
        [...args],
        { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024, windowsHide: true, encoding: 'utf8' },
        (error, stdout, stderr) => {
          const out = { stdout: String(stdout), stderr: String(stderr) };
          if (!error) return resolve({ outcome: 'ok', ...out });
          const failure = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
          if (failure.code === 'ENOENT') return resolve({ outcome: 'not-found', ...out, message: failure.message });
          if (failure.killed && failure.signal === 'SIGKILL' && typeof failure.code !== 'string') {
            return resolve({ outcome: 'timeout', ...out, message: `killed after ${timeoutMs} ms` });
          }
          const outcome = typeof failure.code === 'number' ? 'failed' : 'error';
          resolve({ outcome, ...out, message: failure.message });
        },
      );
    } catch (error) {
      resolve({
        outcome: 'error',
        stdout: '',
        stderr: '',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });

/** `true`/`false` as gsettings prints a boolean; undefined for anything else. */
export function parseGsettingsBoolean(stdout: string): boolean | undefined {
  const value = stdout.trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export interface GnomeDndReading {
  /** Do-not-disturb is on (false whenever it could not be read). */
  active: boolean;
  /** Whether the setting was actually read. */
  known: boolean;
  reason: string;
}

const firstLine = (text: string) => text.trim().split('\n')[0]?.trim() ?? '';

/** What the outcome of `gsettings get org.gnome.desktop.notifications show-banners` means. */
export function interpretShowBanners(result: CommandResult): GnomeDndReading {
  const unknown = (reason: string): GnomeDndReading => ({ active: false, known: false, reason });
  switch (result.outcome) {
    case 'not-found':
      return unknown('gsettings is not installed, so GNOME do-not-disturb cannot be read');
    case 'timeout':
      return unknown(`gsettings did not answer: ${result.message ?? 'timed out'}`);
    case 'failed':
    case 'error': {
      const said = firstLine(result.stderr) || result.message || 'no message';
      if (/No such schema|No such key/i.test(said)) {
        return unknown(`GNOME's notification settings are not installed (not a GNOME desktop?): ${said}`);
      }
      return unknown(`gsettings failed: ${said}`);
    }
    case 'ok': {
      const showBanners = parseGsettingsBoolean(result.stdout);
      if (showBanners === undefined) {
        return unknown(`unexpected answer from gsettings: ${JSON.stringify(firstLine(result.stdout))}`);
      }
      return showBanners
        ? { active: false, known: true, reason: 'GNOME do-not-disturb is off (show-banners is true)' }
        : { active: true, known: true, reason: 'GNOME do-not-disturb is on (show-banners is false)' };
    }
  }
}

export interface GnomeDndOptions {
  runCommand?: CommandRunner;
  /** Bound on the gsettings process (default 1 s). */
  timeoutMs?: number;
  /** The gsettings program (default `gsettings` on PATH). */
  gsettings?: string;
}

export class GnomeDndDetector implements FullscreenDetector {
  readonly name = 'gnome-dnd';
  private readonly run: CommandRunner;
  private readonly timeoutMs: number;
  private readonly gsettings: string;

  constructor(options: GnomeDndOptions = {}) {
    this.run = options.runCommand ?? runCommand;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_GSETTINGS_TIMEOUT_MS;
    this.gsettings = options.gsettings ?? 'gsettings';
  }

  /** Do-not-disturb counts as "presenting": reminders wait the same way. */
  async isFullscreen(): Promise<boolean> {
    return (await this.read()).active;
  }

  /** Never rejects. */
  async read(): Promise<GnomeDndReading> {
    try {
      return interpretShowBanners(await this.run(this.gsettings, SHOW_BANNERS_ARGS, { timeoutMs: this.timeoutMs }));
    } catch (error) {
      // Only an injected runner can throw; the default one never does.
      return { active: false, known: false, reason: `gsettings could not be run: ${String(error)}` };
    }
  }
}
