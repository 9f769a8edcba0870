import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { APP_NAME } from '@shared/app-name';
import type { Autostart } from '../core/ports';

/**
 * Starting at login on Linux: desktops read XDG autostart entries, which the
 * app writes and removes itself:
 * `$XDG_CONFIG_HOME/autostart/posture-breaks.desktop`. (macOS and Windows use
 * Electron's login items, in the Electron host.)
 */
export const DESKTOP_FILE_NAME = 'posture-breaks.desktop';

/** Quotes an Exec argument as the Desktop Entry spec asks (double quotes, escaped specials). */
export function quoteExecArgument(argument: string): string {
  if (/^[A-Za-z0-9_./:=+-]+$/.test(argument)) return argument;
  return `"${argument.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function desktopEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${APP_NAME}`,
    'Comment=Posture checks and guided movement breaks',
    `Exec=${command.map(quoteExecArgument).join(' ')}`,
    'Icon=posture-breaks',
    'Terminal=false',
    'Categories=Utility;',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export class XdgAutostart implements Autostart {
  readonly file: string;

  constructor(
    /** The command that starts the app (an AppImage path, or the executable and its app folder). */
    private readonly command: readonly string[],
    env: NodeJS.ProcessEnv = process.env,
    home: string = os.homedir(),
  ) {
    const configHome =
      env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
    this.file = path.join(configHome, 'autostart', DESKTOP_FILE_NAME);
  }

  get description(): string {
    return `XDG autostart entry ${this.file}`;
  }

  isEnabled(): boolean {
    try {
      const text = fs.readFileSync(this.file, 'utf8');
      // A user who turned it off in their desktop's settings keeps the file with Hidden=true.
      return !/^Hidden\s*=\s*true\s*$/m.test(text);
    } catch {
      return false;
    }
  }

  setEnabled(enabled: boolean): void {
    if (!enabled) {
      fs.rmSync(this.file, { force: true });
      return;
    }
    const entry = desktopEntry(this.command);
    let current: string | null = null;
    try {
      current = fs.readFileSync(this.file, 'utf8');
    } catch {
      // not there yet
    }
    if (current === entry) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(`${this.file}.tmp`, entry, { mode: 0o644 });
    fs.renameSync(`${this.file}.tmp`, this.file);
  }
}
