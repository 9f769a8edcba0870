import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * A private desktop session for integration tests: Xvfb on a display number
 * it picks itself (`-displayfd`), guarded by its own X cookie; a private D-Bus
 * session bus (own config, own socket dir, no activatable services, never the
 * user's bus); and dunst on that display and bus with a test config whose rule
 * runs a script that records every notification dunst shows.
 *
 * Readiness is waited for by events (the display number written by Xvfb, the
 * address printed by dbus-daemon, `org.freedesktop.Notifications` owned on the
 * bus) with bounded deadlines, never by sleeps. Every process runs in its own
 * process group; `stop()` kills the groups and removes the temp dir, and a
 * process `exit` hook kills what is left if a worker dies before `stop()`.
 */

/** What CI installs (`apt-get install`); each tool below comes from one of them. */
export const DESKTOP_APT_PACKAGES = ['xvfb', 'dunst', 'libnotify-bin', 'dbus-x11', 'xauth', 'xdotool'] as const;

/** What the session itself needs; tests that drive input also check for xdotool. */
const SESSION_TOOLS: Record<string, string> = {
  Xvfb: 'xvfb',
  'dbus-daemon': 'dbus-x11 (pulls dbus-daemon)',
  'dbus-send': 'dbus-x11 (pulls dbus-bin)',
  dunst: 'dunst',
  'notify-send': 'libnotify-bin',
};
const TOOLS: Record<string, string> = { ...SESSION_TOOLS, xdotool: 'xdotool' };

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/**
 * Throws (so the test fails, never skips) when a tool the session needs is
 * missing, naming the apt packages to install.
 */
export function assertDesktopToolsInstalled(tools: readonly string[] = Object.keys(SESSION_TOOLS)): void {
  const missing = tools.filter((tool) => !onPath(tool));
  if (missing.length === 0) return;
  const from = missing.map((tool) => `${tool} (${TOOLS[tool] ?? 'unknown package'})`).join(', ');
  throw new Error(
    `desktop session tools missing on PATH: ${from}. ` +
      `Install them with: sudo apt-get install -y ${DESKTOP_APT_PACKAGES.join(' ')} ` +
      '(CI installs these; this test does not skip without them).',
  );
}

// ---------------------------------------------------------------------------
// Process groups

const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort if the worker ends without running afterAll: no strays.
  process.on('exit', () => {
    for (const child of live) child.killGroup('SIGKILL');
  });
}

/** A child started in its own process group, with the tail of its stderr kept. */
export class ManagedProcess {
  private stderrTail = '';
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private readonly exited: Promise<void>;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    installExitHook();
    live.add(this);
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-4000);
    });
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        live.delete(this);
        resolve();
      });
      child.once('error', (error) => {
        this.stderrTail += `\n[spawn error] ${error.message}`;
        this.exitInfo ??= { code: null, signal: null };
        live.delete(this);
        resolve();
      });
    });
  }

  static spawn(
    name: string,
    command: string,
    args: string[],
    options: { env: NodeJS.ProcessEnv; readStdout?: boolean; extraFds?: number },
  ) {
    const stdio: ('ignore' | 'pipe')[] = ['ignore', options.readStdout ? 'pipe' : 'ignore', 'pipe'];
    for (let i = 0; i < (options.extraFds ?? 0); i++) stdio.push('pipe');
    const child = spawn(command, args, { env: options.env, stdio, detached: true });
    return new ManagedProcess(name, child);
  }

  get running(): boolean {
    return this.exitInfo === null;
  }

  describe(): string {
    const state = this.exitInfo
      ? `exited (code ${this.exitInfo.code ?? '-'}, signal ${this.exitInfo.signal ?? '-'})`
      : `running (pid ${this.child.pid ?? '?'})`;
    const tail = this.stderrTail.trim();
    return `${this.name}: ${state}${tail ? `\n  stderr: ${tail.replace(/\n/g, '\n          ')}` : ''}`;
  }

  killGroup(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined || !this.running) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }

  /** SIGTERM to the group, SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 2000): Promise<void> {
    if (!this.running) return;
    this.killGroup('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
    const done = await Promise.race([this.exited.then(() => true), grace]);
    clearTimeout(timer);
    if (!done) {
      this.killGroup('SIGKILL');
      await this.exited;
    }
  }

  /** Resolves with the first line written to `stream`, rejects if the process exits first or on the deadline. */
  firstLine(stream: Readable | null | undefined, what: string, deadlineMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      if (!stream) return reject(new Error(`${this.name}: no stream to read ${what} from`));
      let buffered = '';
      const finish = (error: Error | null, line?: string) => {
        clearTimeout(timer);
        stream.off('data', onData);
        this.child.off('exit', onExit);
        if (error) reject(error);
        else resolve(line ?? '');
      };
      const onData = (chunk: Buffer) => {
        buffered += chunk.toString();
        const newline = buffered.indexOf('\n');
        if (newline >= 0) finish(null, buffered.slice(0, newline).trim());
      };
      // 'exit' can come before the last stderr chunk; give the streams a moment via setImmediate.
      const onExit = () =>
        setImmediate(() => finish(new Error(`${this.name} exited before printing ${what}\n${this.describe()}`)));
      const timer = setTimeout(
        () => finish(new Error(`${this.name} did not print ${what} within ${deadlineMs} ms\n${this.describe()}`)),
        deadlineMs,
      );
      stream.on('data', onData);
      this.child.once('exit', onExit);
    });
  }
}

// ---------------------------------------------------------------------------
// Small utilities

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 2000,
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: timeoutMs }, (error, stdout, stderr) =>
      resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

/** Polls `probe` (every `intervalMs`) until it returns a value other than undefined, or throws on the deadline. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; diagnostics?: () => string } = {},
): Promise<T> {
  const { timeoutMs = 5000, intervalMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) {
      const extra = options.diagnostics?.();
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${extra ? `\n${extra}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Sets (or, for undefined, deletes) variables in process.env; returns a function that restores them. */
export function overrideEnv(vars: Record<string, string | undefined>): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(vars)) {
    saved.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A minimal environment for the session's daemons, so nothing of the user's session leaks in. */
function baseEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_RUNTIME_DIR: home,
    LANG: 'C.UTF-8',
  };
}

// ---------------------------------------------------------------------------
// D-Bus

export interface SessionBus {
  /** The value for DBUS_SESSION_BUS_ADDRESS. */
  address: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/**
 * A private session bus in `dir`: its own config with no service directories,
 * so nothing is activated on demand (a bus without dunst has no notification
 * service at all).
 */
export async function startSessionBus(dir: string, timeoutMs = 10_000): Promise<SessionBus> {
  fs.mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'bus.conf');
  fs.writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${xmlEscape(dir)}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`,
  );
  const bus = ManagedProcess.spawn(
    'dbus-daemon',
    'dbus-daemon',
    [`--config-file=${config}`, '--nofork', '--nopidfile', '--nosyslog', '--print-address=1'],
    { env: baseEnv(dir), readStdout: true },
  );
  try {
    const address = await bus.firstLine(bus.child.stdout, 'its address', timeoutMs);
    if (!address.startsWith('unix:')) throw new Error(`dbus-daemon printed an unexpected address: ${address}`);
    return { address, process: bus, stop: () => bus.stop() };
  } catch (error) {
    await bus.stop();
    throw error;
  }
}

/** Whether `name` has an owner on the bus at `address`; undefined when the bus does not answer. */
export async function nameHasOwner(address: string, name: string): Promise<boolean | undefined> {
  const reply = await run(
    'dbus-send',
    [
      '--print-reply=literal',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${name}`,
    ],
    { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: address },
  );
  if (!reply.ok) return undefined;
  return /\btrue\b/.test(reply.stdout);
}

// ---------------------------------------------------------------------------
// X

/**
 * An Xauthority file with one MIT-MAGIC-COOKIE-1 entry for any host and any
 * display number (FamilyWild, empty number): the display number is known only
 * once Xvfb has picked it.
 */
function writeWildcardXauthority(file: string): void {
  const field = (data: Buffer) => {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(data.length);
    return Buffer.concat([length, data]);
  };
  const family = Buffer.alloc(2);
  family.writeUInt16BE(0xffff);
  const entry = Buffer.concat([
    family,
    field(Buffer.alloc(0)), // address
    field(Buffer.alloc(0)), // display number
    field(Buffer.from('MIT-MAGIC-COOKIE-1')),
    field(randomBytes(16)),
  ]);
  fs.writeFileSync(file, entry, { mode: 0o600 });
}

export interface XServer {
  /** e.g. ":3" */
  display: string;
  xauthority: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/**
 * Xvfb on a display number it picks itself, guarded by a cookie written to
 * `dir`/Xauthority; `extraArgs` go to Xvfb (e.g. `-extension NAME` to leave
 * one out). Resolves once the server accepts connections.
 */
export async function startXvfb(
  dir: string,
  options: { extraArgs?: readonly string[]; timeoutMs?: number } = {},
): Promise<XServer> {
  fs.mkdirSync(dir, { recursive: true });
  // Xvfb writes the display number it chose to fd 3 once it accepts connections.
  const xauthority = path.join(dir, 'Xauthority');
  writeWildcardXauthority(xauthority);
  const xvfb = ManagedProcess.spawn(
    'Xvfb',
    'Xvfb',
    [
      '-displayfd',
      '3',
      '-auth',
      xauthority,
      '-nolisten',
      'tcp',
      '-noreset',
      '-screen',
      '0',
      '1280x800x24',
      ...(options.extraArgs ?? []),
    ],
    { env: baseEnv(dir), extraFds: 1 },
  );
  try {
    const number = await xvfb.firstLine(
      xvfb.child.stdio[3] as Readable,
      'its display number',
      options.timeoutMs ?? 10_000,
    );
    if (!/^\d+$/.test(number)) throw new Error(`Xvfb wrote an unexpected display number: ${JSON.stringify(number)}`);
    return { display: `:${number}`, xauthority, process: xvfb, stop: () => xvfb.stop() };
  } catch (error) {
    await xvfb.stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------
// The session

/** One notification as dunst showed it, from the environment dunst gives rule scripts. */
export interface DunstRecord {
  id: string;
  appName: string;
  summary: string;
  body: string;
  /** LOW, NORMAL or CRITICAL. */
  urgency: string;
  category: string;
  /** Milliseconds, as dunst applies it. */
  timeout: string;
  /** Every DUNST_* variable dunst passed. */
  raw: Record<string, string>;
}

export interface DesktopSession {
  dir: string;
  /** e.g. ":3" */
  display: string;
  xauthority: string;
  busAddress: string;
  /** DISPLAY, XAUTHORITY and DBUS_SESSION_BUS_ADDRESS for clients of this session. */
  env: { DISPLAY: string; XAUTHORITY: string; DBUS_SESSION_BUS_ADDRESS: string };
  /** Notifications dunst has shown so far, in id order. */
  notifications(): DunstRecord[];
  /** Waits until dunst has shown at least `count` notifications. */
  waitForNotifications(count: number, timeoutMs?: number): Promise<DunstRecord[]>;
  /** State and stderr of the session's processes, for failure messages. */
  diagnostics(): string;
  stop(): Promise<void>;
}

export async function startDesktopSession(options: { timeoutMs?: number } = {}): Promise<DesktopSession> {
  // One deadline for the whole start-up, so it stays inside a hook timeout.
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const left = () => Math.max(1, deadline - Date.now());
  assertDesktopToolsInstalled();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-desktop-'));
  const recordsDir = path.join(dir, 'notifications');
  fs.mkdirSync(recordsDir);
  const started: ManagedProcess[] = [];
  const stopAll = async () => {
    // dunst first, then the bus, then the X server.
    for (const child of [...started].reverse()) await child.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const diagnostics = () => started.map((child) => child.describe()).join('\n');

  try {
    const { display, xauthority, process: xvfb } = await startXvfb(dir, { timeoutMs: left() });
    started.push(xvfb);

    const bus = await startSessionBus(path.join(dir, 'bus'), left());
    started.push(bus.process);

    // dunst, with a rule that runs for every notification it shows and keeps
    // what it was given (env -0: NUL-separated, safe for any text).
    const script = path.join(dir, 'record-notification.sh');
    fs.writeFileSync(
      script,
      `#!/bin/sh
# Run by dunst (rule "record") for every notification it shows.
dir='${recordsDir}'
tmp="$dir/.partial.$$"
env -0 > "$tmp" && mv "$tmp" "$dir/notification-$DUNST_ID.env"
`,
      { mode: 0o755 },
    );
    const dunstrc = path.join(dir, 'dunstrc');
    fs.writeFileSync(
      dunstrc,
      `[global]
    monitor = 0
    follow = none
    idle_threshold = 0
    history_length = 20
    sticky_history = yes
    icon_position = off
    show_indicators = no

[record]
    appname = "*"
    script = ${script}
`,
    );
    const env = { DISPLAY: display, XAUTHORITY: xauthority, DBUS_SESSION_BUS_ADDRESS: bus.address };
    const dunst = ManagedProcess.spawn('dunst', 'dunst', ['-config', dunstrc], { env: { ...baseEnv(dir), ...env } });
    started.push(dunst);
    await waitFor(
      'dunst to own org.freedesktop.Notifications on the private bus',
      async () => {
        if (!dunst.running) throw new Error(`dunst exited during start-up\n${diagnostics()}`);
        return (await nameHasOwner(bus.address, 'org.freedesktop.Notifications')) ? true : undefined;
      },
      { timeoutMs: left(), diagnostics },
    );
    // The owner must be our dunst, not something else.
    const info = await run(
      'dbus-send',
      [
        '--print-reply=literal',
        '--dest=org.freedesktop.Notifications',
        '/org/freedesktop/Notifications',
        'org.freedesktop.Notifications.GetServerInformation',
      ],
      { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: bus.address },
    );
    if (!/dunst/i.test(info.stdout)) {
      throw new Error(`the notification server on the private bus is not dunst: ${info.stdout}${info.stderr}`);
    }

    const notifications = (): DunstRecord[] =>
      fs
        .readdirSync(recordsDir)
        .filter((name) => name.startsWith('notification-'))
        .map((name) => parseRecord(fs.readFileSync(path.join(recordsDir, name), 'utf8')))
        .sort((a, b) => Number(a.id) - Number(b.id));

    return {
      dir,
      display,
      xauthority,
      busAddress: bus.address,
      env,
      notifications,
      waitForNotifications: (count, waitMs = 5000) =>
        waitFor(
          `dunst to show ${count} notification(s)`,
          () => {
            const seen = notifications();
            if (seen.length >= count) return seen;
            if (!dunst.running) throw new Error(`dunst exited\n${diagnostics()}`);
            return undefined;
          },
          { timeoutMs: waitMs, diagnostics },
        ),
      diagnostics,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function parseRecord(text: string): DunstRecord {
  const raw: Record<string, string> = {};
  for (const entry of text.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0 && entry.startsWith('DUNST_')) raw[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return {
    id: raw.DUNST_ID ?? '',
    appName: raw.DUNST_APP_NAME ?? '',
    summary: raw.DUNST_SUMMARY ?? '',
    body: raw.DUNST_BODY ?? '',
    urgency: raw.DUNST_URGENCY ?? '',
    category: raw.DUNST_CATEGORY ?? '',
    timeout: raw.DUNST_TIMEOUT ?? '',
    raw,
  };
}
