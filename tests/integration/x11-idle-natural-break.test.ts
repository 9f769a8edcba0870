import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../shared/program/profile-model';
import { DEFAULT_SETTINGS } from '../../shared/settings-schema';
import { X11IdleSource } from '../../electron/os/idle/x11-idle-source';
import { createMemoryLogger } from '../helpers/memory-logger';
import { startWebHost, type WebHost } from '../../electron/web-host/web-host';
import {
  assertDesktopToolsInstalled,
  overrideEnv,
  startSessionBus,
  startXvfb,
  waitFor,
  type SessionBus,
  type XServer,
} from '../helpers/desktop-session';
import { RecordingNotifier } from '../helpers/fake-ports';
import { REPO_ROOT } from '../helpers/web-host-app';
import { movePointer, xClientCount } from '../helpers/x-input';

/**
 * A natural break from real idle time: the web host as `npm run start:web`
 * composes it (system clock, idle source chosen by chooseIdleSource from the
 * environment), in an X11 session on Xvfb, with real input from xdotool.
 * Nothing is faked or driven by hand: the X server counts the idle time, the
 * host's own readings (its start-up reading and its minute tick) observe it,
 * and the engine decides.
 *
 * What makes it a natural break (docs/SCHEDULING.md, shared/scheduling/activity.ts):
 * a reading of at least the away threshold (the shortest enabled break, here
 * the posture reset at its minimum of 20 s) marks the user away since
 * "now - idle"; a later reading under the threshold is the return, and time
 * away of at least the movement break (its minimum, 30 s) is logged as
 * `break-completed` with `endedBy: "natural"`. The host reads at start and
 * then once a minute, so the test lets 21 s of idle pass before starting it,
 * and moves the pointer at 48 s, so the tick at 60 s reads about 12 s idle:
 * about 70 s of waiting in all, the least these rules allow.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const AWAY_THRESHOLD_SECONDS = 20;
const INPUT_AFTER_START_MS = 48_000;

describe('a natural break from real X idle time, in the web host (Xvfb, xdotool, the system clock)', () => {
  let dir: string;
  let x: XServer;
  let bus: SessionBus | undefined;
  let restoreEnv: () => void = () => {};
  let host: WebHost | undefined;

  beforeAll(async () => {
    assertDesktopToolsInstalled(['Xvfb', 'xdotool']);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-x11-break-'));
    x = await startXvfb(path.join(dir, 'x'));
    // A session bus of the test's own: without one, the host's do-not-disturb
    // reading (gsettings) autolaunches a bus on this display, and dbus-launch's
    // X connections would be counted as the host's below.
    bus = await startSessionBus(path.join(dir, 'bus'));
    // The host reads the session from the environment, as it does when a user starts it.
    restoreEnv = overrideEnv({
      DBUS_SESSION_BUS_ADDRESS: bus.address,
      DISPLAY: x.display,
      XAUTHORITY: x.xauthority,
      XDG_SESSION_TYPE: 'x11',
      WAYLAND_DISPLAY: undefined,
      XDG_CURRENT_DESKTOP: undefined,
    });
  });

  afterAll(async () => {
    await host?.stop();
    restoreEnv();
    await x?.stop();
    await bus?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('idle past a break, then input: break-completed, endedBy natural, as long as the X server counted', async () => {
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    const settings = {
      ...DEFAULT_SETTINGS,
      profile: { ...DEFAULT_PROFILE, status: 'skipped' },
      movement: { ...DEFAULT_SETTINGS.movement, durationSeconds: 30 },
      posture: { ...DEFAULT_SETTINGS.posture, naturalResetSeconds: AWAY_THRESHOLD_SECONDS },
    };
    fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(settings));

    const clientsBefore = await xClientCount(x);
    // The user's last input; from here the X server counts idle time.
    const watcher = new X11IdleSource({ env: { DISPLAY: x.display, XAUTHORITY: x.xauthority } });
    await movePointer(x);
    const lastInputAt = Date.now();
    await waitFor(
      `${AWAY_THRESHOLD_SECONDS + 1} s of X idle time`,
      async () => ((await watcher.idleSeconds()) > AWAY_THRESHOLD_SECONDS ? true : undefined),
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    watcher.close();
    // The server drops the watcher's connection a moment after close(); counted
    // before then, the host's own connection would seem missing.
    await waitFor('the watcher to close its X connection', async () =>
      (await xClientCount(x)) === clientsBefore ? true : undefined,
    );

    const logger = createMemoryLogger();
    host = await startWebHost({
      port: 0,
      dataDir,
      rendererDir: path.join(REPO_ROOT, 'out/renderer'),
      manualClockStart: null,
      notifier: new RecordingNotifier(),
      logger,
      onQuit: () => {},
      deviceId: 'x11-idle-test',
    });
    const startedAt = Date.now();
    const app = host.app;
    const description = `X server MIT-SCREEN-SAVER on ${x.display}`;
    expect(logger.lines.map((line) => line.message)).toContainEqual(
      expect.stringMatching(new RegExp(`^idle time: ${description}; busy detection: `)),
    );
    expect(app.handlers.getDiagnostics({})).toMatchObject({ idleSource: description });

    // The start-up reading found the user away since their last input; nothing logged yet.
    const awaySince = app.runtime.state.activity.awaySince;
    expect(awaySince).not.toBeNull();
    expect(Math.abs((awaySince ?? 0) - lastInputAt)).toBeLessThan(2000);
    const naturalBreaks = () =>
      app.deps.eventLog.readAll().filter((event) => event.type === 'break-completed' && event.endedBy === 'natural');
    expect(naturalBreaks()).toEqual([]);

    await sleep(startedAt + INPUT_AFTER_START_MS - Date.now());
    expect(naturalBreaks()).toEqual([]);
    await movePointer(x);
    const returnedAt = Date.now();

    const [natural] = await waitFor(
      'the minute tick to log the natural break',
      () => (naturalBreaks().length > 0 ? naturalBreaks() : undefined),
      { timeoutMs: 25_000, intervalMs: 250 },
    );
    expect(natural).toMatchObject({ type: 'break-completed', kind: 'movement', endedBy: 'natural' });
    if (natural?.type !== 'break-completed') throw new Error('unreachable');
    // The return is dated from the X server's idle time (whole seconds), not from when the tick came.
    expect(Math.abs(natural.at - returnedAt)).toBeLessThan(2000);
    expect(Math.abs(natural.durationSeconds - (returnedAt - lastInputAt) / 1000)).toBeLessThan(3);
    expect(app.runtime.state.activity.awaySince).toBeNull();
    expect(naturalBreaks()).toHaveLength(1);

    // The host's X connection is one client more, and stopping the host closes it.
    await waitFor('the host to hold one X connection', async () =>
      (await xClientCount(x)) === clientsBefore + 1 ? true : undefined,
    );
    await host.stop();
    host = undefined;
    await waitFor('the host to close its X connection', async () =>
      (await xClientCount(x)) === clientsBefore ? true : undefined,
    );
  }, 120_000);
});
