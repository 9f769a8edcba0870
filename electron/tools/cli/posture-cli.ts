import { parseArgs } from 'node:util';
import { CLI_USAGE, parseCommand, type CommandReply } from '@shared/command-line';
import { defaultDataDir } from '../../core/paths';
import { readDataFolderOwner } from '../../os/instance-lock/data-folder-lock';

/**
 * `posture status | pause 30m | resume | break now | skip`, forwarded to the
 * running web host through its API, found through the data-folder lock's
 * owner record (data-folder-lock.ts). Exit codes: 0 done, 1 refused by the app,
 * 2 bad input, 3 no web host running (the wrapper then tries the Electron app).
 */
export const EXIT_NOT_RUNNING = 3;

async function main(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`posture: ${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  // Refuse bad input here, without bothering the app.
  const parsed = parseCommand(positionals);
  if (!parsed.ok) {
    process.stderr.write(`posture: ${parsed.error}\n\n${CLI_USAGE}\n`);
    return 2;
  }
  if (parsed.command.name === 'help') {
    process.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  // The Electron app holding the folder answers through its own single-instance lock (exit 3: the wrapper's turn).
  const owner = readDataFolderOwner(values['data-dir'] ?? defaultDataDir());
  if (!owner?.url || !owner.token) {
    process.stderr.write('posture: Posture Breaks is not running (start it with npm start).\n');
    return EXIT_NOT_RUNNING;
  }
  const response = await fetch(`${owner.url}/api/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-posture-token': owner.token },
    body: JSON.stringify({ argv: positionals }),
  });
  if (!response.ok) {
    process.stderr.write(`posture: the app answered ${response.status}\n`);
    return 1;
  }
  const reply = (await response.json()) as CommandReply;
  (reply.exitCode === 0 ? process.stdout : process.stderr).write(`${reply.output}\n`);
  return reply.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`posture: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
