import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X11FullscreenDetector } from '../../electron/os/focus/x11-fullscreen';
import {
  loadX11Module,
  parseDisplay,
  parseXauthority,
  pickCookie,
  type X11Client,
  type X11Display,
  X11_TYPE,
} from '../../electron/os/x11/x11-client';
import { chooseFocusDetector } from '../../electron/os/focus/choose-focus-detector';
import { startDesktopSession, type DesktopSession } from '../helpers/desktop-session';
import { listenAsTcpDisplay } from '../helpers/tcp-display';

/**
 * X11FullscreenDetector against a real X server (Xvfb from the private desktop
 * session, with its own MIT-MAGIC-COOKIE). The test plays the window manager
 * over its own X connection: it creates real windows and sets the EWMH
 * properties a window manager sets, `_NET_ACTIVE_WINDOW` on the root and
 * `_NET_WM_STATE` on the window, then asks the detector.
 */

/** The test's own X connection, acting as the window manager. */
interface WindowManager {
  client: X11Client;
  root: number;
  atom(name: string): Promise<number>;
  createWindow(): Promise<number>;
  setActive(window: number | null): Promise<void>;
  setState(window: number, states: string[] | null): Promise<void>;
  setPid(window: number, pid: number): Promise<void>;
  destroy(window: number): Promise<void>;
}

function connectWindowManager(session: DesktopSession): Promise<WindowManager> {
  const display = parseDisplay(session.display);
  if (!display) throw new Error(`unexpected display ${session.display}`);
  const cookie = pickCookie(parseXauthority(fs.readFileSync(session.xauthority)), display, os.hostname());
  if (!cookie) throw new Error(`no cookie for ${session.display} in ${session.xauthority}`);
  return new Promise((resolve, reject) => {
    const client = loadX11Module().createClient(
      { display: session.display, auth: cookie, disableBigRequests: true, shm: false },
      (error: Error | undefined, connected: X11Display) => {
        if (error) return reject(error);
        const X = connected.client;
        const root = connected.screen[0]?.root;
        if (root === undefined) return reject(new Error('no screen'));
        const atom = (name: string) =>
          new Promise<number>((ok, fail) =>
            X.InternAtom(false, name, (err, value) => {
              if (err) fail(err);
              else ok(value);
              return true;
            }),
          );
        resolve({
          client: X,
          root,
          atom,
          async createWindow() {
            const id = X.AllocID();
            X.CreateWindow(id, root, 0, 0, 640, 480);
            X.MapWindow(id);
            await X.sync();
            return id;
          },
          async setActive(window) {
            const active = await atom('_NET_ACTIVE_WINDOW');
            if (window === null) X.DeleteProperty(root, active);
            else X.ChangeProperty(0, root, active, X11_TYPE.window, 32, [window]);
            await X.sync();
          },
          async setState(window, states) {
            const property = await atom('_NET_WM_STATE');
            if (states === null) X.DeleteProperty(window, property);
            else X.ChangeProperty(0, window, property, X11_TYPE.atom, 32, await Promise.all(states.map(atom)));
            await X.sync();
          },
          async setPid(window, pid) {
            X.ChangeProperty(0, window, await atom('_NET_WM_PID'), X11_TYPE.cardinal, 32, [pid]);
            await X.sync();
          },
          async destroy(window) {
            X.DestroyWindow(window);
            await X.sync();
          },
        });
      },
    );
    client.on('error', (error) => reject(error));
  });
}

describe('X11FullscreenDetector on a real X server (Xvfb)', () => {
  let session: DesktopSession;
  let wm: WindowManager;
  let env: { DISPLAY: string; XAUTHORITY: string };
  let detector: X11FullscreenDetector;

  beforeAll(async () => {
    session = await startDesktopSession();
    wm = await connectWindowManager(session);
    env = { DISPLAY: session.display, XAUTHORITY: session.xauthority };
    detector = new X11FullscreenDetector({ env });
  });

  afterAll(async () => {
    wm?.client.terminate();
    await session?.stop();
  });

  it('reads false with a reason while no window manager has set _NET_ACTIVE_WINDOW', async () => {
    const reading = await detector.read();
    expect(reading, session.diagnostics()).toEqual({
      active: false,
      reason: expect.stringContaining('no _NET_ACTIVE_WINDOW') as string,
    });
  });

  it('reads true when the active window has _NET_WM_STATE_FULLSCREEN, false once it is removed', async () => {
    const window = await wm.createWindow();
    await wm.setState(window, ['_NET_WM_STATE_ABOVE', '_NET_WM_STATE_FULLSCREEN']);
    await wm.setActive(window);

    const started = performance.now();
    const fullscreen = await detector.read();
    const elapsed = performance.now() - started;
    expect(fullscreen).toEqual({
      active: true,
      window,
      reason: `the active window 0x${window.toString(16)} has _NET_WM_STATE_FULLSCREEN`,
    });
    expect(await detector.isFullscreen()).toBe(true);
    expect(elapsed).toBeLessThan(1000);

    await wm.setState(window, ['_NET_WM_STATE_ABOVE']);
    expect(await detector.read()).toMatchObject({
      active: false,
      window,
      reason: expect.stringMatching(/not fullscreen/),
    });

    await wm.setState(window, null);
    expect(await detector.isFullscreen()).toBe(false);
  });

  it('follows _NET_ACTIVE_WINDOW: a fullscreen window that is not active does not count', async () => {
    const fullscreen = await wm.createWindow();
    const other = await wm.createWindow();
    await wm.setState(fullscreen, ['_NET_WM_STATE_FULLSCREEN']);

    await wm.setActive(other);
    expect(await detector.isFullscreen()).toBe(false);
    await wm.setActive(fullscreen);
    expect(await detector.isFullscreen()).toBe(true);
  });

  it('reads false with a reason when no window is active, the property is gone or the window was destroyed', async () => {
    await wm.setActive(0);
    expect(await detector.read()).toEqual({ active: false, reason: expect.stringMatching(/no window is active/) });

    await wm.setActive(null);
    expect(await detector.read()).toEqual({ active: false, reason: expect.stringMatching(/no _NET_ACTIVE_WINDOW/) });

    const window = await wm.createWindow();
    await wm.setState(window, ['_NET_WM_STATE_FULLSCREEN']);
    await wm.setActive(window);
    await wm.destroy(window);
    expect(await detector.read()).toMatchObject({ active: false, window, reason: expect.stringMatching(/is gone/) });
  });

  it("does not count this app's own fullscreen window (by _NET_WM_PID)", async () => {
    const window = await wm.createWindow();
    await wm.setState(window, ['_NET_WM_STATE_FULLSCREEN']);
    await wm.setPid(window, 424242);
    await wm.setActive(window);

    expect(await detector.isFullscreen()).toBe(true);
    const ours = new X11FullscreenDetector({ env, ownPids: [424242] });
    expect(await ours.read()).toMatchObject({ active: false, reason: expect.stringMatching(/this app's own/) });
  });

  it('through chooseFocusDetector on Linux X11: real X11 reading OR do-not-disturb, cached for 5 s', async () => {
    let now = 0;
    let showBanners = 'true\n';
    const focus = chooseFocusDetector({
      platform: 'linux',
      env: { ...env, XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'GNOME' },
      now: () => now,
      runCommand: async () => ({ outcome: 'ok', stdout: showBanners, stderr: '' }),
    });
    const window = await wm.createWindow();
    await wm.setState(window, ['_NET_WM_STATE_FULLSCREEN']);
    await wm.setActive(window);
    expect(await focus.report()).toMatchObject({
      active: true,
      reason: `x11-fullscreen: the active window 0x${window.toString(16)} has _NET_WM_STATE_FULLSCREEN`,
    });

    await wm.setState(window, null);
    now += 4000;
    expect(await focus.isFullscreen()).toBe(true); // still the cached answer
    now += 1000;
    expect(await focus.isFullscreen()).toBe(false);

    showBanners = 'false\n';
    now += 5000;
    expect(await focus.report()).toMatchObject({ active: true, reason: expect.stringMatching(/^gnome-dnd: /) });
  });

  it('reads false with a reason without DISPLAY, with a wrong cookie, or with no server', async () => {
    expect(await new X11FullscreenDetector({ env: {} }).read()).toEqual({
      active: false,
      reason: 'DISPLAY is not set: there is no X11 display to ask',
    });
    expect(await new X11FullscreenDetector({ env: { DISPLAY: 'nonsense' } }).read()).toMatchObject({
      active: false,
      reason: expect.stringMatching(/not a display name/),
    });

    // Xvfb runs with -auth: without the cookie the server refuses the connection.
    const noCookie = path.join(session.dir, 'no-such-Xauthority');
    const refused = await new X11FullscreenDetector({ env: { DISPLAY: session.display, XAUTHORITY: noCookie } }).read();
    expect(refused.active).toBe(false);
    expect(refused.reason).toContain(`could not read from X display ${session.display}`);
    expect(refused.reason).toContain(`no Xauthority file at ${noCookie}`);

    // A display number nobody serves: no socket, then TCP refused.
    const nobody = await new X11FullscreenDetector({ env: { DISPLAY: ':987' } }).read();
    expect(nobody).toMatchObject({
      active: false,
      reason: expect.stringMatching(/could not read from X display :987/),
    });
  });

  it('gives up within its timeout when the server accepts but never answers', async () => {
    // A TCP "X server" on 127.0.0.1:6000+N that accepts and stays silent.
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => sockets.push(socket));
    const number = await listenAsTcpDisplay(server, 150, 250);
    expect(number).toBeGreaterThan(0);
    try {
      const silent = new X11FullscreenDetector({ env: { DISPLAY: `127.0.0.1:${number}` }, timeoutMs: 200 });
      const started = performance.now();
      const reading = await silent.read();
      const elapsed = performance.now() - started;
      expect(reading).toMatchObject({ active: false, reason: expect.stringMatching(/no answer within 200 ms/) });
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(elapsed).toBeLessThan(1000);
      expect(sockets.length).toBe(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
