import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderKey } from '../../electron/os/instance-lock/runtime-folder';
import { REPO_ROOT, WebHostApp } from '../helpers/web-host-app';

/** `posture …` against a running web host, through the built CLI. */
const CLI = path.join(REPO_ROOT, 'out/main/cli.js');

function posture(dataDir: string, ...args: string[]) {
  return postureWith({}, dataDir, ...args);
}

function postureWith(env: NodeJS.ProcessEnv, dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('the posture command line', () => {
  let app: WebHostApp;
  beforeAll(async () => {
    app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z', env: { TZ: 'UTC' } });
  });
  afterAll(() => app.stop());

  it('status tells what comes next and how today went', () => {
    const { code, stdout } = posture(app.dataDir, 'status');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Next stretch in 50 min.',
      '  Posture check at 09:25',
      '  Movement break at 09:50',
      'Today: 0 of 0 breaks taken, 0 snoozed, 0 skipped.',
    ]);
  });

  it('pause 30m pauses, and the tray shows when reminders resume; resume resumes', async () => {
    expect(posture(app.dataDir, 'pause', '30m')).toMatchObject({ code: 0, stdout: 'Paused until 09:30.' });
    expect((await app.state()).tray.tooltip).toBe('Posture Breaks: Paused until 09:30');
    expect(posture(app.dataDir, 'pause', '1h').code).toBe(0);
    expect(posture(app.dataDir, 'resume')).toMatchObject({ code: 0, stdout: 'Next stretch in 50 min.' });
    expect(posture(app.dataDir, 'resume')).toMatchObject({ code: 1, stderr: 'posture: reminders are not paused' });
  });

  it('break now opens the break view; skip ends it', async () => {
    expect(posture(app.dataDir, 'break', 'now')).toMatchObject({ code: 0, stdout: 'Stretch break started.' });
    const state = await app.state();
    expect(state.schedule.status).toBe('in-break');
    expect(state.windows.at(-1)).toMatchObject({ view: 'break', open: true });
    expect(posture(app.dataDir, 'skip')).toMatchObject({ code: 0 });
    expect((await app.state()).schedule.status).toBe('running');
  });

  it('bad input gets a clear error and the usage, and changes nothing', async () => {
    const before = await app.state();
    const result = posture(app.dataDir, 'pause', 'forever-and-ever');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^posture: "forever-and-ever" is not a pause length/);
    expect(result.stderr).toContain('Usage: posture <command>');
    expect(posture(app.dataDir, 'frobnicate')).toMatchObject({ code: 2 });
    expect((await app.state()).schedule).toEqual(before.schedule);
  });

  it('--help prints the usage', () => {
    expect(posture(app.dataDir, '--help')).toMatchObject({ code: 0 });
    expect(posture(app.dataDir, '--help').stdout).toContain('break now');
  });
});

describe('the posture command line with no app running', () => {
  it('says so and exits 3 (the wrapper then tries the Electron app)', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-none-'));
    expect(posture(empty, 'status')).toMatchObject({
      code: 3,
      stderr: 'posture: Posture Breaks is not running (start it with npm start).',
    });
  });

  it('ignores the owner record of a web host that died, or whose lock is gone', () => {
    const stale = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-stale-'));
    const runtimeRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-xdg-'));
    const runtime = path.join(runtimeRoot, 'posture-breaks');
    const key = folderKey(fs.realpathSync.native(stale));
    fs.mkdirSync(path.join(runtime, `${key}.lock`), { recursive: true });
    const record = (pid: number) =>
      fs.writeFileSync(
        path.join(runtime, `${key}.json`),
        JSON.stringify({
          version: 1,
          pid,
          host: 'web',
          hostname: os.hostname(),
          startedAt: '',
          dataDir: stale,
          url: 'http://127.0.0.1:9',
          token: 'x',
        }),
      );
    const env = { XDG_RUNTIME_DIR: runtimeRoot };
    record(2 ** 22 + 7); // a pid that is gone
    expect(postureWith(env, stale, 'status').code).toBe(3);
    record(process.pid); // alive, but its lock is gone
    fs.rmdirSync(path.join(runtime, `${key}.lock`));
    expect(postureWith(env, stale, 'status').code).toBe(3);
  });
});
