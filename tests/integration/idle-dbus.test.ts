import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EventEmitter } from 'node:events';
import { Message, MessageType, NameFlag, RequestNameReply, sessionBus, type MessageBus } from '@jellybrick/dbus-next';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../helpers/memory-logger';
import { chooseIdleSource, type ChosenIdleSource } from '../../electron/os/idle/choose-idle-source';
import { IdleUnavailableError } from '../../electron/os/idle/idle-unavailable-error';
import {
  MutterIdleSource,
  ScreenSaverIdleSource,
  connectSessionBus,
  type SessionBusConnection,
} from '../../electron/os/idle/dbus-idle-sources';
import type { IdleSource } from '../../electron/core/ports';
import { assertDesktopToolsInstalled, startSessionBus, type SessionBus } from '../helpers/desktop-session';

/**
 * The D-Bus idle sources and the chooser against a real dbus-daemon: a
 * private session bus (no activatable services, never the user's bus) on
 * which the test itself owns fake `org.gnome.Mutter.IdleMonitor` and
 * `org.freedesktop.ScreenSaver` services that answer with an idle time the
 * test sets (idle sources per desktop: docs/SCHEDULING.md).
 */

const MUTTER = {
  name: 'org.gnome.Mutter.IdleMonitor',
  paths: ['/org/gnome/Mutter/IdleMonitor/Core'],
  iface: 'org.gnome.Mutter.IdleMonitor',
  member: 'GetIdletime',
  signature: 't',
} as const;

const SCREENSAVER = {
  name: 'org.freedesktop.ScreenSaver',
  paths: ['/org/freedesktop/ScreenSaver'],
  iface: 'org.freedesktop.ScreenSaver',
  member: 'GetSessionIdleTime',
  signature: 'u',
} as const;

type ServiceSpec = { name: string; paths: readonly string[]; iface: string; member: string; signature: string };

/** Short timeouts keep the failure cases fast; a local bus answers in well under a millisecond. */
const TIMEOUT_MS = 200;
const WAYLAND = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };

/**
 * A fake D-Bus service on its own connection, answering one method with
 * dbus-next's low-level service API (a method handler that sends the reply).
 * `idle` is what it answers; `hang` makes it take calls and never reply.
 * (The high-level `Interface.configureMembers()` of @jellybrick/dbus-next
 * 0.11.3 exports no methods: its built constructor defines an own `$methods`
 * field that hides the prototype's. The low-level handler also lets the fake
 * hang on purpose.)
 */
class FakeIdleService {
  idle: bigint | number = 0;
  hang = false;
  calls = 0;
  private gone = false;

  private constructor(
    private readonly bus: MessageBus,
    readonly spec: ServiceSpec,
  ) {
    bus.addMethodHandler((message: Message) => {
      if (
        message.type !== MessageType.METHOD_CALL ||
        message.interface !== spec.iface ||
        message.member !== spec.member ||
        !spec.paths.includes(message.path)
      ) {
        return false;
      }
      this.calls++;
      // A process that has gone (or hangs) does not answer; a call routed to
      // it just before it left gets NoReply from the bus.
      if (!this.hang && !this.gone) bus.send(Message.newMethodReturn(message, spec.signature, [this.idle]));
      return true;
    });
  }

  static async start(address: string, spec: ServiceSpec, idle: bigint | number): Promise<FakeIdleService> {
    const bus = sessionBus({ busAddress: address });
    (bus as unknown as EventEmitter).on('error', () => {}); // surfaced by the assertions instead
    const fake = new FakeIdleService(bus, spec);
    fake.idle = idle;
    await fake.own();
    return fake;
  }

  async own(): Promise<void> {
    const reply = await this.bus.requestName(this.spec.name, NameFlag.DO_NOT_QUEUE);
    if (reply !== RequestNameReply.PRIMARY_OWNER && reply !== RequestNameReply.ALREADY_OWNER) {
      throw new Error(`could not own ${this.spec.name} on the private bus (reply ${reply})`);
    }
  }

  /** The service goes away while its process (connection) lives on. */
  async release(): Promise<void> {
    await this.bus.releaseName(this.spec.name);
  }

  /** The service's process goes away: its connection closes. */
  disconnect(): void {
    this.gone = true;
    this.bus.disconnect();
  }
}

/** A real connection that counts how often it is connected and disconnected. */
function countingConnector(address: string) {
  const counts = { connects: 0, disconnects: 0 };
  const connect = async (): Promise<SessionBusConnection> => {
    counts.connects++;
    const bus = await connectSessionBus({ address });
    return {
      call: (message) => bus.call(message),
      disconnect: () => {
        counts.disconnects++;
        bus.disconnect();
      },
    };
  };
  return { connect, counts };
}

/** The fallback, as Electron's powerMonitor behaves on Wayland: always 0. */
function zeroFallback() {
  const fallback = { reads: 0 };
  const source: IdleSource = {
    idleSeconds: async () => {
      fallback.reads++;
      return 0;
    },
  };
  return Object.assign(fallback, { source });
}

/** Runs `promise` and returns how it settled and how long it took. */
async function timed<T>(promise: Promise<T>) {
  const started = performance.now();
  try {
    return { value: await promise, error: undefined, ms: performance.now() - started };
  } catch (error) {
    return { value: undefined, error, ms: performance.now() - started };
  }
}

describe('idle time over D-Bus (private session bus, fake services)', () => {
  let dir: string;
  let bus: SessionBus;
  const cleanups: (() => unknown)[] = [];

  const startFake = async (spec: ServiceSpec, idle: bigint | number) => {
    const fake = await FakeIdleService.start(bus.address, spec, idle);
    cleanups.push(() => fake.disconnect());
    return fake;
  };
  const client = async () => {
    const connection = await connectSessionBus({ address: bus.address });
    cleanups.push(() => connection.disconnect());
    return connection;
  };
  const choose = async (
    env: Record<string, string | undefined>,
    extra: { connect?: () => Promise<SessionBusConnection>; fallback?: IdleSource } = {},
  ): Promise<ChosenIdleSource> => {
    const chosen = await chooseIdleSource({
      platform: 'linux',
      env,
      fallback: extra.fallback ?? zeroFallback().source,
      connectSessionBus: extra.connect ?? (() => connectSessionBus({ address: bus.address })),
      timeoutMs: TIMEOUT_MS,
    });
    cleanups.push(() => chosen.close());
    return chosen;
  };

  beforeAll(async () => {
    // Fails (never skips) with the apt package to install when dbus-daemon is missing.
    assertDesktopToolsInstalled(['dbus-daemon']);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-idle-dbus-'));
    bus = await startSessionBus(dir);
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch {
        // already closed
      }
    }
  });

  afterAll(async () => {
    await bus?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('MutterIdleSource reads GetIdletime milliseconds as whole seconds', async () => {
    const fake = await startFake(MUTTER, 65_432n);
    const source = new MutterIdleSource(await client(), { timeoutMs: TIMEOUT_MS });

    expect(await source.probe()).toBe(true);
    expect(await source.idleSeconds()).toBe(65);
    fake.idle = 999n;
    expect(await source.idleSeconds()).toBe(0);
    fake.idle = 3_600_999n;
    expect(await source.idleSeconds()).toBe(3600);
  });

  it('ScreenSaverIdleSource reads GetSessionIdleTime seconds', async () => {
    const fake = await startFake(SCREENSAVER, 42);
    const source = new ScreenSaverIdleSource(await client(), { timeoutMs: TIMEOUT_MS });

    expect(await source.probe()).toBe(true);
    expect(source.path).toBe('/org/freedesktop/ScreenSaver');
    expect(await source.idleSeconds()).toBe(42);
    fake.idle = 0;
    expect(await source.idleSeconds()).toBe(0);
  });

  it('ScreenSaverIdleSource finds the service at /ScreenSaver too', async () => {
    await startFake({ ...SCREENSAVER, paths: ['/ScreenSaver'] }, 7);
    const source = new ScreenSaverIdleSource(await client(), { timeoutMs: TIMEOUT_MS });

    expect(await source.probe()).toBe(true);
    expect(source.path).toBe('/ScreenSaver');
    expect(await source.idleSeconds()).toBe(7);
  });

  it('probe() is false, quickly, when nobody owns the name', async () => {
    const connection = await client();
    const mutter = await timed(new MutterIdleSource(connection, { timeoutMs: TIMEOUT_MS }).probe());
    const screenSaver = await timed(new ScreenSaverIdleSource(connection, { timeoutMs: TIMEOUT_MS }).probe());
    expect(mutter.value).toBe(false);
    expect(screenSaver.value).toBe(false);
    // The bus answers "no owner" at once; no timeout is waited for.
    expect(mutter.ms).toBeLessThan(TIMEOUT_MS);
    expect(screenSaver.ms).toBeLessThan(TIMEOUT_MS);
  });

  describe('chooseIdleSource', () => {
    it('Wayland with both services: Mutter', async () => {
      const mutter = await startFake(MUTTER, 125_000n);
      const screenSaver = await startFake(SCREENSAVER, 9);
      const fallback = zeroFallback();
      const chosen = await choose(WAYLAND, { fallback: fallback.source });

      expect(chosen.kind).toBe('mutter');
      expect(chosen.description).toBe('GNOME Mutter IdleMonitor over D-Bus');
      const callsBefore = screenSaver.calls;
      expect(await chosen.source.idleSeconds()).toBe(125);
      expect(mutter.calls).toBeGreaterThanOrEqual(2); // the probe and the reading
      expect(screenSaver.calls).toBe(callsBefore);
      expect(fallback.reads).toBe(0);
    });

    it('Wayland with only ScreenSaver: ScreenSaver (WAYLAND_DISPLAY alone marks Wayland)', async () => {
      await startFake(SCREENSAVER, 33);
      const chosen = await choose({ WAYLAND_DISPLAY: 'wayland-0' });

      expect(chosen.kind).toBe('screensaver');
      expect(chosen.description).toBe('freedesktop ScreenSaver over D-Bus (/org/freedesktop/ScreenSaver)');
      expect(await chosen.source.idleSeconds()).toBe(33);
    });

    it('Wayland with neither: the fallback, says so, and closes the connection', async () => {
      const { connect, counts } = countingConnector(bus.address);
      const fallback = zeroFallback();
      const chosen = await choose(WAYLAND, { connect, fallback: fallback.source });

      expect(chosen.kind).toBe('fallback');
      expect(chosen.source).toBe(fallback.source);
      expect(chosen.description).toMatch(/^Electron powerMonitor \(Wayland, but neither .*Mutter.* nor .*ScreenSaver/);
      expect(chosen.description).toMatch(/may always read 0 on Wayland/);
      expect(counts).toEqual({ connects: 1, disconnects: 1 });
    });

    it('X11: the fallback, without connecting to D-Bus, even with both services on the bus', async () => {
      await startFake(MUTTER, 5000n);
      await startFake(SCREENSAVER, 5);
      const { connect, counts } = countingConnector(bus.address);
      const chosen = await choose({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, { connect });

      expect(chosen.kind).toBe('fallback');
      expect(chosen.description).toBe('Electron powerMonitor (X11 session)');
      expect(counts.connects).toBe(0);
    });

    it('close() drops the connection; readings then reject at once, as documented', async () => {
      await startFake(MUTTER, 61_000n);
      const { connect, counts } = countingConnector(bus.address);
      const chosen = await choose(WAYLAND, { connect });
      expect(chosen.kind).toBe('mutter');
      expect(await chosen.source.idleSeconds()).toBe(61);

      chosen.close();
      chosen.close();
      expect(counts.disconnects).toBe(1);
      const after = await timed(chosen.source.idleSeconds());
      expect(after.error).toBeInstanceOf(IdleUnavailableError);
      expect(after.error).toMatchObject({ reason: 'disconnected' });
      expect(after.ms).toBeLessThan(TIMEOUT_MS);
    });
  });

  describe('a service that goes away mid-session', () => {
    for (const how of ['releases its name', 'drops its connection'] as const) {
      it(`Mutter ${how}: readings reject with IdleUnavailableError('no-service') at once, never the fallback's 0`, async () => {
        const fake = await startFake(MUTTER, 240_000n);
        const logger = createMemoryLogger();
        const fallback = zeroFallback();
        const chosen = await chooseIdleSource({
          platform: 'linux',
          env: WAYLAND,
          fallback: fallback.source,
          connectSessionBus: () => connectSessionBus({ address: bus.address }),
          timeoutMs: TIMEOUT_MS,
          logger,
        });
        cleanups.push(() => chosen.close());
        expect(chosen.kind).toBe('mutter');
        expect(await chosen.source.idleSeconds()).toBe(240);

        if (how === 'releases its name') await fake.release();
        else fake.disconnect();

        const failed = await timed(chosen.source.idleSeconds());
        expect(failed.error).toBeInstanceOf(IdleUnavailableError);
        expect(failed.error).toMatchObject({ service: 'org.gnome.Mutter.IdleMonitor', reason: 'no-service' });
        expect(failed.ms).toBeLessThan(TIMEOUT_MS);
        await expect(chosen.source.idleSeconds()).rejects.toBeInstanceOf(IdleUnavailableError);
        expect(await new MutterIdleSource(await client(), { timeoutMs: TIMEOUT_MS }).probe()).toBe(false);
        expect(fallback.reads).toBe(0);
        expect(logger.lines.filter((line) => line.level === 'warn')).toHaveLength(1);

        if (how === 'releases its name') {
          // Back again (gnome-shell restarted, say): read from Mutter once more.
          await fake.own();
          expect(await chosen.source.idleSeconds()).toBe(240);
          expect(logger.lines.at(-1)).toMatchObject({ level: 'info', message: expect.stringMatching(/answers again/) });
        }
      });
    }

    it('the session bus itself dies: readings reject (disconnected or timeout), bounded, and nothing crashes', async () => {
      const ownBus = await startSessionBus(path.join(dir, 'dying-bus'));
      cleanups.push(() => ownBus.stop());
      const fake = await FakeIdleService.start(ownBus.address, MUTTER, 30_000n);
      cleanups.push(() => fake.disconnect());
      const chosen = await choose(WAYLAND, { connect: () => connectSessionBus({ address: ownBus.address }) });
      expect(chosen.kind).toBe('mutter');
      expect(await chosen.source.idleSeconds()).toBe(30);

      await ownBus.stop();
      const failed = await timed(chosen.source.idleSeconds());
      expect(failed.error).toBeInstanceOf(IdleUnavailableError);
      expect(['disconnected', 'timeout']).toContain((failed.error as IdleUnavailableError).reason);
      expect(failed.ms).toBeLessThan(TIMEOUT_MS + 1000);
    });

    it("Mutter stops answering (frozen): readings reject with IdleUnavailableError('timeout') within the timeout", async () => {
      const fake = await startFake(MUTTER, 10_000n);
      const chosen = await choose(WAYLAND);
      expect(await chosen.source.idleSeconds()).toBe(10);

      fake.hang = true;
      const failed = await timed(chosen.source.idleSeconds());
      expect(failed.error).toBeInstanceOf(IdleUnavailableError);
      expect(failed.error).toMatchObject({ reason: 'timeout' });
      expect(failed.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
      expect(failed.ms).toBeLessThan(TIMEOUT_MS + 1000);

      // It answers again once it thaws.
      fake.hang = false;
      expect(await chosen.source.idleSeconds()).toBe(10);
    });
  });
});
