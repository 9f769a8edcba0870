import { DBusError, Message, MessageType } from '@jellybrick/dbus-next';
import { describe, expect, it } from 'vitest';
import type { IdleSource } from '../../electron/ports';
import { createMemoryLogger } from '../../electron/services/logger';
import {
  chooseIdleSource,
  isWaylandSession,
  type ChooseIdleSourceOptions,
} from '../../electron/services/idle/choose-idle-source';
import type { SessionBusConnection } from '../../electron/services/idle/dbus-idle-sources';
import { IdleUnavailableError } from '../../electron/services/idle/idle-unavailable-error';

/**
 * chooseIdleSource with fake session-bus connections: a fake answers method
 * calls from a table keyed by "destination path member", so no dbus-daemon is
 * needed. The real-bus behaviour is in tests/integration/idle-dbus.test.ts.
 */

const MUTTER_KEY = 'org.gnome.Mutter.IdleMonitor /org/gnome/Mutter/IdleMonitor/Core GetIdletime';
const SCREENSAVER_KEY = 'org.freedesktop.ScreenSaver /org/freedesktop/ScreenSaver GetSessionIdleTime';
const SCREENSAVER_SHORT_KEY = 'org.freedesktop.ScreenSaver /ScreenSaver GetSessionIdleTime';

type Answer =
  | { reply: { signature: string; value: unknown } }
  | { error: string }
  /** Never answers. */
  | 'hang';

const reply = (signature: string, value: unknown): Answer => ({ reply: { signature, value } });
const mutterMs = (ms: bigint | number) => reply('t', ms);
const screenSaverSeconds = (seconds: number) => reply('u', seconds);

/** A fake bus connection; unknown names get ServiceUnknown, as from dbus-daemon. */
function fakeBus(answers: Record<string, Answer>) {
  const calls: string[] = [];
  let disconnects = 0;
  const connection: SessionBusConnection = {
    call(message) {
      if (disconnects > 0) throw new Error('Cannot send message, stream is closed');
      const key = `${message.destination} ${message.path} ${message.member}`;
      calls.push(key);
      const answer = answers[key] ?? { error: 'org.freedesktop.DBus.Error.ServiceUnknown' };
      if (answer === 'hang') return new Promise<Message>(() => {});
      if ('error' in answer) return Promise.reject(new DBusError(answer.error, 'fake error'));
      return Promise.resolve(
        new Message({
          type: MessageType.METHOD_RETURN,
          replySerial: calls.length,
          signature: answer.reply.signature,
          body: [answer.reply.value],
        }),
      );
    },
    disconnect() {
      disconnects++;
    },
  };
  return {
    connection,
    calls,
    answers,
    get disconnects() {
      return disconnects;
    },
  };
}

function connector(bus: ReturnType<typeof fakeBus>) {
  const counts = { connects: 0 };
  return {
    counts,
    connect: async () => {
      counts.connects++;
      return bus.connection;
    },
  };
}

function fallbackSource(seconds = 0) {
  const state = { reads: 0 };
  const source: IdleSource = {
    idleSeconds: async () => {
      state.reads++;
      return seconds;
    },
  };
  return Object.assign(state, { source });
}

const WAYLAND = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };
const TIMEOUT_MS = 30;

function options(overrides: Partial<ChooseIdleSourceOptions>): ChooseIdleSourceOptions {
  return {
    platform: 'linux',
    env: WAYLAND,
    fallback: fallbackSource().source,
    connectSessionBus: () => Promise.reject(new Error('this test should not connect')),
    timeoutMs: TIMEOUT_MS,
    ...overrides,
  };
}

describe('isWaylandSession', () => {
  it.each([
    ['linux', { XDG_SESSION_TYPE: 'wayland' }, true],
    ['linux', { XDG_SESSION_TYPE: 'Wayland' }, true],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, true],
    ['linux', { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'wayland-1' }, false],
    ['linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, false],
    ['linux', { XDG_SESSION_TYPE: 'tty' }, false],
    ['linux', { WAYLAND_DISPLAY: '' }, false],
    ['linux', {}, false],
    ['darwin', WAYLAND, false],
    ['win32', WAYLAND, false],
  ] as const)('%s %j -> %s', (platform, env, expected) => {
    expect(isWaylandSession(platform, env)).toBe(expected);
  });
});

describe('chooseIdleSource', () => {
  it.each([
    ['linux', { XDG_SESSION_TYPE: 'x11' }, 'Electron powerMonitor (X11 session)'],
    ['darwin', {}, 'Electron powerMonitor (macOS)'],
    ['win32', {}, 'Electron powerMonitor (Windows)'],
    ['freebsd', { WAYLAND_DISPLAY: 'wayland-0' }, 'Electron powerMonitor (freebsd)'],
  ] as const)('%s %j: the fallback, no D-Bus', async (platform, env, description) => {
    const bus = fakeBus({ [MUTTER_KEY]: mutterMs(5000) });
    const { connect, counts } = connector(bus);
    const fallback = fallbackSource(12);
    const chosen = await chooseIdleSource(
      options({ platform, env, fallback: fallback.source, connectSessionBus: connect }),
    );
    expect(chosen).toMatchObject({ kind: 'fallback', description });
    expect(chosen.source).toBe(fallback.source);
    expect(await chosen.source.idleSeconds()).toBe(12);
    expect(counts.connects).toBe(0);
    chosen.close();
  });

  it('Wayland, both services: Mutter, in seconds', async () => {
    const bus = fakeBus({ [MUTTER_KEY]: mutterMs(90_500n), [SCREENSAVER_KEY]: screenSaverSeconds(3) });
    const chosen = await chooseIdleSource(options({ connectSessionBus: connector(bus).connect }));
    expect(chosen.kind).toBe('mutter');
    expect(chosen.description).toBe('GNOME Mutter IdleMonitor over D-Bus');
    expect(await chosen.source.idleSeconds()).toBe(90);
    expect(bus.disconnects).toBe(0);
    chosen.close();
    chosen.close();
    expect(bus.disconnects).toBe(1);
  });

  it('Mutter answering with a plain number (BigInt compat mode) works too', async () => {
    const bus = fakeBus({ [MUTTER_KEY]: mutterMs(4_999) });
    const chosen = await chooseIdleSource(options({ connectSessionBus: connector(bus).connect }));
    expect(chosen.kind).toBe('mutter');
    expect(await chosen.source.idleSeconds()).toBe(4);
  });

  it('Wayland, only ScreenSaver: ScreenSaver', async () => {
    const bus = fakeBus({ [SCREENSAVER_KEY]: screenSaverSeconds(41) });
    const chosen = await chooseIdleSource(options({ connectSessionBus: connector(bus).connect }));
    expect(chosen.kind).toBe('screensaver');
    expect(chosen.description).toBe('freedesktop ScreenSaver over D-Bus (/org/freedesktop/ScreenSaver)');
    expect(await chosen.source.idleSeconds()).toBe(41);
  });

  it('ScreenSaver only at /ScreenSaver: found there', async () => {
    const bus = fakeBus({
      [SCREENSAVER_KEY]: { error: 'org.freedesktop.DBus.Error.UnknownObject' },
      [SCREENSAVER_SHORT_KEY]: screenSaverSeconds(8),
    });
    const chosen = await chooseIdleSource(options({ connectSessionBus: connector(bus).connect }));
    expect(chosen.kind).toBe('screensaver');
    expect(chosen.description).toBe('freedesktop ScreenSaver over D-Bus (/ScreenSaver)');
    expect(await chosen.source.idleSeconds()).toBe(8);
    expect(bus.calls.at(-1)).toBe(SCREENSAVER_SHORT_KEY);
  });

  it('Mutter frozen: ScreenSaver, and start-up waits one timeout, not one per service', async () => {
    const bus = fakeBus({ [MUTTER_KEY]: 'hang', [SCREENSAVER_KEY]: screenSaverSeconds(2) });
    const started = performance.now();
    const chosen = await chooseIdleSource(options({ connectSessionBus: connector(bus).connect }));
    expect(chosen.kind).toBe('screensaver');
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS * 2 + 200);
  });

  it.each([
    ['no service at all', {}],
    [
      'ScreenSaver says NotSupported (KDE Plasma on Wayland) and Mutter is absent',
      { [SCREENSAVER_KEY]: { error: 'org.freedesktop.DBus.Error.NotSupported' } },
    ],
    ['both frozen', { [MUTTER_KEY]: 'hang', [SCREENSAVER_KEY]: 'hang', [SCREENSAVER_SHORT_KEY]: 'hang' }],
    ['Mutter answers with the wrong type', { [MUTTER_KEY]: reply('s', 'soon') }],
    ['Mutter answers a negative number', { [MUTTER_KEY]: reply('t', -1) }],
  ] as [string, Record<string, Answer>][])(
    'Wayland, %s: the fallback, and the bus is closed',
    async (_name, answers) => {
      const bus = fakeBus(answers);
      const fallback = fallbackSource(0);
      const chosen = await chooseIdleSource(
        options({ connectSessionBus: connector(bus).connect, fallback: fallback.source }),
      );
      expect(chosen.kind).toBe('fallback');
      expect(chosen.source).toBe(fallback.source);
      expect(chosen.description).toBe(
        'Electron powerMonitor (Wayland, but neither org.gnome.Mutter.IdleMonitor nor org.freedesktop.ScreenSaver ' +
          'answered on the session bus; idle time may always read 0 on Wayland)',
      );
      expect(bus.disconnects).toBe(1);
    },
  );

  it('Wayland, no session bus: the fallback, saying why', async () => {
    const chosen = await chooseIdleSource(
      options({ connectSessionBus: () => Promise.reject(new Error('could not determine the bus address')) }),
    );
    expect(chosen.kind).toBe('fallback');
    expect(chosen.description).toBe(
      'Electron powerMonitor (Wayland, but no D-Bus session bus: could not determine the bus address; ' +
        'idle time may always read 0 on Wayland)',
    );
  });

  it('a connector that throws synchronously counts as no bus', async () => {
    const chosen = await chooseIdleSource(
      options({
        connectSessionBus: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(chosen.kind).toBe('fallback');
    expect(chosen.description).toMatch(/no D-Bus session bus: boom/);
  });

  it('a connector slower than connectTimeoutMs: the fallback, and the late connection is closed', async () => {
    const bus = fakeBus({ [MUTTER_KEY]: mutterMs(1000) });
    let arrive: () => void = () => {};
    const late = new Promise<void>((resolve) => (arrive = resolve));
    const chosen = await chooseIdleSource(
      options({
        connectSessionBus: async () => {
          await late;
          return bus.connection;
        },
        connectTimeoutMs: 20,
      }),
    );
    expect(chosen.kind).toBe('fallback');
    expect(chosen.description).toMatch(/no D-Bus session bus: no connection within 20 ms/);
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bus.disconnects).toBe(1);
  });

  it("a D-Bus source that fails later: rejects with IdleUnavailableError (unknown), never the fallback's 0", async () => {
    const bus = fakeBus({ [MUTTER_KEY]: mutterMs(300_000n) });
    const fallback = fallbackSource(0);
    const logger = createMemoryLogger();
    const chosen = await chooseIdleSource(
      options({ connectSessionBus: connector(bus).connect, fallback: fallback.source, logger }),
    );
    expect(await chosen.source.idleSeconds()).toBe(300);

    bus.answers[MUTTER_KEY] = { error: 'org.freedesktop.DBus.Error.ServiceUnknown' };
    await expect(chosen.source.idleSeconds()).rejects.toMatchObject({
      name: 'IdleUnavailableError',
      service: 'org.gnome.Mutter.IdleMonitor',
      reason: 'no-service',
    });
    bus.answers[MUTTER_KEY] = 'hang';
    const error: unknown = await chosen.source.idleSeconds().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdleUnavailableError);
    expect(error).toMatchObject({ reason: 'timeout' });
    bus.answers[MUTTER_KEY] = { error: 'org.freedesktop.DBus.Error.AccessDenied' };
    await expect(chosen.source.idleSeconds()).rejects.toMatchObject({ reason: 'failed' });
    expect(fallback.reads).toBe(0);
    expect(logger.lines).toEqual([
      {
        level: 'warn',
        message: 'idle time: GNOME Mutter IdleMonitor over D-Bus failed; idle time is unknown until it answers again',
      },
    ]);

    bus.answers[MUTTER_KEY] = mutterMs(1_000n);
    expect(await chosen.source.idleSeconds()).toBe(1);
    expect(logger.lines.at(-1)).toEqual({
      level: 'info',
      message: 'idle time: GNOME Mutter IdleMonitor over D-Bus answers again',
    });
  });

  it("after close(), the chosen source rejects with IdleUnavailableError('disconnected'), at once", async () => {
    const bus = fakeBus({ [MUTTER_KEY]: mutterMs(7_000n) });
    const chosen = await chooseIdleSource(options({ connectSessionBus: connector(bus).connect }));
    chosen.close();
    await expect(chosen.source.idleSeconds()).rejects.toMatchObject({
      name: 'IdleUnavailableError',
      reason: 'disconnected',
    });
  });
});
