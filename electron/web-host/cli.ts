import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import notifier from 'node-notifier';
import {
  claimDataFolder,
  DataFolderBusyError,
  describeTakeover,
  type Claim,
} from '../os/instance-lock/data-folder-lock';
import { openWithSystem } from '../os/desktop';
import { createFileLogger } from '../os/file-logger';
import { createConsoleLogger } from '../core/logger';
import { OsNotifier } from '../os/os-notifier';
import { defaultDataDir } from '../core/paths';
import { ArgsError, parseWebHostArgs, WEB_HOST_USAGE } from './args';
import { posixLocales } from '../os/system-locales';
import { startWebHost, type WebHost } from './web-host';

/**
 * `npm run start:web`: the backend on plain Node, serving the renderer to a
 * browser. stdout carries exactly one line, "listening on URL" (or, when an
 * app already runs on the data folder, "already running on URL" or "already
 * running in the desktop app"); everything else goes to stderr.
 */
/**
 * Opens the app in the browser without putting the token on a command line
 * (other local users can read those in /proc): the browser is pointed at a
 * page in the machine-local runtime folder (never the data folder, which a
 * sync tool may carry to other computers), readable by this user only, that forwards to the
 * URL with the token.
 */
function openBrowser(url: string, launcher: string): void {
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
  // Until the data folder is ours, nothing is written into it: not even the log.
  let claim: Claim;
  try {
    claim = await claimDataFolder({
      dataDir,
      host: 'web',
      logger: createConsoleLogger('web-host'),
      openBrowser: args.open,
    });
  } catch (error) {
    if (!(error instanceof DataFolderBusyError)) throw error;
    process.stderr.write(`The web host could not start: ${error.message}\n`);
    process.exit(1);
  }
  if (claim.kind === 'handed-over') {
    const { owner, reply } = claim;
    process.stdout.write(reply.url ? `already running on ${reply.url}\n` : 'already running in the desktop app\n');
    const which = owner.host === 'web' ? 'the web host' : 'the desktop app';
    process.stderr.write(
      `Posture Breaks already runs on ${owner.dataDir} (${which}, pid ${owner.pid}); it opened its dashboard.\n`,
    );
    process.exit(0);
  }
  const { lock } = claim;
  const logger = createFileLogger({
    dir: path.join(dataDir, 'logs'),
    name: 'web-host',
    echo: (line) => process.stderr.write(line),
  });
  lock.useLogger(logger);
  if (lock.tookOverFrom) logger.info(describeTakeover(lock.tookOverFrom));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await host.stop();
    lock.release();
    process.exit(code);
  };
  let host: WebHost;
  try {
    host = await startWebHost({
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
  } catch (error) {
    lock.release();
    throw error;
  }
  const { url } = host.server;
  lock.publish({ url: new URL(url).origin, token: new URL(url).searchParams.get('token') ?? '' });
  lock.onHandover(async (request) => {
    if (request.argv.length > 0) return { url, command: host.app.runCommand(request.argv) };
    host.app.handleTrayClick('open-dashboard');
    // The pages show the dashboard now; with none open, a browser shows it.
    if (request.openBrowser && host.server.connectedPages() === 0) openBrowser(url, lock.paths.browserLauncher);
    return { url, command: null };
  });
  // Another process took the folder (this one hung for long): two schedulers must not run.
  lock.onLost(() => void stop(1));
  process.stdout.write(`listening on ${url}\n`);
  if (args.open) openBrowser(url, lock.paths.browserLauncher);
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The web host could not start: ${message}\n`);
  process.exit(1);
});
