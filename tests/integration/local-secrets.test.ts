import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSafeReplyFile, newReplyFile, writeReply } from '../../electron/electron-host/cli-forwarding';
import { folderKey } from '../../electron/os/instance-lock/runtime-folder';
import { WebHostApp } from '../helpers/web-host-app';
import { tempDirsUntilAfterAll } from '../helpers/temp-dir';

/**
 * The two files that carry secrets or commands between local processes:
 * the web host's owner record in the data-folder lock (its URL and token, for
 * the `posture` command line) and the Electron host's reply files (a command's answer to a second
 * instance). Only this user may read them, and neither may be redirected.
 */

const posix = process.platform !== 'win32';
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

const tempDir = tempDirsUntilAfterAll();

describe("the web host's owner record (its URL and token, for the posture command line)", () => {
  let app: WebHostApp | null = null;
  afterEach(async () => {
    await app?.stop();
    app = null;
  });

  /** A runtime folder of the test's own, and where the record for `dataDir` goes in it. */
  function runtimeFor(dataDir: string) {
    const root = tempDir('posture-xdg-');
    fs.chmodSync(root, 0o700);
    const folder = path.join(root, 'posture-breaks');
    const record = path.join(folder, `${folderKey(fs.realpathSync.native(dataDir))}.json`);
    return { env: { XDG_RUNTIME_DIR: root }, folder, record };
  }

  it.skipIf(!posix)(
    'is readable by this user only (0600), outside the data folder, and goes away at stop',
    async () => {
      const dataDir = tempDir('posture-runtime-');
      const { env, folder, record } = runtimeFor(dataDir);
      app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z', dataDir, env });
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(record)).toBe(0o600);
      expect(JSON.parse(fs.readFileSync(record, 'utf8'))).toMatchObject({ token: app.token, pid: app.child.pid });
      // The data folder may be synced to other computers: the token never goes there.
      expect(fs.readdirSync(dataDir, { recursive: true }).join('\n')).not.toContain('web-host.json');
      await app.stop();
      app = null;
      expect(fs.existsSync(record)).toBe(false);
    },
  );

  it.skipIf(!posix)('replaces a world-readable file left behind instead of writing the token into it', async () => {
    const dataDir = tempDir('posture-runtime-');
    const { env, folder, record } = runtimeFor(dataDir);
    fs.mkdirSync(folder, { mode: 0o700 });
    fs.writeFileSync(record, '{"url":"http://127.0.0.1:9","token":"old","pid":1}\n', { mode: 0o644 });
    fs.chmodSync(record, 0o644);
    app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z', dataDir, env });
    expect(modeOf(record)).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(record, 'utf8'))).toMatchObject({ token: app.token });
  });

  it.skipIf(!posix)('does not follow a symlink planted in its place', async () => {
    const dataDir = tempDir('posture-runtime-');
    const { env, folder, record } = runtimeFor(dataDir);
    fs.mkdirSync(folder, { mode: 0o700 });
    const elsewhere = path.join(tempDir('posture-elsewhere-'), 'elsewhere.txt');
    fs.writeFileSync(elsewhere, 'untouched', { mode: 0o644 });
    fs.symlinkSync(elsewhere, record);
    app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z', dataDir, env });
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('untouched');
    expect(fs.lstatSync(record).isSymbolicLink()).toBe(false);
    expect(modeOf(record)).toBe(0o600);
  });
});

describe("the Electron host's command reply files", () => {
  const reply = { exitCode: 0, output: 'Next stretch in 50 min.' };

  it('accepts only posture-reply-<uuid>.json directly in the temp folder', () => {
    expect(isSafeReplyFile(newReplyFile())).toBe(true);
    const name = `posture-reply-${randomUUID()}.json`;
    for (const file of [
      path.join(os.homedir(), name),
      path.join(os.tmpdir(), 'sub', name),
      path.join(os.tmpdir(), '..', name),
      path.join(os.tmpdir(), `${name}.sh`),
      path.join(os.tmpdir(), 'posture-reply-../../etc/passwd.json'),
      path.join(os.tmpdir(), 'posture-reply-x.json'),
      path.join(os.tmpdir(), '.bashrc'),
      name, // relative: resolved against the cwd, not the temp folder
      '',
    ]) {
      expect(isSafeReplyFile(file), file).toBe(false);
    }
  });

  it.skipIf(!posix)('writes a new 0600 file, and never over an existing file or symlink', () => {
    const file = newReplyFile();
    try {
      expect(writeReply(file, reply)).toBe(true);
      expect(modeOf(file)).toBe(0o600);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(reply);
      // A second write to the same name is refused (O_EXCL), not appended or truncated.
      expect(() => writeReply(file, reply)).toThrow(/EEXIST/);
    } finally {
      fs.rmSync(file, { force: true });
    }
    const target = path.join(tempDir('posture-target-'), 'target');
    fs.writeFileSync(target, 'untouched');
    const planted = newReplyFile();
    fs.symlinkSync(target, planted);
    try {
      expect(() => writeReply(planted, reply)).toThrow(/EEXIST/);
      expect(fs.readFileSync(target, 'utf8')).toBe('untouched');
    } finally {
      fs.rmSync(planted, { force: true });
    }
  });
});

describe('health data stays private', () => {
  const mode = (file: string) => fs.statSync(file).mode & 0o777;

  it('a new data folder is 0700 and its settings, log and event files 0600', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'posture-private-')), 'data');
    const app = await WebHostApp.launch({ dataDir, now: '2026-03-02T09:00:00Z', firstRun: true });
    try {
      await app.advance(50 * 60_000); // something for the event log
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(path.join(dataDir, 'settings.json'))).toBe(0o600);
      // A request without the token is refused and logged before the answer, so
      // the log exists now (a failed notification would log too, but only when
      // notify-send exits, and not at all where notifications work).
      const refused = await fetch(new URL('/api/state', app.url));
      expect(refused.status).toBe(401);
      const log = path.join(dataDir, 'logs', 'web-host.log');
      expect(fs.readFileSync(log, 'utf8')).toContain('refused GET /api/state');
      expect(mode(log)).toBe(0o600);
      const device = fs.readdirSync(path.join(dataDir, 'events'))[0] ?? '';
      expect(mode(path.join(dataDir, 'events', device))).toBe(0o700);
      expect(mode(path.join(dataDir, 'events', device, '2026-03.jsonl'))).toBe(0o600);
    } finally {
      await app.stop();
    }
  });

  it('a settings file left readable by others is made private on start', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-private-'));
    const app = await WebHostApp.launch({ dataDir, now: '2026-03-02T09:00:00Z' }); // writes settings.json 0644 first
    try {
      expect(mode(path.join(dataDir, 'settings.json'))).toBe(0o600);
    } finally {
      await app.stop();
    }
  });
});
