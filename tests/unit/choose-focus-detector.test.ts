import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AnyFocusSignal,
  CachedFocusDetector,
  chooseFocusDetector,
  gnomeSettingsApply,
  linuxSession,
  type ChooseFocusDetectorOptions,
  type FocusDetector,
  type FocusEnv,
  type FocusReading,
  type FocusSignal,
} from '../../electron/os/focus/choose-focus-detector';
import {
  GnomeDndDetector,
  SHOW_BANNERS_ARGS,
  interpretShowBanners,
  parseGsettingsBoolean,
  runCommand,
  type CommandResult,
  type CommandRunner,
} from '../../electron/os/focus/gnome-dnd';

/** A focus source that answers what it is told and counts how often it was asked. */
class FakeSignal implements FocusSignal {
  reads = 0;
  constructor(
    readonly name: string,
    public answer: FocusReading | (() => Promise<FocusReading>) = { active: false, reason: `${name} is quiet` },
  ) {}
  read(): Promise<FocusReading> {
    this.reads++;
    return typeof this.answer === 'function' ? this.answer() : Promise.resolve(this.answer);
  }
}

/** chooseFocusDetector with fake sources, recording which ones it built. */
function choose(options: ChooseFocusDetectorOptions & { env: FocusEnv }) {
  const x11 = new FakeSignal('x11-fullscreen');
  const dnd = new FakeSignal('gnome-dnd');
  const built: string[] = [];
  const detector = chooseFocusDetector({
    cacheMs: 0,
    ...options,
    makeX11Fullscreen: ({ env }) => {
      expect(env).toBe(options.env);
      built.push('x11-fullscreen');
      return x11;
    },
    makeGnomeDnd: () => {
      built.push('gnome-dnd');
      return dnd;
    },
  });
  return { detector, x11, dnd, built };
}

const GNOME_X11: FocusEnv = { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' };
const GNOME_WAYLAND: FocusEnv = {
  DISPLAY: ':0', // XWayland
  WAYLAND_DISPLAY: 'wayland-0',
  XDG_SESSION_TYPE: 'wayland',
  XDG_CURRENT_DESKTOP: 'GNOME',
};

/** The report of the X11 fullscreen and GNOME do-not-disturb pair when neither holds reminders back. */
const neitherActive = (x11Reason: string, dndReason: string) => ({
  active: false,
  reason: `x11-fullscreen: ${x11Reason}; gnome-dnd: ${dndReason}`,
  signals: [
    { name: 'x11-fullscreen', active: false, reason: x11Reason },
    { name: 'gnome-dnd', active: false, reason: dndReason },
  ],
});

describe('chooseFocusDetector', () => {
  it('on Linux X11 under GNOME: fullscreen OR do-not-disturb', async () => {
    const { detector, x11, dnd, built } = choose({ platform: 'linux', env: GNOME_X11 });
    expect(built).toEqual(['x11-fullscreen', 'gnome-dnd']);
    expect(detector.description).toMatch(/^Linux X11: defers while the active window is fullscreen/);
    expect(detector.description).toMatch(/GNOME do-not-disturb/);

    expect(await detector.isFullscreen()).toBe(false);
    expect(await detector.report()).toEqual(neitherActive('x11-fullscreen is quiet', 'gnome-dnd is quiet'));

    x11.answer = { active: true, reason: 'window 0x1 is fullscreen' };
    expect(await detector.isFullscreen()).toBe(true);
    expect((await detector.report()).reason).toBe('x11-fullscreen: window 0x1 is fullscreen');

    x11.answer = { active: false, reason: 'not fullscreen' };
    dnd.answer = { active: true, reason: 'do-not-disturb is on' };
    expect(await detector.report()).toMatchObject({ active: true, reason: 'gnome-dnd: do-not-disturb is on' });

    x11.answer = { active: true, reason: 'fullscreen' };
    expect(await detector.report()).toMatchObject({
      active: true,
      reason: 'x11-fullscreen: fullscreen; gnome-dnd: do-not-disturb is on',
    });
  });

  it('on Wayland: GNOME do-not-disturb only, and says fullscreen is not readable', async () => {
    const { detector, dnd, built } = choose({ platform: 'linux', env: GNOME_WAYLAND });
    expect(built).toEqual(['gnome-dnd']);
    expect(detector.description).toMatch(/^Linux Wayland: fullscreen apps and presentations are not detected/);
    expect(detector.description).toMatch(/compositor-specific extensions/);

    expect(await detector.isFullscreen()).toBe(false);
    dnd.answer = { active: true, reason: 'on' };
    expect(await detector.report()).toEqual({
      active: true,
      reason: 'gnome-dnd: on',
      signals: [{ name: 'gnome-dnd', active: true, reason: 'on' }],
    });
  });

  it('tells the session kind from XDG_SESSION_TYPE first, then WAYLAND_DISPLAY, then DISPLAY', () => {
    expect(linuxSession(GNOME_X11)).toBe('x11');
    expect(linuxSession(GNOME_WAYLAND)).toBe('wayland');
    expect(linuxSession({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' })).toBe('wayland');
    expect(linuxSession({ DISPLAY: ':1' })).toBe('x11');
    expect(linuxSession({ XDG_SESSION_TYPE: 'tty', DISPLAY: ':1' })).toBe('x11');
    expect(linuxSession({ XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'nested' })).toBe('x11');
    expect(linuxSession({})).toBe('none');
  });

  it("reads GNOME's setting on GNOME and its derivatives or an unknown desktop, not on another named one", async () => {
    for (const desktop of [undefined, 'GNOME', 'ubuntu:GNOME', 'GNOME-Classic:GNOME', 'pop:GNOME']) {
      expect(gnomeSettingsApply({ XDG_CURRENT_DESKTOP: desktop }), String(desktop)).toBe(true);
    }
    for (const desktop of ['KDE', 'XFCE', 'X-Cinnamon', 'sway']) {
      expect(gnomeSettingsApply({ XDG_CURRENT_DESKTOP: desktop }), desktop).toBe(false);
    }

    const kde = choose({ platform: 'linux', env: { DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'KDE' } });
    expect(kde.built).toEqual(['x11-fullscreen']);
    expect(kde.detector.description).toMatch(/the do-not-disturb of KDE is not read/);

    const kdeWayland = choose({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'KDE' } });
    expect(kdeWayland.built).toEqual([]);
    expect(await kdeWayland.detector.report()).toEqual({
      active: false,
      reason: kdeWayland.detector.description,
      signals: [],
    });
  });

  it('without a graphical session: nothing to read, and no gsettings spawned every minute', async () => {
    const { built, detector } = choose({ platform: 'linux', env: {} });
    expect(built).toEqual([]);
    expect(await detector.isFullscreen()).toBe(false);
    expect(detector.description).toMatch(/neither WAYLAND_DISPLAY nor DISPLAY is set/);
    expect(detector.description).toMatch(/no do-not-disturb to read without a desktop session/);
  });

  it('on macOS and Windows: always false, naming the native APIs it would need', async () => {
    const mac = choose({ platform: 'darwin', env: GNOME_X11 });
    const win = choose({ platform: 'win32', env: GNOME_X11 });
    expect(mac.built).toEqual([]);
    expect(win.built).toEqual([]);
    expect(await mac.detector.isFullscreen()).toBe(false);
    expect(await win.detector.isFullscreen()).toBe(false);
    expect(mac.detector.description).toMatch(/^macOS: .*not detected/);
    expect(mac.detector.description).toMatch(/INFocusStatusCenter/);
    expect(mac.detector.description).toMatch(/CGWindowListCopyWindowInfo/);
    expect(win.detector.description).toMatch(/^Windows: .*not detected/);
    expect(win.detector.description).toMatch(/SHQueryUserNotificationState/);
    expect((await win.detector.report()).reason).toBe(win.detector.description);
  });

  it('bounds every source by the timeout and never rejects', async () => {
    const { detector, x11, dnd } = choose({ platform: 'linux', env: GNOME_X11, timeoutMs: 30 });
    x11.answer = () => new Promise(() => {}); // hangs forever
    dnd.answer = { active: true, reason: 'on' };
    const started = performance.now();
    const report = await detector.report();
    expect(performance.now() - started).toBeLessThan(1000);
    // 30 ms for the source plus the guard margin.
    expect(report.signals[0]).toEqual({ name: 'x11-fullscreen', active: false, reason: 'no answer within 280 ms' });
    expect(report.active).toBe(true);

    x11.answer = () => Promise.reject(new Error('boom'));
    dnd.answer = () => {
      throw new Error('synchronous boom');
    };
    expect(await detector.report()).toEqual(neitherActive('failed: boom', 'failed: synchronous boom'));
    expect(await detector.isFullscreen()).toBe(false);
  });

  it('caches by default for 5 s on the injected clock', async () => {
    let now = 1000;
    const { detector, x11, dnd } = choose({ platform: 'linux', env: GNOME_X11, cacheMs: undefined, now: () => now });
    expect(await detector.isFullscreen()).toBe(false);
    x11.answer = { active: true, reason: 'fullscreen' };
    now += 4999;
    expect(await detector.isFullscreen()).toBe(false);
    expect([x11.reads, dnd.reads]).toEqual([1, 1]);
    now += 1;
    expect(await detector.isFullscreen()).toBe(true);
    expect([x11.reads, dnd.reads]).toEqual([2, 2]);
  });
});

describe('AnyFocusSignal', () => {
  it('with no sources reads false with its description as the reason', async () => {
    const none = new AnyFocusSignal('nothing to watch', []);
    expect(await none.report()).toEqual({ active: false, reason: 'nothing to watch', signals: [] });
  });

  it('coerces a malformed answer to a boolean and a string', async () => {
    const odd = new FakeSignal('odd', { active: 'yes', reason: 42 } as unknown as FocusReading);
    expect((await new AnyFocusSignal('d', [odd]).report()).signals).toEqual([
      { name: 'odd', active: false, reason: '42' },
    ]);
  });
});

describe('CachedFocusDetector', () => {
  function counting(answer: () => Promise<boolean>) {
    const inner = {
      description: 'counting',
      calls: 0,
      async report() {
        inner.calls++;
        const active = await answer();
        return { active, reason: active ? 'on' : 'off', signals: [] };
      },
      async isFullscreen() {
        return (await inner.report()).active;
      },
    };
    return inner;
  }

  it('reuses an answer for cacheMs, then asks again', async () => {
    let now = 0;
    let active = false;
    const inner = counting(async () => active);
    const cached = new CachedFocusDetector(inner, 5000, () => now);
    expect(cached.description).toBe('counting');

    expect(await cached.isFullscreen()).toBe(false);
    active = true;
    now = 2500;
    expect(await cached.isFullscreen()).toBe(false);
    now = 4999;
    expect(await cached.report()).toEqual({ active: false, reason: 'off', signals: [] });
    expect(inner.calls).toBe(1);

    now = 5000;
    expect(await cached.isFullscreen()).toBe(true);
    expect(inner.calls).toBe(2);
    // Stamped when that answer arrived: good until 10 000.
    now = 9999;
    expect(await cached.isFullscreen()).toBe(true);
    expect(inner.calls).toBe(2);
  });

  it('treats a clock that went backwards as stale', async () => {
    let now = 10_000;
    const inner = counting(async () => false);
    const cached = new CachedFocusDetector(inner, 5000, () => now);
    await cached.isFullscreen();
    now = 9000;
    await cached.isFullscreen();
    expect(inner.calls).toBe(2);
  });

  it('shares one reading among callers that ask while it runs', async () => {
    let release: (value: boolean) => void = () => {};
    const inner = counting(() => new Promise<boolean>((resolve) => (release = resolve)));
    const cached = new CachedFocusDetector(inner, 5000, () => 0);
    const answers = Promise.all([cached.isFullscreen(), cached.isFullscreen(), cached.report()]);
    await Promise.resolve();
    release(true);
    const [a, b, report] = await answers;
    expect([a, b, report.active]).toEqual([true, true, true]);
    expect(inner.calls).toBe(1);
  });

  it('with cacheMs 0 asks every time', async () => {
    const inner = counting(async () => false);
    const cached = new CachedFocusDetector(inner, 0, () => 0);
    await cached.isFullscreen();
    await cached.isFullscreen();
    expect(inner.calls).toBe(2);
  });

  it('turns a failing detector into false, and caches that too', async () => {
    let calls = 0;
    const failing: FocusDetector = {
      description: 'failing',
      isFullscreen: () => Promise.reject(new Error('no')),
      report: () => {
        calls++;
        return Promise.reject(new Error('broken'));
      },
    };
    const cached = new CachedFocusDetector(failing, 5000, () => 0);
    expect(await cached.report()).toEqual({ active: false, reason: 'detector failed: Error: broken', signals: [] });
    expect(await cached.isFullscreen()).toBe(false);
    expect(calls).toBe(1);
  });
});

describe('GNOME do-not-disturb', () => {
  const ok = (stdout: string): CommandResult => ({ outcome: 'ok', stdout, stderr: '' });

  it('parses what gsettings prints for a boolean', () => {
    expect(parseGsettingsBoolean('true\n')).toBe(true);
    expect(parseGsettingsBoolean('  false  \n')).toBe(false);
    expect(parseGsettingsBoolean('')).toBeUndefined();
    expect(parseGsettingsBoolean("'false'")).toBeUndefined();
    expect(parseGsettingsBoolean('true\nfalse')).toBeUndefined();
  });

  it('is on exactly when show-banners is false', () => {
    expect(interpretShowBanners(ok('false\n'))).toEqual({
      active: true,
      known: true,
      reason: 'GNOME do-not-disturb is on (show-banners is false)',
    });
    expect(interpretShowBanners(ok('true\n'))).toEqual({
      active: false,
      known: true,
      reason: 'GNOME do-not-disturb is off (show-banners is true)',
    });
  });

  it('reads unknown (false) with a reason for every way gsettings can fail', () => {
    const cases: [CommandResult, RegExp][] = [
      [{ outcome: 'not-found', stdout: '', stderr: '', message: 'spawn gsettings ENOENT' }, /not installed/],
      [
        {
          outcome: 'failed',
          stdout: '',
          stderr: 'No such schema “org.gnome.desktop.notifications”\n',
          message: 'Command failed',
        },
        /notification settings are not installed .*No such schema/,
      ],
      [{ outcome: 'failed', stdout: '', stderr: 'No such key “show-banners”\n' }, /not installed/],
      [{ outcome: 'failed', stdout: '', stderr: 'something else\nmore\n' }, /^gsettings failed: something else$/],
      [{ outcome: 'error', stdout: '', stderr: '', message: 'EACCES' }, /^gsettings failed: EACCES$/],
      [{ outcome: 'timeout', stdout: '', stderr: '', message: 'killed after 1000 ms' }, /did not answer: killed/],
      [ok("@b 'maybe'\n"), /unexpected answer from gsettings: "@b 'maybe'"/],
      [ok(''), /unexpected answer/],
    ];
    for (const [result, reason] of cases) {
      const reading = interpretShowBanners(result);
      expect(reading, JSON.stringify(result)).toMatchObject({ active: false, known: false });
      expect(reading.reason).toMatch(reason);
    }
  });

  it('asks gsettings for show-banners through the injected runner, with the timeout', async () => {
    const calls: { command: string; args: readonly string[]; timeoutMs: number }[] = [];
    let answer: CommandResult = ok('false\n');
    const runner: CommandRunner = async (command, args, { timeoutMs }) => {
      calls.push({ command, args, timeoutMs });
      return answer;
    };
    const detector = new GnomeDndDetector({ runCommand: runner, timeoutMs: 700 });
    expect(await detector.isFullscreen()).toBe(true);
    expect(calls).toEqual([
      { command: 'gsettings', args: ['get', 'org.gnome.desktop.notifications', 'show-banners'], timeoutMs: 700 },
    ]);
    expect(SHOW_BANNERS_ARGS).toEqual(calls[0]?.args);

    answer = ok('true\n');
    expect(await detector.isFullscreen()).toBe(false);

    const throwing = new GnomeDndDetector({
      runCommand: () => Promise.reject(new Error('runner broke')),
    });
    expect(await throwing.read()).toEqual({
      active: false,
      known: false,
      reason: 'gsettings could not be run: Error: runner broke',
    });
  });

  describe('the real command runner', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-gsettings-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const script = (name: string, body: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
      return file;
    };

    it('runs a gsettings stand-in end to end', async () => {
      const gsettings = script(
        'gsettings',
        'test "$*" = "get org.gnome.desktop.notifications show-banners" && echo false',
      );
      expect(await new GnomeDndDetector({ gsettings }).read()).toEqual({
        active: true,
        known: true,
        reason: 'GNOME do-not-disturb is on (show-banners is false)',
      });
    });

    it('reports exit codes, missing programs and timeouts without rejecting', async () => {
      expect(
        await runCommand(script('fails', 'echo "No such schema" >&2; exit 1'), [], { timeoutMs: 1000 }),
      ).toMatchObject({ outcome: 'failed', stderr: 'No such schema\n' });
      expect(await runCommand(path.join(dir, 'missing'), [], { timeoutMs: 1000 })).toMatchObject({
        outcome: 'not-found',
      });

      const started = performance.now();
      const slow = await runCommand(script('slow', 'exec sleep 5'), [], { timeoutMs: 150 });
      expect(slow).toMatchObject({ outcome: 'timeout', message: 'killed after 150 ms' });
      expect(performance.now() - started).toBeLessThan(1000);

      const missing = await new GnomeDndDetector({ gsettings: path.join(dir, 'missing') }).read();
      expect(missing).toMatchObject({ active: false, known: false, reason: expect.stringMatching(/not installed/) });
    });
  });
});
