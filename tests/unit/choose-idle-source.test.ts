import { DBusError, Message, MessageType } from '@jellybrick/dbus-next';
import { describe, expect, it } from 'vitest';
import type { IdleSource } from '../../electron/core/ports';
import { createMemoryLogger } from '../helpers/memory-logger';
import {
  chooseIdleSource,
  isWaylandSession,
  type ChooseIdleSourceOptions,
  type ProbedIdleSource,
} from '../../electron/os/idle/choose-idle-source';
import type { SessionBusConnection } from '../../electron/os/idle/dbus-idle-sources';
import { IdleUnavailableError } from '../../electron/os/idle/idle-unavailable-error';

/**
 * chooseIdleSource with fake session-bus connections (a fake answers method
 * calls from a table keyed by "destination path member", so no dbus-daemon is
 * needed) and a fake X11 source. The real bus is in
 * tests/integration/idle-dbus.test.ts, the real X server in
 * tests/integration/x11-idle.test.ts.
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

/** An X11 source that answers `seconds`, or fails with `failure`; counts what is asked of it. */
function fakeX11(answer: { seconds: number } | { failure: string }) {
  const state = { made: 0, reads: 0, closes: 0, answer };
  const read = async () => {
    state.reads++;
    if ('failure' in state.answer) throw new IdleUnavailableError('X display :7', 'no-service', state.answer.failure);
    return state.answer.seconds;
  };
  const source: ProbedIdleSource = {
    description: 'X server MIT-SCREEN-SAVER on :7',
    idleSeconds: read,
    probe: () =>
      read().then(
        () => ({ answers: true }),
        (error: unknown) => ({ answers: false, why: (error as Error).message }),
      ),
    close: () => {
      state.closes++;
    },
  };
  return Object.assign(state, {
    make: () => {
      state.made++;
      return source;
    },
  });
}

describe('chooseIdleSource with an X11 source (the web host)', () => {
  const X11 = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':7' };

  it.each([
    ['an X11 session', X11],
    ['no session type, DISPLAY only (startx)', { DISPLAY: ':7' }],
    ['x11 session type with a stray WAYLAND_DISPLAY', { ...X11, WAYLAND_DISPLAY: 'wayland-1' }],
  ])('%s: the X server, probed once, without D-Bus; close() closes it', async (_name, env) => {
    const x11 = fakeX11({ seconds: 42 });
    const fallback = fallbackSource(0);
    const chosen = await chooseIdleSource(options({ env, x11: x11.make, fallback: fallback.source }));
    expect(chosen).toMatchObject({ kind: 'x11', description: 'X server MIT-SCREEN-SAVER on :7' });
    expect(x11).toMatchObject({ made: 1, reads: 1, closes: 0 });
    expect(await chosen.source.idleSeconds()).toBe(42);
    expect(fallback.reads).toBe(0);
    chosen.close();
    expect(x11.closes).toBe(1);
  });

  it('the X server does not answer at start: the fallback, saying why, and the X source is closed', async () => {
    const x11 = fakeX11({ failure: 'the X server has no MIT-SCREEN-SAVER extension' });
    const fallback = fallbackSource(0);
    const chosen = await chooseIdleSource(
      options({ env: X11, x11: x11.make, fallback: fallback.source, fallbackName: 'no idle source' }),
    );
    expect(chosen).toMatchObject({
      kind: 'fallback',
      description: 'no idle source (X11 session, but X display :7: the X server has no MIT-SCREEN-SAVER extension)',
    });
    expect(chosen.source).toBe(fallback.source);
    expect(x11.closes).toBe(1);
  });

  it.each([
    ['nothing set (a console or ssh login)', {}],
    ['XDG_SESSION_TYPE=tty', { XDG_SESSION_TYPE: 'tty' }],
  ])('no DISPLAY, %s: the fallback, saying so; the X11 source is never made', async (_name, env) => {
    const x11 = fakeX11({ seconds: 1 });
    const chosen = await chooseIdleSource(options({ env, x11: x11.make, fallbackName: 'no idle source' }));
    expect(chosen).toMatchObject({
      kind: 'fallback',
      description: 'no idle source (no desktop session: neither DISPLAY nor WAYLAND_DISPLAY is set)',
    });
    expect(x11.made).toBe(0);
  });

  it('failing later: rejects (unknown, never the fallback), one warning per run of failures, one recovery line', async () => {
    const x11 = fakeX11({ seconds: 5 });
    const fallback = fallbackSource(0);
    const logger = createMemoryLogger();
    const chosen = await chooseIdleSource(options({ env: X11, x11: x11.make, fallback: fallback.source, logger }));
    x11.answer = { failure: 'the X server closed the connection' };
    for (let i = 0; i < 3; i++) {
      await expect(chosen.source.idleSeconds()).rejects.toMatchObject({ name: 'IdleUnavailableError' });
    }
    x11.answer = { seconds: 0 };
    expect(await chosen.source.idleSeconds()).toBe(0);
    expect(fallback.reads).toBe(0);
    expect(logger.lines).toEqual([
      {
        level: 'warn',
        message: 'idle time: X server MIT-SCREEN-SAVER on :7 failed; idle time is unknown until it answers again',
      },
      { level: 'info', message: 'idle time: X server MIT-SCREEN-SAVER on :7 answers again' },
    ]);
  });

  it('Wayland: D-Bus, and the X11 source is never made (XWayland sees only X11 clients’ input)', async () => {
    const x11 = fakeX11({ seconds: 1 });
    const bus = fakeBus({ [MUTTER_KEY]: mutterMs(9_000n) });
    const chosen = await chooseIdleSource(
      options({ env: { ...WAYLAND, DISPLAY: ':0' }, x11: x11.make, connectSessionBus: connector(bus).connect }),
    );
    expect(chosen.kind).toBe('mutter');
    expect(x11.made).toBe(0);
  });

  it.each(['darwin', 'win32', 'freebsd'] as const)(
    '%s: the fallback; the X11 source is never made',
    async (platform) => {
      const x11 = fakeX11({ seconds: 1 });
      const chosen = await chooseIdleSource(options({ platform, env: X11, x11: x11.make }));
      expect(chosen.kind).toBe('fallback');
      expect(x11.made).toBe(0);
    },
  );
});
