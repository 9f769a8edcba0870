import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Where the data-folder lock lives: a per-user folder on THIS computer, never
 * the data folder itself. The data folder may sit in a folder that Syncthing,
 * Dropbox or OneDrive carries to other computers; a lock in there would travel
 * with it and stop the app on a computer that shares the folder. A lock here
 * is seen only by the processes of this user on this machine.
 */

/** macOS allows 104 bytes for a Unix socket path (sun_path), Linux 108; stay under both. */
export const MAX_SOCKET_PATH_BYTES = 103;

/** Hex digits of the data folder's hash in the lock's file names. */
const KEY_LENGTH = 16;

export interface RuntimeFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** -1 on Windows, as os.userInfo() gives it. */
  uid: number;
  username: string;
  tmpdir: string;
  isDirectory: (dir: string) => boolean;
}

export function systemRuntimeFacts(): RuntimeFacts {
  const user = os.userInfo();
  return {
    platform: process.platform,
    env: process.env,
    uid: user.uid,
    username: user.username,
    tmpdir: os.tmpdir(),
    isDirectory: (dir) => {
      try {
        return fs.statSync(dir).isDirectory();
      } catch {
        return false;
      }
    },
  };
}

/**
 * The per-user, machine-local folder for the lock, its owner record and the
 * handover socket. Linux: $XDG_RUNTIME_DIR (or /run/user/<uid> when a process
 * started without it, from cron for instance, so it still finds the same
 * lock), else a folder of our own in the temp folder. macOS and Windows: their
 * temp folder, which is already per user.
 */
export function runtimeFolder(facts: RuntimeFacts): string {
  const { platform, env, uid, tmpdir } = facts;
  if (platform === 'win32') return path.win32.join(tmpdir, 'posture-breaks');
  const xdg = env.XDG_RUNTIME_DIR;
  let folder: string;
  if (platform !== 'darwin' && xdg && path.posix.isAbsolute(xdg)) folder = path.posix.join(xdg, 'posture-breaks');
  else if (platform !== 'darwin' && facts.isDirectory(`/run/user/${uid}`)) folder = `/run/user/${uid}/posture-breaks`;
  else folder = path.posix.join(tmpdir, `posture-breaks-${uid}`);
  // A long TMPDIR could push the socket past the limit: /tmp is short everywhere.
  const longestSocket = path.posix.join(folder, `${'0'.repeat(KEY_LENGTH)}.sock`);
  if (Buffer.byteLength(longestSocket) > MAX_SOCKET_PATH_BYTES) folder = `/tmp/posture-breaks-${uid}`;
  return folder;
}

/**
 * A data folder's name in the runtime folder: a hash of its real path, so a
 * symlink or a relative path to the same folder finds the same lock. macOS and
 * Windows file systems ignore case by default, so case is ignored there too.
 */
export function folderKey(realDataDir: string, platform: NodeJS.Platform = process.platform): string {
  const canonical = platform === 'darwin' || platform === 'win32' ? realDataDir.toLowerCase() : realDataDir;
  return createHash('sha256').update(canonical).digest('hex').slice(0, KEY_LENGTH);
}

export interface LockPaths {
  /** The folder all of them live in. */
  folder: string;
  /** The name proper-lockfile locks (it need not exist). */
  target: string;
  /** proper-lockfile's lock: a directory, made atomically with mkdir. */
  lock: string;
  /** Held for the few milliseconds a start takes to decide, so two starts never race. */
  gate: string;
  /** Who holds the folder (JSON, this user only). */
  record: string;
  /** Where the owner answers a second start: a Unix socket, or a named pipe on Windows. */
  socket: string;
  /**
   * The page the web host opens in the browser, a redirect carrying the token:
   * here rather than in the data folder, which a sync tool may carry elsewhere.
   */
  browserLauncher: string;
}

export function lockPaths(folder: string, key: string, facts: Pick<RuntimeFacts, 'platform' | 'username'>): LockPaths {
  const paths = facts.platform === 'win32' ? path.win32 : path.posix;
  const join = (...parts: string[]) => paths.join(...parts);
  // Named pipes share one namespace across users: the user's name keeps them apart.
  const userTag = createHash('sha256').update(facts.username).digest('hex').slice(0, 8);
  return {
    folder,
    target: join(folder, key),
    lock: join(folder, `${key}.lock`),
    gate: join(folder, `${key}.gate`),
    record: join(folder, `${key}.json`),
    socket: facts.platform === 'win32' ? `\\\\.\\pipe\\posture-breaks-${userTag}-${key}` : join(folder, `${key}.sock`),
    browserLauncher: join(folder, `${key}-open.html`),
  };
}

export class RuntimeFolderError extends Error {}

/**
 * Creates the runtime folder (0700) and checks it is a real folder of this
 * user's: in the shared temp folder another user could have made it first, to
 * read the owner record or answer in our place.
 */
export function ensureRuntimeFolder(folder: string, facts: Pick<RuntimeFacts, 'platform' | 'uid'>): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (facts.platform === 'win32') return;
  const stat = fs.lstatSync(folder);
  if (!stat.isDirectory())
    throw new RuntimeFolderError(`${folder} is not a folder (a symlink or a file is in its place)`);
  if (stat.uid !== facts.uid) throw new RuntimeFolderError(`${folder} belongs to another user (uid ${stat.uid})`);
  if ((stat.mode & 0o077) !== 0) fs.chmodSync(folder, 0o700);
}

/** The data folder's real path, creating it (0700: it holds health data) when it is new. */
export function realDataFolder(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return fs.realpathSync.native(dataDir);
}

/** The lock's paths for a data folder that exists, or null (nobody can hold a folder that is not there). */
export function existingLockPaths(dataDir: string, facts: RuntimeFacts = systemRuntimeFacts()): LockPaths | null {
  let real: string;
  try {
    real = fs.realpathSync.native(dataDir);
  } catch {
    return null;
  }
  return lockPaths(runtimeFolder(facts), folderKey(real, facts.platform), facts);
}
