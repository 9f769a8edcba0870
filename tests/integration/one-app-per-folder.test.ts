import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { StandinApp } from '../helpers/electron-standin/standin-app';
import { REPO_ROOT, WEB_HOST_ENTRY, WebHostApp } from '../helpers/web-host-app';

/**
 * One app per data folder, across processes: the built web host and the
 * built Electron main bundle (on the boot test's stand-in) take the folder
 * lock; a second start hands over to the running one and exits, a lock left
 * by `kill -9` is taken over at once, and nothing of the lock is ever in the
 * data folder (which a sync tool may carry to other computers). Each test
 * gets its own runtime folder (XDG_RUNTIME_DIR), so what it finds there is
 * its own.
 */

const made: string[] = [];
const running: { stop(): Promise<void> }[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterEach(async () => {
  for (const app of running.splice(0)) await app.stop();
});
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A runtime folder as the session manager makes it, and the environment that points there. */
function runtimeEnv(): { runtime: string; env: NodeJS.ProcessEnv } {
  const root = tempDir('posture-run-');
  fs.chmodSync(root, 0o700);
  return { runtime: path.join(root, 'posture-breaks'), env: { XDG_RUNTIME_DIR: root } };
}

async function launchWebHost(dataDir: string, env: NodeJS.ProcessEnv): Promise<WebHostApp> {
  const app = await WebHostApp.launch({ dataDir, now: '2026-03-02T09:00:00Z', env });
  running.push(app);
  return app;
}

function launchStandin(env: NodeJS.ProcessEnv, userData?: string): StandinApp {
  const app = StandinApp.launch({ env, ...(userData ? { userData } : {}) });
  running.push(app);
  return app;
}

/** A web host that is expected to end by itself: its exit code and what it printed. */
function runWebHostToEnd(dataDir: string, env: NodeJS.ProcessEnv, { open = false } = {}) {
  const args = [WEB_HOST_ENTRY, '--data-dir', dataDir, ...(open ? [] : ['--no-open']), '--clock', 'manual'];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ pid: number; code: number | null; stdout: string; stderr: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ pid: child.pid ?? -1, code, stdout, stderr });
    });
  });
}

/** Every file under `dir` with its size and mtime: what a sync tool would see change. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.lstatSync(file);
    out[path.relative(dir, file)] = `${stat.isDirectory() ? 'dir' : stat.size}@${stat.mtimeMs}`;
  }
  return out;
}

/** Anything of the lock (its directory, socket, owner record, the old web-host.json) inside `dir`. */
function lockLeftovers(dir: string): string[] {
  return Object.keys(snapshot(dir)).filter((name) =>
    /\.(lock|gate|sock|tmp)$|web-host\.json$|^[0-9a-f]{16}/.test(path.basename(name)),
  );
}

function ownerRecord(runtime: string): Record<string, unknown> {
  const [record] = fs.readdirSync(runtime).filter((name) => name.endsWith('.json'));
  if (!record) throw new Error(`no owner record in ${runtime}: ${fs.readdirSync(runtime).join(', ')}`);
  return JSON.parse(fs.readFileSync(path.join(runtime, record), 'utf8')) as Record<string, unknown>;
}

describe('two web hosts on one data folder', () => {
  it('the second prints the first one’s address, exits 0 and writes nothing; the first opens its dashboard', async () => {
    const { env } = runtimeEnv();
    const first = await launchWebHost(tempDir('posture-one-'), env);
    const before = snapshot(first.dataDir);
    const second = await runWebHostToEnd(first.dataDir, env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(`already running on ${first.url}\n`);
    expect(second.stderr).toContain(`(the web host, pid ${first.child.pid}); it opened its dashboard`);
    // No second scheduler, no events, no settings written: the folder is as the first left it,
    // but for the first one's log line about the handover.
    const { 'logs/web-host.log': _log, logs: _logs, ...after } = snapshot(first.dataDir);
    expect(after).toEqual(before);
    const log = fs
      .readFileSync(path.join(first.dataDir, 'logs', 'web-host.log'), 'utf8')
      .trim()
      .split('\n');
    expect(log).toEqual([
      expect.stringMatching(`a second start \\(web, pid ${second.pid}\\) handed over to this one$`),
    ]);
    const state = await first.state();
    expect(state.windows.at(-1)).toMatchObject({ view: 'dashboard', open: true });
    // The first goes on alone: one reminder, one notification.
    const later = await first.advance(25 * 60_000);
    expect(later.notifications.map((n) => n.kind)).toEqual(['posture']);
  });

  it('the dashboard opens in the pages already connected', async () => {
    const { env } = runtimeEnv();
    const first = await launchWebHost(tempDir('posture-one-'), env);
    const page = new WebSocket(`ws://127.0.0.1:${new URL(first.url).port}/ws`, {
      headers: { 'x-posture-token': first.token, origin: first.origin },
    });
    const views: string[][] = [];
    page.on('message', (data) => {
      const message = JSON.parse((data as Buffer).toString()) as {
        type: string;
        payload?: { windows: { view: string }[] };
      };
      if (message.type === 'push') views.push(message.payload?.windows.map((w) => w.view) ?? []);
    });
    await new Promise((resolve, reject) => page.once('open', resolve).once('error', reject));
    try {
      expect((await runWebHostToEnd(first.dataDir, env)).code).toBe(0);
      await expect.poll(() => views.at(-1)).toEqual(['dashboard']);
    } finally {
      page.close();
    }
  });
});

describe('the lock lives outside the data folder', () => {
  it('in the runtime folder, this user only, naming the machine, and gone after the run', async () => {
    const { runtime, env } = runtimeEnv();
    const dataDir = tempDir('posture-sync-');
    const app = await launchWebHost(dataDir, env);
    await app.advance(50 * 60_000); // a break: events, settings and logs get written
    expect(lockLeftovers(dataDir)).toEqual([]);
    expect(fs.statSync(runtime).mode & 0o777).toBe(0o700);
    const record = ownerRecord(runtime);
    expect(record).toMatchObject({
      host: 'web',
      pid: app.child.pid,
      hostname: os.hostname(),
      dataDir: fs.realpathSync(dataDir),
      url: app.origin,
      token: app.token,
    });
    const recordFile = fs.readdirSync(runtime).find((name) => name.endsWith('.json'))!;
    expect(fs.statSync(path.join(runtime, recordFile)).mode & 0o777).toBe(0o600);
    await app.stop();
    expect(fs.readdirSync(runtime)).toEqual([]);
    expect(lockLeftovers(dataDir)).toEqual([]);
  });
});

describe('the browser launcher (a redirect carrying the token)', () => {
  it('is written to the runtime folder, never the data folder, and removed at stop', async () => {
    const { runtime, env } = runtimeEnv();
    // A recording xdg-open: what the host asks the desktop to open.
    const bin = tempDir('posture-bin-');
    const opened = path.join(bin, 'opened.txt');
    fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\necho "$1" >> '${opened}'\n`, { mode: 0o755 });
    const withBin = { ...env, PATH: `${bin}:${process.env.PATH ?? ''}` };
    const dataDir = tempDir('posture-open-');
    const first = await launchWebHost(dataDir, withBin);
    // A second start that may open a browser, with no page connected: the first opens one.
    const second = await runWebHostToEnd(dataDir, withBin, { open: true });
    expect(second.code, second.stderr).toBe(0);
    await expect.poll(() => fs.existsSync(opened)).toBe(true);
    const launcher = fileURLToPath(fs.readFileSync(opened, 'utf8').trim());
    expect(path.dirname(launcher)).toBe(runtime);
    expect(fs.statSync(launcher).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(launcher, 'utf8')).toContain(first.token);
    expect(fs.readdirSync(dataDir, { recursive: true }).filter((name) => String(name).endsWith('.html'))).toEqual([]);
    await first.stop();
    expect(fs.existsSync(launcher)).toBe(false);
  });
});

describe('a lock left by kill -9', () => {
  it('is taken over by the next start at once, not after the lock goes stale', async () => {
    const { runtime, env } = runtimeEnv();
    const dataDir = tempDir('posture-killed-');
    const killed = await launchWebHost(dataDir, env);
    running.splice(running.indexOf(killed), 1);
    const exited = new Promise((resolve) => killed.child.once('exit', resolve));
    killed.child.kill('SIGKILL');
    await exited;
    expect(fs.readdirSync(runtime).some((name) => name.endsWith('.lock'))).toBe(true); // left behind

    const started = Date.now();
    const next = await launchWebHost(dataDir, env);
    const tookMs = Date.now() - started;
    // The stale threshold is 10 minutes (data-folder-lock.ts); a start on this busy machine takes about a second.
    expect(tookMs).toBeLessThan(4_000);
    const log = fs.readFileSync(path.join(dataDir, 'logs', 'web-host.log'), 'utf8');
    expect(log).toContain(`took the data folder over from the web host (pid ${killed.child.pid}, since `);
    expect(ownerRecord(runtime)).toMatchObject({ pid: next.child.pid });
    expect((await next.state()).schedule.status).toBe('running');
  });
});

describe('the web host and the Electron app on one data folder', () => {
  it('a web host started while Electron holds the folder hands over to it and exits', async () => {
    const { env } = runtimeEnv();
    const electron = launchStandin(env);
    await electron.waitFor('the tray menu', (records) => records.some((r) => r.api === 'Tray.setContextMenu'));
    const logsBefore = fs.readdirSync(path.join(electron.userData, 'logs'));

    const web = await runWebHostToEnd(electron.userData, env);
    expect(web.code, web.stderr).toBe(0);
    expect(web.stdout).toBe('already running in the desktop app\n');
    expect(web.stderr).toContain(`(the desktop app, pid ${electron.child.pid}); it opened its dashboard`);
    const window = await electron.waitFor('the dashboard window', (records) =>
      records.find((r) => r.api === 'new BrowserWindow'),
    );
    await electron.waitFor('the dashboard page', (records) =>
      records.some(
        (r) =>
          r.api === 'BrowserWindow.loadURL' &&
          r.self === window.self &&
          r.args?.[0] === 'app://renderer/index.html#dashboard',
      ),
    );
    expect(fs.readdirSync(path.join(electron.userData, 'logs'))).toEqual(logsBefore);
    expect(electron.problems()).toEqual([]);

    // Electron quits and lets go: now a web host starts on the folder.
    await electron.commandValue('quit');
    expect((await electron.waitForExit()).code).toBe(0);
    const after = await launchWebHost(electron.userData, env);
    expect((await after.state()).schedule.status).toBe('running');
  });

  it('Electron started while a web host holds the folder hands over to it and quits, starting nothing', async () => {
    const { env } = runtimeEnv();
    const web = await launchWebHost(tempDir('posture-web-'), env);
    // A page is open, so the dashboard shows there and no browser is started.
    const page = new WebSocket(`ws://127.0.0.1:${new URL(web.url).port}/ws`, {
      headers: { 'x-posture-token': web.token, origin: web.origin },
    });
    await new Promise((resolve, reject) => page.once('open', resolve).once('error', reject));
    try {
      const electron = launchStandin(env, web.dataDir);
      expect((await electron.waitForExit()).code).toBe(0);
      expect(electron.stderr).toContain(`(the web host, pid ${web.child.pid} at ${web.origin})`);
      expect(electron.calls('new Tray')).toEqual([]);
      expect(electron.calls('ipcMain.handle')).toEqual([]);
      expect(electron.problems()).toEqual([]);
      expect((await web.state()).windows.at(-1)).toMatchObject({ view: 'dashboard', open: true });
      expect(fs.existsSync(path.join(web.dataDir, 'logs', 'main.log'))).toBe(false);
    } finally {
      page.close();
    }
  });
});
