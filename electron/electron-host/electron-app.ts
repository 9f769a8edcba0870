import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import notifier from 'node-notifier';
import { app, ipcMain, nativeTheme, session, shell } from 'electron';
import { pushContract } from '@shared/ipc-contract';
import { platformOf } from '@shared/platform';
import { AppService } from '../core/app-service';
import { SystemClock } from '../core/clocks';
import { chromiumLanguage } from './chromium-language';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { allowPermission } from './permissions';
import {
  claimDataFolder,
  describeTakeover,
  type Claim,
  type DataFolderLock,
} from '../os/instance-lock/data-folder-lock';
import { deviceIdFrom, readMachineFacts } from '../core/device-id';
import { EventLog } from '../core/event-log';
import { chooseFocusDetector } from '../os/focus/choose-focus-detector';
import { chooseIdleSource } from '../os/idle/choose-idle-source';
import { connectSessionBus } from '../os/idle/dbus-idle-sources';
import { createFileLogger } from '../os/file-logger';
import { createConsoleLogger } from '../core/logger';
import { APP_ID, OsNotifier } from '../os/os-notifier';
import { SETTINGS_FILE_NAME, SettingsStore } from '../core/settings-store';
import { registerAppScheme, serveRenderer } from './app-protocol';
import {
  awaitReply,
  commandArgv,
  forwardedCommandSchema,
  newReplyFile,
  writeReply,
  type ForwardedCommand,
} from './cli-forwarding';
import { ElectronNotifier } from './electron-notifier';
import { createElectronAutostart } from './electron-autostart';
import { ElectronIdleSource, ElectronPowerEvents } from './electron-power';
import { createElectronStoreBackend } from './electron-settings';
import { ElectronTrayHost } from './electron-tray';
import { ElectronWindowHost } from './electron-windows';
import { registerIpcHandlers } from './ipc-wiring';
import { isAllowedExternalUrl, rendererUrl } from './window-options';

/**
 * The Electron host: implements the ports with Electron and wires the IPC
 * contract. Everything it does beyond wiring lives in the services.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = path.join(here, '../preload/index.cjs');
const RENDERER_DIR = path.join(here, '../renderer');

function trayIconPath(platform: NodeJS.Platform, darkPanel: boolean): string {
  const assets = app.isPackaged ? path.join(process.resourcesPath, 'assets') : path.join(here, '../../assets');
  if (platform === 'darwin') return path.join(assets, 'trayTemplate.png');
  return path.join(assets, darkPanel ? 'tray-on-dark.png' : 'tray.png');
}

/** Navigation and new windows are denied by default in every web contents. */
function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/**
 * Permission requests (the camera, notifications from pages, geolocation...)
 * are decided by permissions.ts: all denied but the clipboard, and the camera
 * only while posture sensing is on.
 */
function decidePermissions(sensingOn: () => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(allowPermission({ permission, requestingUrl: details.requestingUrl, mediaTypes }, sensingOn()));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, _origin, details) => {
    const mediaTypes = details.mediaType ? [details.mediaType] : [];
    return allowPermission({ permission, requestingUrl: details.requestingUrl, mediaTypes }, sensingOn());
  });
}

async function startBackend(lock: DataFolderLock): Promise<void> {
  const logger = createFileLogger({
    dir: path.join(app.getPath('userData'), 'logs'),
    name: 'main',
    echo: (line) => process.stderr.write(line),
  });
  lock.useLogger(logger);
  if (lock.tookOverFrom) logger.info(describeTakeover(lock.tookOverFrom));
  const platform = process.platform;
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  if (platform === 'darwin') app.dock?.hide();
  serveRenderer(RENDERER_DIR, CONTENT_SECURITY_POLICY);

  const clock = new SystemClock((error) => logger.error('a scheduled wake-up failed', error));
  const userData = app.getPath('userData');
  const settings = SettingsStore.open({
    filePath: path.join(userData, `${SETTINGS_FILE_NAME}.json`),
    createBackend: createElectronStoreBackend,
    now: clock.now(),
    logger,
  });
  decidePermissions(() => settings.get().sensing.enabled);
  // powerMonitor's idle time reads 0 on Wayland: GNOME and KDE answer over D-Bus.
  // On X11 it stays: Chromium reads the X server's MIT-SCREEN-SAVER counter for
  // it, the one the web host's X11IdleSource reads, on a connection it has anyway.
  const idle = await chooseIdleSource({
    platform,
    env: process.env,
    fallback: new ElectronIdleSource(),
    connectSessionBus: () => connectSessionBus(),
    logger,
  });
  const fullscreen = chooseFocusDetector({ platform });
  logger.info(`idle time: ${idle.description}; busy detection: ${fullscreen.description}`);
  let service: AppService | null = null;
  const windows = new ElectronWindowHost(PRELOAD_PATH, clock, {
    closedByUser: (view) => service?.handleWindowClosed(view),
  });
  const onTrayClick = (id: string) => {
    try {
      service?.handleTrayClick(id);
    } catch (error) {
      // A menu click has no caller to answer: log a refusal, never throw in main.
      logger.warn(`tray item "${id}" was refused`, error);
    }
  };
  const tray = new ElectronTrayHost((dark) => trayIconPath(platform, dark), onTrayClick, platform);
  // The app's theme setting drives Chromium's prefers-color-scheme and native widgets.
  const applyTheme = () => (nativeTheme.themeSource = settings.get().general.theme);
  applyTheme();
  settings.onChange((next, previous) => {
    if (next.general.theme !== previous.general.theme) applyTheme();
  });
  service = new AppService({
    host: 'electron',
    platform: platformOf(platform),
    clock,
    settings,
    eventLog: new EventLog({ dataDir: userData, deviceId: deviceIdFrom(readMachineFacts()), logger }),
    notifier: new ElectronNotifier(new OsNotifier(notifier, logger), logger, platform),
    windows,
    tray,
    power: new ElectronPowerEvents(),
    autostart: createElectronAutostart(platform),
    about: {
      appVersion: app.getVersion(),
      electronVersion: process.versions.electron ?? null,
      chromeVersion: process.versions.chrome ?? null,
      dataDir: userData,
      logFile: logger.file,
      idleSource: idle.description,
      busyDetection: fullscreen.description,
    },
    openPath: async (folder) => {
      const problem = await shell.openPath(folder);
      if (problem) throw new Error(problem);
    },
    idle: idle.source,
    fullscreen,
    logger,
    newId: randomUUID,
    quit: () => app.quit(),
    systemLocales: () => app.getPreferredSystemLanguages(),
  });
  registerIpcHandlers(ipcMain, service.handlers, logger);
  service.onStateChanged((snapshot) => windows.broadcast(pushContract.onStateChanged.channel, snapshot));
  const running = service;
  app.on('second-instance', (_event, _argv, _cwd, additionalData: unknown) => {
    const forwarded = forwardedCommandSchema.safeParse(additionalData);
    if (!forwarded.success || forwarded.data.argv.length === 0) {
      running.handleTrayClick('open-dashboard');
      return;
    }
    const reply = running.runCommand(forwarded.data.argv);
    const { replyFile } = forwarded.data;
    if (replyFile && !writeReply(replyFile, reply)) logger.warn(`refused to write a command reply to ${replyFile}`);
  });
  app.on('before-quit', () => {
    running.stop();
    idle.close();
    tray.destroy();
    lock.release();
  });
  // proper-lockfile's exit hook would otherwise end the process on these
  // signals without a quit; a quit stops the scheduler and releases the lock.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => app.quit());
  // A web host started on this folder hands over here, as a second instance does.
  lock.onHandover(async (request) => {
    if (request.argv.length > 0) return { url: null, command: running.runCommand(request.argv) };
    running.handleTrayClick('open-dashboard');
    return { url: null, command: null };
  });
  lock.onLost(() => app.quit());
  await running.start();
  logger.info(`ready; dashboard at ${rendererUrl('dashboard')}`);
  // Started with a command and no instance running: do it, and stay in the tray.
  if (launchCommand.length > 0) process.stdout.write(`${running.runCommand(launchCommand).output}\n`);
}

const launchCommand = commandArgv(process.argv, app.isPackaged);

/** Chromium's own controls (time boxes) in the language chosen in Settings; see chromiumLanguage. */
function followChosenLanguage(): void {
  const file = path.join(app.getPath('userData'), `${SETTINGS_FILE_NAME}.json`);
  let text: string | null = null;
  try {
    // A real settings file is a few KB; anything huge is the settings store's to recover, later.
    if (fs.statSync(file).size <= 1_000_000) text = fs.readFileSync(file, 'utf8');
  } catch {
    // No settings yet: Chromium keeps the system's locale.
  }
  const lang = chromiumLanguage(text);
  if (lang) app.commandLine.appendSwitch('lang', lang);
}

/** A web host holds the data folder: it got our command or opened its dashboard; say so and leave. */
function leaveToRunningHost(claim: Extract<Claim, { kind: 'handed-over' }>): void {
  const { owner, reply } = claim;
  if (reply.command) {
    (reply.command.exitCode === 0 ? process.stdout : process.stderr).write(`${reply.command.output}\n`);
    app.exit(reply.command.exitCode);
    return;
  }
  const where = reply.url ? ` at ${new URL(reply.url).origin}` : '';
  process.stderr.write(
    `Posture Breaks already runs on ${owner.dataDir} (the ${owner.host} host, pid ${owner.pid}${where}); ` +
      'it opened its dashboard.\n',
  );
  app.quit();
}

export function runElectronApp(): void {
  const replyFile = launchCommand.length > 0 ? newReplyFile() : null;
  const forwarded: ForwardedCommand = { argv: launchCommand, replyFile };
  if (!app.requestSingleInstanceLock(forwarded)) {
    // Another instance runs: it got our command; print its answer and leave.
    if (!replyFile) {
      app.quit();
      return;
    }
    void awaitReply(replyFile).then((reply) => {
      const out = reply?.exitCode === 0 ? process.stdout : process.stderr;
      out.write(`${reply?.output ?? 'posture: the running app did not answer'}\n`);
      app.exit(reply?.exitCode ?? 1);
    });
    return;
  }
  // Electron's lock keeps out a second Electron; the folder lock, the web host.
  const claim = claimDataFolder({
    dataDir: app.getPath('userData'),
    host: 'electron',
    logger: createConsoleLogger('main'),
    argv: launchCommand,
    openBrowser: true,
  });
  claim.catch(() => {}); // answered after ready, below
  followChosenLanguage();
  registerAppScheme();
  hardenWebContents();
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});
  app
    .whenReady()
    .then(() => claim)
    .then((claimed) => (claimed.kind === 'owner' ? startBackend(claimed.lock) : leaveToRunningHost(claimed)))
    .catch((error: unknown) => {
      console.error('Posture Breaks could not start:', error);
      app.exit(1);
    });
}
