import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIdleSource } from '../../electron/os/idle/choose-idle-source';
import { IdleUnavailableError } from '../../electron/os/idle/idle-unavailable-error';
import { X11IdleSource } from '../../electron/os/idle/x11-idle-source';
import { createMemoryLogger } from '../helpers/memory-logger';
import { assertDesktopToolsInstalled, startXvfb, waitFor, type XServer } from '../helpers/desktop-session';
import { movePointer, pressKey, xClientCount } from '../helpers/x-input';
import { listenAsTcpDisplay } from '../helpers/tcp-display';

/**
 * X11IdleSource against real X servers (Xvfb, each with its own cookie), with
 * real input from xdotool (XTEST, which the server counts as the keyboard and
 * mouse). The natural break it leads to is in x11-idle-natural-break.test.ts.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const envOf = (server: XServer) => ({ DISPLAY: server.display, XAUTHORITY: server.xauthority });

/** What the web host passes to chooseIdleSource in an X11 session. */
function chooseLikeTheWebHost(server: XServer, timeoutMs?: number) {
  const logger = createMemoryLogger();
  const chosen = chooseIdleSource({
    platform: 'linux',
    env: { XDG_SESSION_TYPE: 'x11', ...envOf(server) },
    fallback: { idleSeconds: () => Promise.reject(new Error('no idle source')) },
    fallbackName: 'no idle source',
    connectSessionBus: () => Promise.reject(new Error('an X11 session must not ask D-Bus')),
    x11: () => new X11IdleSource({ env: envOf(server), ...(timeoutMs ? { timeoutMs } : {}) }),
    logger,
  });
  return { logger, chosen };
}

async function rejection(promise: Promise<unknown>): Promise<{ error: IdleUnavailableError; ms: number }> {
  const started = performance.now();
  const error: unknown = await promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${String(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(IdleUnavailableError);
  return { error: error as IdleUnavailableError, ms: performance.now() - started };
}

describe('X11IdleSource on Xvfb, with real input from xdotool', () => {
  let dir: string;
  let x: XServer;

  beforeAll(async () => {
    assertDesktopToolsInstalled(['Xvfb', 'xdotool']);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-x11-idle-'));
    x = await startXvfb(path.join(dir, 'main'));
  });

  afterAll(async () => {
    await x?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('idle time grows while nothing happens and drops to 0 after pointer motion and after a key press', async () => {
    const source = new X11IdleSource({ env: envOf(x) });
    try {
      // Idle time only grows without input, so a 0 soon after input is the input's doing.
      const zeroAfter = (input: string) =>
        waitFor(`idle 0 after ${input}`, async () => ((await source.idleSeconds()) === 0 ? true : undefined), {
          timeoutMs: 1000,
        });
      for (const input of [movePointer, pressKey]) {
        await input(x);
        await zeroAfter(input.name);
        await sleep(2200);
        const grown = await source.idleSeconds();
        expect(grown).toBeGreaterThanOrEqual(2);
        expect(grown).toBeLessThan(6);
        await input(x);
        await zeroAfter(input.name);
      }
    } finally {
      source.close();
    }
  });

  it('keeps one connection across readings and closes it on close()', async () => {
    const before = await xClientCount(x);
    const source = new X11IdleSource({ env: envOf(x) });
    for (let i = 0; i < 5; i++) expect(await source.idleSeconds()).toBeGreaterThanOrEqual(0);
    expect(await xClientCount(x)).toBe(before + 1);

    source.close();
    await waitFor('the connection to close', async () => ((await xClientCount(x)) === before ? true : undefined));
    const { error, ms } = await rejection(source.idleSeconds());
    expect(error.reason).toBe('disconnected');
    expect(ms).toBeLessThan(50);
    source.close();
  });

  it('an X server without MIT-SCREEN-SAVER: the probe says so, and the web host falls back saying why', async () => {
    const bare = await startXvfb(path.join(dir, 'bare'), { extraArgs: ['-extension', 'MIT-SCREEN-SAVER'] });
    try {
      const clients = await xClientCount(bare);
      const why = `X display ${bare.display}: the X server has no MIT-SCREEN-SAVER extension`;
      const source = new X11IdleSource({ env: envOf(bare) });
      expect(await source.probe()).toEqual({ answers: false, why });
      expect((await rejection(source.idleSeconds())).error.reason).toBe('unsupported');

      const { chosen, logger } = chooseLikeTheWebHost(bare);
      expect(await chosen).toMatchObject({ kind: 'fallback', description: `no idle source (X11 session, but ${why})` });
      expect(logger.lines).toEqual([]);
      // Nothing stays connected: neither the failed readings nor the chooser's probe.
      expect(await xClientCount(bare)).toBe(clients);
    } finally {
      await bare.stop();
    }
  });

  it('the X server frozen, then back: readings time out, then answer again; one warning and one recovery line', async () => {
    const server = await startXvfb(path.join(dir, 'frozen'));
    const pid = server.process.child.pid ?? 0;
    try {
      const { chosen: choosing, logger } = chooseLikeTheWebHost(server, 300);
      const chosen = await choosing;
      expect(chosen).toMatchObject({ kind: 'x11', description: `X server MIT-SCREEN-SAVER on ${server.display}` });
      expect(await chosen.source.idleSeconds()).toBeGreaterThanOrEqual(0);

      process.kill(pid, 'SIGSTOP');
      for (let i = 0; i < 3; i++) {
        const { error, ms } = await rejection(chosen.source.idleSeconds());
        expect(error.reason).toBe('timeout');
        expect(ms).toBeGreaterThanOrEqual(290);
        expect(ms).toBeLessThan(1000);
      }
      process.kill(pid, 'SIGCONT');
      expect(await chosen.source.idleSeconds()).toBeGreaterThanOrEqual(0);
      expect(logger.lines).toEqual([
        {
          level: 'warn',
          message: `idle time: ${chosen.description} failed; idle time is unknown until it answers again`,
        },
        { level: 'info', message: `idle time: ${chosen.description} answers again` },
      ]);
      chosen.close();
    } finally {
      process.kill(pid, 'SIGCONT');
      await server.stop();
    }
  });

  it('the X server going away: a reading in flight rejects at once, later ones say no server; one warning', async () => {
    const server = await startXvfb(path.join(dir, 'gone'));
    const pid = server.process.child.pid ?? 0;
    const { chosen: choosing, logger } = chooseLikeTheWebHost(server, 3000);
    const chosen = await choosing;
    try {
      expect(await chosen.source.idleSeconds()).toBeGreaterThanOrEqual(0);
      // Frozen, so the reading is surely in flight when the server dies.
      process.kill(pid, 'SIGSTOP');
      const inFlight = rejection(chosen.source.idleSeconds());
      await sleep(100);
      process.kill(pid, 'SIGKILL');
      const { error, ms } = await inFlight;
      expect(error.reason).toBe('disconnected');
      // EOF, or a reset when our request was still unread in the dead server's socket.
      expect(error.message).toMatch(
        new RegExp(
          `^X display ${server.display}: the X (server closed the connection|connection failed: .*ECONNRESET)`,
        ),
      );
      expect(ms).toBeLessThan(1500);
      await server.stop();

      for (let i = 0; i < 3; i++) {
        const later = await rejection(chosen.source.idleSeconds());
        // 'failed' only if a parallel test's Xvfb took the freed display number (our cookie is refused there).
        expect(['no-service', 'failed']).toContain(later.error.reason);
        expect(later.error.message).toMatch(new RegExp(`^X display ${server.display}: could not connect: `));
      }
      expect(logger.lines).toEqual([
        {
          level: 'warn',
          message: `idle time: ${chosen.description} failed; idle time is unknown until it answers again`,
        },
      ]);
      chosen.close();
      expect((await rejection(chosen.source.idleSeconds())).error.reason).toBe('disconnected');
    } finally {
      chosen.close();
      await server.stop();
    }
  });

  it('a server that accepts and stays silent: each reading gives up within its timeout and lets go of its socket', async () => {
    // A TCP "X server" on 127.0.0.1:6000+N that accepts and never answers, nor
    // closes its side (allowHalfOpen), as a frozen X server would not.
    const accepted: { socket: net.Socket; clientLeft: boolean }[] = [];
    const server = net.createServer({ allowHalfOpen: true }, (socket) => {
      const entry = { socket, clientLeft: false };
      socket.on('end', () => (entry.clientLeft = true));
      socket.resume();
      accepted.push(entry);
    });
    const number = await listenAsTcpDisplay(server, 250, 350);
    expect(number).toBeGreaterThan(0);
    // Our sockets to it that a file descriptor still holds (/proc/net/tcp: remote
    // address and port in hex, and inode 0 once the process has let go).
    const heldConnections = () =>
      fs
        .readFileSync('/proc/self/net/tcp', 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[2] === `0100007F:${(6000 + number).toString(16).toUpperCase()}`)
        .filter((fields) => fields[9] !== '0').length;
    try {
      const source = new X11IdleSource({ env: { DISPLAY: `127.0.0.1:${number}` }, timeoutMs: 200 });
      for (let i = 0; i < 3; i++) {
        const { error, ms } = await rejection(source.idleSeconds());
        expect(error.reason).toBe('timeout');
        expect(error.message).toMatch(/no answer within 200 ms while connecting/);
        expect(ms).toBeLessThan(1000);
      }
      await waitFor('the client to leave each connection', () =>
        accepted.length === 3 && accepted.every((entry) => entry.clientLeft) ? true : undefined,
      );
      // Closed outright, not half-closed and left waiting for a server that never closes its side.
      expect(heldConnections()).toBe(0);
      source.close();
    } finally {
      for (const { socket } of accepted) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('no DISPLAY, a display nobody serves, a refused cookie: the probe says why', async () => {
    expect(await new X11IdleSource({ env: {} }).probe()).toEqual({
      answers: false,
      why: 'X display: DISPLAY is not set: there is no X display to ask',
    });
    expect(await new X11IdleSource({ env: { DISPLAY: 'nonsense' } }).probe()).toEqual({
      answers: false,
      why: 'X display nonsense: DISPLAY="nonsense" is not a display',
    });
    const nobody = await new X11IdleSource({ env: { DISPLAY: ':987' } }).probe();
    expect(nobody).toMatchObject({ answers: false, why: expect.stringMatching(/^X display :987: could not connect/) });

    const noCookie = path.join(dir, 'no-such-Xauthority');
    const refused = await new X11IdleSource({ env: { DISPLAY: x.display, XAUTHORITY: noCookie } }).probe();
    expect(refused).toMatchObject({
      answers: false,
      why: expect.stringContaining(`(no Xauthority file at ${noCookie})`),
    });
  });
});
