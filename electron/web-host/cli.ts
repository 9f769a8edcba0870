import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import notifier from 'node-notifier';
import { openWithSystem } from '../services/desktop';
import { createFileLogger } from '../services/file-logger';
import { OsNotifier } from '../services/os-notifier';
import { defaultDataDir } from '../services/paths';
import { ArgsError, parseWebHostArgs, WEB_HOST_USAGE } from './args';
import { posixLocales } from '../services/system-locales';
import { startWebHost } from './web-host';

/**
 * `npm run start:web`: the backend on plain Node, serving the renderer to a
 * browser. stdout carries exactly one line, "listening on URL"; everything
 * else goes to stderr.
 */
/**
 * Opens the app in the browser without putting the token on a command line
 * (other local users can read those in /proc): the browser is pointed at a
 * page in the data folder, readable by this user only, that forwards to the
 * URL with the token.
 */
function openBrowser(url: string, dataDir: string): void {
  const launcher = path.join(dataDir, 'open-in-browser.html');
  fs.rmSync(launcher, { force: true });
  fs.writeFileSync(
    launcher,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
      `<meta http-equiv="refresh" content="0;url=${url.replace(/"/g, '&quot;')}"><title>Posture Breaks</title>`,
    { mode: 0o600, flag: 'wx' },
  );
  openWithSystem(pathToFileURL(launcher).href, () => process.stderr.write(`Open ${url} in your browser.\n`));
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebHostArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    process.stderr.write(`${error.message}\n\n${WEB_HOST_USAGE}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${WEB_HOST_USAGE}\n`);
    return;
  }
  const dataDir = args.dataDir ?? defaultDataDir();
  const logger = createFileLogger({
    dir: path.join(dataDir, 'logs'),
    name: 'web-host',
    echo: (line) => process.stderr.write(line),
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await host.stop();
    process.exit(code);
  };
  const host = await startWebHost({
    port: args.port,
    dataDir,
    rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
    manualClockStart: args.manualClock ? (args.now ?? Date.now()) : null,
    notifier: new OsNotifier(notifier, logger),
    logger,
    logFile: logger.file,
    systemLocales: posixLocales(process.env),
    // Let the reply to the click go out before the server closes.
    onQuit: () => setImmediate(() => void stop(0)),
  });
  process.stdout.write(`listening on ${host.server.url}\n`);
  if (args.open) openBrowser(host.server.url, dataDir);
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The web host could not start: ${message}\n`);
  process.exit(1);
});
