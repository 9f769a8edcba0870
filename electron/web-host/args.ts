import { parseArgs } from 'node:util';

/** The web host's command line (README.md "The web host"; tests depend on it). */
export interface WebHostArgs {
  port: number;
  dataDir: string | null;
  manualClock: boolean;
  now: number | null;
  open: boolean;
  help: boolean;
}

export const WEB_HOST_USAGE = `Usage: npm run start:web -- [--port N] [--data-dir DIR] [--clock manual] [--now ISO-8601] [--no-open]

  --port N         port on 127.0.0.1 (default: any free port)
  --data-dir DIR   where settings and history live (default: the app's data folder)
  --clock manual   time stands still until moved through /__test/advance (for tests)
  --now ISO-8601   where the manual clock starts (default: the real time)
  --no-open        do not open a browser
  --help           show this text`;

export class ArgsError extends Error {}

export function parseWebHostArgs(argv: string[]): WebHostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        clock: { type: 'string' },
        now: { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ArgsError(error instanceof Error ? error.message : String(error));
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535)
      throw new ArgsError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  }
  if (values.clock !== undefined && values.clock !== 'manual' && values.clock !== 'system') {
    throw new ArgsError(`--clock must be "manual" (or "system"), not "${values.clock}"`);
  }
  const manualClock = values.clock === 'manual';
  let now: number | null = null;
  if (values.now !== undefined) {
    if (!manualClock) throw new ArgsError('--now only makes sense with --clock manual');
    // A date-time with an explicit offset or Z, so the start is unambiguous.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(values.now)) {
      throw new ArgsError(`--now must be an ISO-8601 date-time such as 2026-03-02T08:50:00Z, not "${values.now}"`);
    }
    now = Date.parse(values.now);
    if (Number.isNaN(now)) throw new ArgsError(`--now "${values.now}" is not a real date`);
  }
  if (values['data-dir'] !== undefined && values['data-dir'].trim() === '')
    throw new ArgsError('--data-dir needs a folder');
  return {
    port,
    dataDir: values['data-dir'] ?? null,
    manualClock,
    now,
    open: !values['no-open'],
    help: values.help ?? false,
  };
}
