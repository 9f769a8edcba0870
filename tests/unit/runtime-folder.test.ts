import { describe, expect, it } from 'vitest';
import {
  folderKey,
  lockPaths,
  MAX_SOCKET_PATH_BYTES,
  runtimeFolder,
  type RuntimeFacts,
} from '../../electron/os/instance-lock/runtime-folder';

/** Where the data-folder lock lives on each platform: machine-local, per user, never the data folder. */

function facts(overrides: Partial<RuntimeFacts> = {}): RuntimeFacts {
  return {
    platform: 'linux',
    env: {},
    uid: 1000,
    username: 'ana',
    tmpdir: '/tmp',
    isDirectory: () => false,
    ...overrides,
  };
}

describe('runtimeFolder', () => {
  it('uses $XDG_RUNTIME_DIR on Linux', () => {
    expect(runtimeFolder(facts({ env: { XDG_RUNTIME_DIR: '/run/user/1000' } }))).toBe('/run/user/1000/posture-breaks');
  });

  it('finds /run/user/<uid> without $XDG_RUNTIME_DIR (a start from cron), so it meets the same lock', () => {
    const seen: string[] = [];
    const folder = runtimeFolder(facts({ isDirectory: (dir) => (seen.push(dir), dir === '/run/user/1000') }));
    expect(folder).toBe('/run/user/1000/posture-breaks');
    expect(seen).toEqual(['/run/user/1000']);
  });

  it('falls back to a per-user folder in the temp folder', () => {
    expect(runtimeFolder(facts())).toBe('/tmp/posture-breaks-1000');
    // A relative XDG_RUNTIME_DIR is invalid by the spec: ignored.
    expect(runtimeFolder(facts({ env: { XDG_RUNTIME_DIR: 'run' } }))).toBe('/tmp/posture-breaks-1000');
  });

  it("uses macOS's per-user temp folder, and /tmp when that would make the socket path too long", () => {
    const tmpdir = '/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T';
    const mac = facts({ platform: 'darwin', uid: 501, tmpdir, env: { XDG_RUNTIME_DIR: '/ignored' } });
    expect(runtimeFolder(mac)).toBe(`${tmpdir}/posture-breaks-501`);
    const longTmp = `/Users/ana/${'very-long-folder-name/'.repeat(4)}tmp`;
    expect(runtimeFolder({ ...mac, tmpdir: longTmp })).toBe('/tmp/posture-breaks-501');
  });

  it('keeps every socket path within the 104-byte limit of macOS', () => {
    for (const tmpdir of ['/tmp', '/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T', `/${'x'.repeat(200)}`]) {
      const f = facts({ platform: 'darwin', uid: 501, tmpdir });
      const { socket } = lockPaths(runtimeFolder(f), folderKey('/Users/ana/Sync/Posture Breaks', 'darwin'), f);
      expect(Buffer.byteLength(socket)).toBeLessThanOrEqual(MAX_SOCKET_PATH_BYTES);
    }
  });

  it("uses Windows's per-user temp folder, and a named pipe kept apart per user", () => {
    const win = facts({ platform: 'win32', uid: -1, tmpdir: 'C:\\Users\\ana\\AppData\\Local\\Temp' });
    const folder = runtimeFolder(win);
    expect(folder).toBe('C:\\Users\\ana\\AppData\\Local\\Temp\\posture-breaks');
    const key = folderKey('C:\\Users\\ana\\AppData\\Roaming\\Posture Breaks', 'win32');
    const ana = lockPaths(folder, key, win);
    expect(ana.lock).toBe(`${folder}\\${key}.lock`);
    expect(ana.socket).toMatch(new RegExp(`^\\\\\\\\\\.\\\\pipe\\\\posture-breaks-[0-9a-f]{8}-${key}$`));
    expect(lockPaths(folder, key, { ...win, username: 'bo' }).socket).not.toBe(ana.socket);
  });
});

describe('folderKey', () => {
  it('names a folder by a hash of its real path: one key per folder, another for another', () => {
    const key = folderKey('/home/ana/.config/Posture Breaks', 'linux');
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(folderKey('/home/ana/.config/Posture Breaks', 'linux')).toBe(key);
    expect(folderKey('/home/ana/Sync/Posture Breaks', 'linux')).not.toBe(key);
  });

  it('ignores case where the file system does (macOS, Windows), not on Linux', () => {
    expect(folderKey('/Users/Ana/Posture Breaks', 'darwin')).toBe(folderKey('/users/ana/posture breaks', 'darwin'));
    expect(folderKey('C:\\Users\\Ana\\X', 'win32')).toBe(folderKey('c:\\users\\ana\\x', 'win32'));
    expect(folderKey('/home/Ana/X', 'linux')).not.toBe(folderKey('/home/ana/x', 'linux'));
  });
});
