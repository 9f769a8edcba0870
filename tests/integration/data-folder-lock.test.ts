import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  claimDataFolder,
  DataFolderBusyError,
  readDataFolderOwner,
  STALE_MS,
  type Claim,
  type DataFolderLock,
  type LockTiming,
  type OwnerRecord,
} from '../../electron/os/instance-lock/data-folder-lock';
import { createMemoryLogger } from '../helpers/memory-logger';
import {
  RuntimeFolderError,
  systemRuntimeFacts,
  type RuntimeFacts,
} from '../../electron/os/instance-lock/runtime-folder';
import { tempDirsUntilAfterAll } from '../helpers/temp-dir';

/**
 * The data-folder lock service on its own, in this process, against the
 * real file system and sockets: the handover, release, a dead owner's lock,
 * an owner that hangs, a lock compromised from outside, and a runtime
 * folder that is not ours. (Across real processes: one-app-per-folder.test.ts.)
 */

const posix = process.platform !== 'win32';
const tempDir = tempDirsUntilAfterAll();
const held: DataFolderLock[] = [];
afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
});

function setup() {
  const root = tempDir('posture-lockrun-');
  fs.chmodSync(root, 0o700);
  const facts: RuntimeFacts = { ...systemRuntimeFacts(), env: { XDG_RUNTIME_DIR: root } };
  return { facts, runtime: path.join(root, 'posture-breaks'), dataDir: tempDir('posture-lockdata-') };
}

async function claim(
  dataDir: string,
  facts: RuntimeFacts,
  extra: {
    argv?: string[];
    timeoutMs?: number;
    timing?: LockTiming;
    logger?: ReturnType<typeof createMemoryLogger>;
  } = {},
): Promise<Claim> {
  const result = await claimDataFolder({ dataDir, host: 'web', logger: createMemoryLogger(), facts, ...extra });
  if (result.kind === 'owner') held.push(result.lock);
  return result;
}

/**
 * The lock refreshes every 5 minutes in the app (data-folder-lock.ts); the
 * owners made here refresh every 200 ms, so a lock changed from outside is
 * noticed within the test.
 */
const QUICK: LockTiming = { staleMs: 2_000, updateMs: 200 };

async function own(dataDir: string, facts: RuntimeFacts, logger = createMemoryLogger()): Promise<DataFolderLock> {
  const result = await claim(dataDir, facts, { logger, timing: QUICK });
  if (result.kind !== 'owner') throw new Error('expected to own the folder');
  return result.lock;
}

/** A folder owned with its own logger, and whether the lock has said it was lost. */
async function ownWatched() {
  const { facts, dataDir } = setup();
  const logger = createMemoryLogger();
  const lock = await own(dataDir, facts, logger);
  let lost = false;
  lock.onLost(() => (lost = true));
  return { facts, dataDir, logger, lock, lost: () => lost };
}

/** A lock as a process left it: the lock directory (proper-lockfile's) and its owner record. */
function plantLock(runtime: string, key: string, record: Partial<OwnerRecord>, ageMs = 0): void {
  fs.mkdirSync(runtime, { recursive: true, mode: 0o700 });
  fs.mkdirSync(path.join(runtime, `${key}.lock`));
  const when = new Date(Date.now() - ageMs);
  fs.utimesSync(path.join(runtime, `${key}.lock`), when, when);
  const full: OwnerRecord = {
    version: 1,
    pid: 2 ** 22 + 7,
    host: 'web',
    hostname: os.hostname(),
    startedAt: '2026-03-02T08:00:00.000Z',
    dataDir: '/somewhere',
    url: null,
    token: null,
    ...record,
  };
  fs.writeFileSync(path.join(runtime, `${key}.json`), JSON.stringify(full));
}

/** The key a data folder gets, read off a lock taken and released once. */
async function keyOf(dataDir: string, facts: RuntimeFacts, runtime: string): Promise<string> {
  const lock = await own(dataDir, facts);
  const key = path.basename(lock.paths.target);
  lock.release();
  expect(fs.readdirSync(runtime)).toEqual([]);
  return key;
}

async function until(what: string, check: () => boolean, timeoutMs = 6_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.skipIf(!posix)('the data-folder lock', () => {
  it("hands a second claim over to the owner, which answers with its address or the command's reply", async () => {
    const { facts, dataDir } = setup();
    const lock = await own(dataDir, facts);
    const asked: string[][] = [];
    lock.onHandover(async (request) => {
      asked.push(request.argv);
      return {
        url: 'http://127.0.0.1:1/?token=t',
        command: request.argv.length ? { exitCode: 0, output: `did ${request.argv.join(' ')}` } : null,
      };
    });
    const second = await claim(dataDir, facts);
    expect(second).toMatchObject({
      kind: 'handed-over',
      owner: { pid: process.pid, host: 'web', dataDir: fs.realpathSync(dataDir) },
      reply: { ok: true, host: 'web', url: 'http://127.0.0.1:1/?token=t', command: null },
    });
    const withCommand = await claim(dataDir, facts, { argv: ['pause', '30m'] });
    expect(withCommand.kind === 'handed-over' && withCommand.reply.command).toEqual({
      exitCode: 0,
      output: 'did pause 30m',
    });
    expect(asked).toEqual([[], ['pause', '30m']]);
  });

  it('lets a second claim that comes while the owner is still starting wait for it', async () => {
    const { facts, dataDir } = setup();
    const lock = await own(dataDir, facts);
    const second = claim(dataDir, facts);
    await new Promise((resolve) => setTimeout(resolve, 300));
    lock.onHandover(async () => ({ url: 'late', command: null }));
    expect(await second).toMatchObject({ kind: 'handed-over', reply: { url: 'late' } });
  });

  it('finds the same lock through a symlink to the data folder', async () => {
    const { facts, dataDir } = setup();
    const lock = await own(dataDir, facts);
    lock.onHandover(async () => ({ url: null, command: null }));
    const link = path.join(tempDir('posture-link-'), 'data');
    fs.symlinkSync(dataDir, link);
    expect((await claim(link, facts)).kind).toBe('handed-over');
  });

  it('leaves nothing behind at release, and the next claim owns the folder', async () => {
    const { facts, runtime, dataDir } = setup();
    const lock = await own(dataDir, facts);
    lock.publish({ url: 'http://127.0.0.1:2', token: 'secret' });
    expect(readDataFolderOwner(dataDir, facts)).toMatchObject({ pid: process.pid, url: 'http://127.0.0.1:2' });
    expect(fs.readdirSync(runtime).sort()).toEqual(
      [
        `${path.basename(lock.paths.target)}.json`,
        `${path.basename(lock.paths.target)}.lock`,
        `${path.basename(lock.paths.target)}.sock`,
      ].sort(),
    );
    lock.release();
    lock.release(); // twice is harmless
    expect(fs.readdirSync(runtime)).toEqual([]);
    expect(readDataFolderOwner(dataDir, facts)).toBeNull();
    expect((await claim(dataDir, facts)).kind).toBe('owner');
  });

  it('takes over at once from an owner whose process is gone, and says whose lock it was', async () => {
    const { facts, runtime, dataDir } = setup();
    const key = await keyOf(dataDir, facts, runtime);
    plantLock(runtime, key, { pid: 2 ** 22 + 7, host: 'electron' });
    expect(readDataFolderOwner(dataDir, facts)).toBeNull(); // the posture command line sees no app
    const started = Date.now();
    const lock = await own(dataDir, facts);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(lock.tookOverFrom).toMatchObject({ pid: 2 ** 22 + 7, host: 'electron' });
    expect(readDataFolderOwner(dataDir, facts)).toMatchObject({ pid: process.pid });
  });

  it('refuses while an owner is alive but does not answer, and takes the lock once it goes stale', async () => {
    const { facts, runtime, dataDir } = setup();
    const key = await keyOf(dataDir, facts, runtime);
    plantLock(runtime, key, { pid: process.ppid, host: 'web' }); // alive, not listening
    await expect(claim(dataDir, facts, { timeoutMs: 400 })).rejects.toThrow(DataFolderBusyError);
    await expect(claim(dataDir, facts, { timeoutMs: 400 })).rejects.toThrow(
      `is in use by the web host (pid ${process.ppid}, since 2026-03-02T08:00:00.000Z), and it does not answer; if it hangs, end process ${process.ppid}`,
    );
    // Its lock has not been refreshed for longer than the stale threshold: the owner hangs.
    const stale = new Date(Date.now() - STALE_MS - 1_000);
    fs.utimesSync(path.join(runtime, `${key}.lock`), stale, stale);
    expect((await claim(dataDir, facts, { timeoutMs: 400 })).kind).toBe('owner');
  });

  it('takes the lock back when it is removed from outside (a temp cleaner), without crashing', async () => {
    const { facts, dataDir, logger, lock, lost } = await ownWatched();
    fs.rmSync(lock.paths.lock, { recursive: true });
    fs.rmSync(lock.paths.record);
    await until('the lock taken back', () => logger.lines.some((l) => l.message === 'took the data-folder lock back'));
    expect(fs.existsSync(lock.paths.lock)).toBe(true);
    expect(readDataFolderOwner(dataDir, facts)).toMatchObject({ pid: process.pid });
    expect(lost()).toBe(false);
  });

  it('gives the folder up when another live process has taken it meanwhile', async () => {
    const { logger, lock, lost } = await ownWatched();
    // Another owner (this test's parent process stands in for it) took over and refreshes the lock now.
    const record = JSON.parse(fs.readFileSync(lock.paths.record, 'utf8')) as OwnerRecord;
    fs.writeFileSync(lock.paths.record, JSON.stringify({ ...record, pid: process.ppid }));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(lock.paths.lock, later, later);
    await until('the folder given up', lost);
    expect(logger.lines).toContainEqual({
      level: 'error',
      message: 'another process now holds the data folder; this one stops',
    });
    expect(fs.existsSync(lock.paths.socket)).toBe(false);
  });

  it('answers a malformed handover request with a refusal, and keeps serving', async () => {
    const { facts, dataDir } = setup();
    const lock = await own(dataDir, facts);
    lock.onHandover(async () => ({ url: 'ok', command: null }));
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(lock.paths.socket, () => socket.write('{"type":"handover","argv":"rm -rf"}\n'));
      let text = '';
      socket
        .on('data', (chunk) => (text += chunk.toString()))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    expect(JSON.parse(answer)).toMatchObject({ ok: false });
    expect(await claim(dataDir, facts)).toMatchObject({ kind: 'handed-over', reply: { url: 'ok' } });
  });

  it('makes its runtime folder 0700, and refuses one that another user made', async () => {
    const { facts, runtime, dataDir } = setup();
    fs.mkdirSync(runtime, { mode: 0o777 });
    fs.chmodSync(runtime, 0o777);
    await own(dataDir, facts);
    expect(fs.statSync(runtime).mode & 0o777).toBe(0o700);
    held.splice(0).forEach((lock) => lock.release());
    if (process.getuid?.() !== 0) return; // only root can hand the folder to another user here
    fs.chownSync(runtime, 65534, 65534);
    await expect(claim(dataDir, facts)).rejects.toThrow(RuntimeFolderError);
    await expect(claim(dataDir, facts)).rejects.toThrow('belongs to another user (uid 65534)');
  });
});
