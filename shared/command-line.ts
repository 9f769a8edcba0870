import type { PauseLength } from './scheduling/engine-types';

/**
 * The `posture` command line: `status`, `pause 30m`, `resume`, `break now`,
 * `skip`. Parsed here, purely, so the web host's API and the Electron
 * host's second-instance forwarding run the very same commands.
 */
export type CliCommand =
  | { name: 'status' }
  | { name: 'pause'; length: PauseLength }
  | { name: 'resume' }
  | { name: 'break-now' }
  | { name: 'skip' }
  | { name: 'help' };

export type ParsedCommand = { ok: true; command: CliCommand } | { ok: false; error: string };

export const CLI_USAGE = `Usage: posture <command>

Commands:
  status            what is scheduled next, and today's breaks
  pause <length>    pause reminders: 30m, 1h, 2h (any minutes or hours up to 24h),
                    tomorrow, or indefinitely
  resume            resume reminders after a pause
  break now         start a stretch break now
  skip              skip the movement break that is due or announced
  --help            show this text

Options:
  --data-dir DIR    the app's data folder, if not the default (web host only)`;

const MAX_PAUSE_MINUTES = 24 * 60;

/** "30m", "45min", "1h", "2h", "90 minutes" → minutes; null if not a length. */
export function parsePauseLength(text: string): PauseLength | null {
  const value = text.trim().toLowerCase();
  if (value === 'tomorrow') return { until: 'tomorrow' };
  if (value === 'indefinitely' || value === 'forever' || value === 'until-resumed') return { until: 'resumed' };
  const match = /^(\d{1,4})\s*(m|min|mins|minutes?|h|hr|hrs|hours?)$/.exec(value);
  if (!match) return null;
  const amount = Number(match[1]);
  const minutes = match[2]?.startsWith('h') ? amount * 60 : amount;
  if (minutes < 1 || minutes > MAX_PAUSE_MINUTES) return null;
  return { minutes };
}

export function parseCommand(argv: readonly string[]): ParsedCommand {
  const words = argv.filter((w) => w.trim() !== '');
  const [first, ...rest] = words;
  if (first === undefined) return { ok: false, error: 'no command given' };
  if (first === '--help' || first === '-h' || first === 'help') return { ok: true, command: { name: 'help' } };
  const noArguments = (command: CliCommand): ParsedCommand =>
    rest.length === 0
      ? { ok: true, command }
      : { ok: false, error: `"${first}" takes no arguments, but got "${rest.join(' ')}"` };
  switch (first) {
    case 'status':
      return noArguments({ name: 'status' });
    case 'resume':
      return noArguments({ name: 'resume' });
    case 'skip':
      return noArguments({ name: 'skip' });
    case 'break':
      if (rest.length === 1 && rest[0] === 'now') return { ok: true, command: { name: 'break-now' } };
      return { ok: false, error: `did you mean "break now"?` };
    case 'pause': {
      if (rest.length !== 1)
        return { ok: false, error: 'pause needs one length: 30m, 1h, 2h, tomorrow or indefinitely' };
      const length = parsePauseLength(rest[0] ?? '');
      if (!length) {
        return {
          ok: false,
          error: `"${rest[0]}" is not a pause length; use e.g. 30m, 1h, 2h, tomorrow or indefinitely (at most 24h)`,
        };
      }
      return { ok: true, command: { name: 'pause', length } };
    }
    default:
      return { ok: false, error: `unknown command "${first}"` };
  }
}

/** The answer a command gives the terminal. */
export interface CommandReply {
  exitCode: number;
  output: string;
}
