import type { SettingsPatch } from '@shared/settings-schema';
import { AppService, type AppServiceDeps } from '../../electron/core/app-service';
import { ManualClock } from '../../electron/core/clocks';
import { EventLog, type EventLogOptions } from '../../electron/core/event-log';
import type { SettingsBackend } from '../../electron/core/settings-store';
import { ControlledFullscreen, ControlledIdleSource, ControlledPowerEvents } from '../../electron/web-host/test-ports';
import { RecordingNotifier, RecordingTray, RecordingWindows } from './fake-ports';
import { createMemoryLogger } from './memory-logger';
import { openTestSettings } from './settings-file';

/** Monday 2 March 2026, 09:00 UTC: where most backend tests start their clock. */
export const TEST_START = Date.parse('2026-03-02T09:00:00Z');

/** The OS ports a test may replace; the defaults are the recording fakes and the web host's controls. */
export type TestPorts = Pick<AppServiceDeps, 'notifier' | 'windows' | 'tray' | 'power' | 'idle' | 'fullscreen'>;

interface DefaultPorts extends TestPorts {
  notifier: RecordingNotifier;
  windows: RecordingWindows;
  tray: RecordingTray;
  power: ControlledPowerEvents;
  idle: ControlledIdleSource;
  fullscreen: ControlledFullscreen;
}

type NoPorts = Record<never, never>;

export interface TestAppOptions<P extends Partial<TestPorts>, L extends EventLog> {
  /** The data folder; the test makes and removes it. */
  dataDir: string;
  /** The manual clock's start; TEST_START when not given. */
  start?: number;
  /** The clock's time zone; UTC when not given. */
  timeZone?: string;
  /** The event log's device folder; `test-device` when not given. */
  deviceId?: string;
  /** Settings changed after they are opened and before the app starts. */
  settings?: SettingsPatch;
  /** The settings file's backend, e.g. one that refuses writes as a full disk does. */
  settingsBackend?: (dataDir: string) => SettingsBackend;
  /** Ports in place of the defaults, made on the harness's clock. */
  ports?: (clock: ManualClock) => P;
  /** The event log, e.g. a subclass that watches the appends. */
  eventLog?: (options: EventLogOptions) => L;
  /** The OS's preferred languages, for the "system" language setting. */
  systemLocales?: readonly string[];
  /** false: built, not started; the test calls `app.start()` (to measure before it, say). */
  started?: boolean;
}

/**
 * An AppService on a manual clock in `dataDir`, wired as the web host wires
 * it but with recording fakes for the OS: the one way the backend tests
 * build it. It also records the folders it was asked to open and the quits.
 */
export async function startTestApp<P extends Partial<TestPorts> = NoPorts, L extends EventLog = EventLog>(
  options: TestAppOptions<P, L>,
) {
  const { dataDir, start = TEST_START, deviceId = 'test-device' } = options;
  const clock = new ManualClock(start, options.timeZone ?? 'UTC');
  const logger = createMemoryLogger();
  const defaults: DefaultPorts = {
    notifier: new RecordingNotifier(),
    windows: new RecordingWindows(() => clock.now()),
    tray: new RecordingTray(),
    power: new ControlledPowerEvents(),
    idle: new ControlledIdleSource(clock),
    fullscreen: new ControlledFullscreen(),
  };
  const ports = { ...defaults, ...options.ports?.(clock) } as Omit<DefaultPorts, keyof P> & P;
  const settings = openTestSettings(dataDir, { now: start, logger, backend: options.settingsBackend });
  if (options.settings) settings.update(options.settings);
  const eventLogOptions: EventLogOptions = { dataDir, deviceId, logger };
  const eventLog = (options.eventLog?.(eventLogOptions) ?? new EventLog(eventLogOptions)) as L;
  const opened: string[] = [];
  let quits = 0;
  let ids = 0;
  const app = new AppService({
    host: 'web',
    platform: 'linux',
    clock,
    settings,
    eventLog,
    ...(ports as TestPorts),
    about: {
      appVersion: '1.2.3',
      electronVersion: null,
      chromeVersion: null,
      dataDir,
      logFile: null,
      idleSource: 'test',
      busyDetection: 'test',
    },
    openPath: async (folder) => void opened.push(folder),
    logger,
    newId: () => `id-${++ids}`,
    quit: () => quits++,
    systemLocales: () => options.systemLocales ?? [],
  });
  if (options.started !== false) await app.start();
  return { app, clock, settings, eventLog, logger, ...ports, opened, quits: () => quits };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
