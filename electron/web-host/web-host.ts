import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { platformOf } from '@shared/platform';
import type { Logger, Notifier } from '../core/ports';
import { AppService } from '../core/app-service';
import { ManualClock, SystemClock } from '../core/clocks';
import { createConfBackend, settingsFilePath } from './conf-backend';
import { deviceIdFrom, readMachineFacts } from '../core/device-id';
import { openWithSystem } from '../os/desktop';
import { EventLog } from '../core/event-log';
import { chooseFocusDetector } from '../os/focus/choose-focus-detector';
import { chooseIdleSource } from '../os/idle/choose-idle-source';
import { connectSessionBus } from '../os/idle/dbus-idle-sources';
import { X11IdleSource } from '../os/idle/x11-idle-source';
import { SettingsStore } from '../core/settings-store';
import { startWebServer, type RunningWebServer } from './server';
import { TestControls } from './test-controls';
import { ControlledFullscreen, ControlledIdleSource, ControlledPowerEvents } from './test-ports';
import { WebTrayHost, WebWindowHost } from './web-surfaces';

export interface WebHostConfig {
  port: number;
  dataDir: string;
  rendererDir: string;
  /** With a start instant the clock is manual and the test controls exist. */
  manualClockStart: number | null;
  notifier: Notifier;
  logger: Logger;
  /** The log file, for the About section. */
  logFile?: string | null;
  onQuit: () => void;
  deviceId?: string;
  /** The OS's preferred languages (the CLI reads them from the environment). */
  systemLocales?: readonly string[];
}

export interface WebHost {
  app: AppService;
  server: RunningWebServer;
  stop(): Promise<void>;
}

/** Composes the backend with web ports and starts serving. */
export async function startWebHost(config: WebHostConfig): Promise<WebHost> {
  // The data folder holds health data (pain check-ins): this user only.
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const manual = config.manualClockStart === null ? null : new ManualClock(config.manualClockStart);
  const clock = manual ?? new SystemClock((error) => config.logger.error('a scheduled wake-up failed', error));
  // Under a manual clock the test controls drive idle time, power and busy.
  // Otherwise the host reads what plain Node can: idle time from the X server
  // on X11 and over D-Bus on Wayland, X11 fullscreen and GNOME do-not-disturb;
  // no power events.
  const power = new ControlledPowerEvents();
  const controlledIdle = new ControlledIdleSource(clock);
  const controlledFullscreen = new ControlledFullscreen();
  const osIdle = manual
    ? null
    : await chooseIdleSource({
        platform: process.platform,
        env: process.env,
        fallback: { idleSeconds: () => Promise.reject(new Error('no idle source')) },
        fallbackName: 'no idle source',
        connectSessionBus: () => connectSessionBus(),
        x11: () => new X11IdleSource(),
        logger: config.logger,
      });
  const osFocus = manual ? null : chooseFocusDetector();
  if (osIdle && osFocus) config.logger.info(`idle time: ${osIdle.description}; busy detection: ${osFocus.description}`);
  const idle = osIdle?.source ?? controlledIdle;
  const fullscreen = osFocus ?? controlledFullscreen;
  const settings = SettingsStore.open({
    filePath: settingsFilePath(config.dataDir),
    createBackend: () => createConfBackend(config.dataDir),
    now: clock.now(),
    logger: config.logger,
  });
  const app = new AppService({
    host: 'web',
    platform: platformOf(process.platform),
    clock,
    settings,
    eventLog: new EventLog({
      dataDir: config.dataDir,
      deviceId: config.deviceId ?? deviceIdFrom(readMachineFacts()),
      logger: config.logger,
    }),
    notifier: config.notifier,
    windows: new WebWindowHost(clock),
    tray: new WebTrayHost(),
    power,
    idle,
    fullscreen,
    about: {
      appVersion: __APP_VERSION__,
      electronVersion: null,
      chromeVersion: null,
      dataDir: config.dataDir,
      logFile: config.logFile ?? null,
      idleSource: osIdle?.description ?? 'the test controls (--clock manual)',
      busyDetection: osFocus?.description ?? 'the test controls (--clock manual)',
    },
    openPath: async (folder) =>
      openWithSystem(folder, (error) => config.logger.warn('could not open the folder', error)),
    logger: config.logger,
    newId: randomUUID,
    quit: config.onQuit,
    systemLocales: () => config.systemLocales ?? [],
  });
  const controls = manual
    ? new TestControls(app, { clock: manual, idle: controlledIdle, power, fullscreen: controlledFullscreen })
    : null;
  await app.start();
  let server: RunningWebServer;
  try {
    server = await startWebServer({
      app,
      port: config.port,
      token: randomBytes(24).toString('base64url'),
      rendererDir: config.rendererDir,
      testControls: controls,
      logger: config.logger,
    });
  } catch (error) {
    app.stop();
    osIdle?.close();
    throw error;
  }
  return {
    app,
    server,
    stop: async () => {
      app.stop();
      osIdle?.close();
      await server.close();
    },
  };
}
