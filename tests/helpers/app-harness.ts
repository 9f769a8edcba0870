import { AppService } from '../../electron/core/app-service';
import { ManualClock } from '../../electron/core/clocks';
import { EventLog } from '../../electron/core/event-log';
import { SettingsStore } from '../../electron/core/settings-store';
import { createConfBackend, settingsFilePath } from '../../electron/web-host/conf-backend';
import { ControlledFullscreen, ControlledIdleSource } from '../../electron/web-host/test-ports';
import { FakePower, RecordingNotifier, RecordingTray, RecordingWindows } from './fake-ports';
import { createMemoryLogger } from './memory-logger';

/**
 * An AppService on a manual clock in `dataDir`, with the web host's
 * controllable idle source and recording fakes for the other ports, started.
 */
export async function startApp(dataDir: string, start: number) {
  const clock = new ManualClock(start, 'UTC');
  const logger = createMemoryLogger();
  const idle = new ControlledIdleSource(clock);
  const settings = SettingsStore.open({
    filePath: settingsFilePath(dataDir),
    createBackend: () => createConfBackend(dataDir),
    now: start,
    logger,
  });
  const eventLog = new EventLog({ dataDir, deviceId: 'test-device', logger });
  let ids = 0;
  const app = new AppService({
    host: 'web',
    platform: 'linux',
    clock,
    settings,
    eventLog,
    notifier: new RecordingNotifier(),
    windows: new RecordingWindows(() => clock.now()),
    tray: new RecordingTray(),
    power: new FakePower(),
    idle,
    fullscreen: new ControlledFullscreen(),
    about: {
      appVersion: '1.2.3',
      electronVersion: null,
      chromeVersion: null,
      dataDir,
      logFile: null,
      idleSource: 'test',
      busyDetection: 'test',
    },
    openPath: async () => {},
    logger,
    newId: () => `id-${++ids}`,
    quit: () => {},
  });
  await app.start();
  return { app, clock, idle, settings, eventLog, logger };
}
