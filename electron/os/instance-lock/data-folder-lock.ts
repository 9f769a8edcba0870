import * as fs from 'node:fs';
import * as os from 'node:os';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import type { Logger } from '../../core/ports';
import {
  askToHandOver,
  hostKindSchema,
  serveHandover,
  type HandoverHandler,
  type HandoverReply,
  type HandoverServer,
  type HostKind,
} from './handover-channel';
import {
  ensureRuntimeFolder,
  existingLockPaths,
  folderKey,
  lockPaths,
  realDataFolder,
  runtimeFolder,
  systemRuntimeFacts,
  type LockPaths,
  type RuntimeFacts,
} from './runtime-folder';

/**
 * One app per data folder. Two hosts on one folder would run two schedulers:
 * every reminder twice, two writers on the same event files. Each host takes
 * this lock before its backend starts. The lock is proper-lockfile's, kept in
 * the machine-local runtime folder (runtime-folder.ts) under a hash of the
 * folder's real path, never in the data folder, which may be synced to other
 * computers. The owner serves a handover socket: a second start asks it to
 * open its dashboard, prints what it answers, and exits.
 *
 * A lock left by a killed process is taken over at once when its owner's pid
 * is gone; failing that (the pid was reused, the owner hangs), once its
 * mtime, which the owner refreshes every `updateMs`, is `staleMs` old.
 */
export interface LockTiming {
  /** A lock whose mtime is this old belongs to nobody. */
  staleMs: number;
  /** How often the owner refreshes the lock's mtime. */
  updateMs: number;
}
/**
 * Staleness only matters when the owner's pid was reused or the owner hangs,
 * both rare; a dead owner is taken over at once. A refresh wakes the process
 * (a stat and a utimes on libuv's thread pool): every 2 s that was most of an
 * idle host's wake-ups (docs/PERFORMANCE.md), so it refreshes every 5 minutes.
 */
export const DEFAULT_LOCK_TIMING: LockTiming = { staleMs: 10 * 60_000, updateMs: 5 * 60_000 };
export const STALE_MS = DEFAULT_LOCK_TIMING.staleMs;
/** A second start waits this long past the owner's answer time before it gives up. */
const CLAIM_GRACE_MS = 3_000;
/** How long the owner may take to answer, its startup included. */
const ANSWER_TIMEOUT_MS = 15_000;
const RETRY_MS = 100;
/** Temp cleaners (systemd-tmpfiles, macOS) remove files nobody touched for days: touch ours hourly. */
const TOUCH_MS = 60 * 60_000;

/** `<runtime folder>/<key>.json`: who holds the data folder. It replaces the web host's old web-host.json. */
export const ownerRecordSchema = z.object({
  version: z.literal(1),
  pid: z.number().int().positive(),
  host: hostKindSchema,
  /** The runtime folder is this machine's only; the name is there for whoever reads the file. */
  hostname: z.string(),
  startedAt: z.string(),
  dataDir: z.string(),
  /** The web host's address and token, for the `posture` command line; null for Electron. */
  url: z.string().nullable(),
  token: z.string().nullable(),
});
export type OwnerRecord = z.infer<typeof ownerRecordSchema>;

export class DataFolderBusyError extends Error {}

export type Claim =
  | { kind: 'owner'; lock: DataFolderLock }
  | { kind: 'handed-over'; owner: OwnerRecord; reply: Extract<HandoverReply, { ok: true }> };

export interface ClaimOptions {
  dataDir: string;
  host: HostKind;
  logger: Logger;
  /** A command for the running app, when this start carries one. */
  argv?: readonly string[];
  /** Whether the running web host may open a browser to show its dashboard. */
  openBrowser?: boolean;
  facts?: RuntimeFacts;
  /** How long to wait for an owner that is alive but does not answer. */
  timeoutMs?: number;
  /** The lock's staleness and refresh; tests shorten them. */
  timing?: LockTiming;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwnerRecord(file: string): OwnerRecord | null {
  try {
    const parsed = ownerRecordSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A new file in place of whatever is there (a leftover, a symlink), readable by this user only. */
function writeOwnerRecord(file: string, record: OwnerRecord): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.rmSync(temp, { force: true });
  fs.writeFileSync(temp, `${JSON.stringify(record)}\n`, { mode: 0o600, flag: 'wx' });
  fs.renameSync(temp, file);
}

const isLocked = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ELOCKED';

/** Runs `decide` while holding the gate, so two starts never both see a dead owner and both take over. */
async function withGate<T>(paths: LockPaths, logger: Logger, decide: () => Promise<T>): Promise<T> {
  const release = await lockfile.lock(paths.gate, {
    lockfilePath: paths.gate,
    realpath: false,
    // Held for milliseconds; one left by a start killed inside it is stale after 2 s.
    stale: 2_000,
    retries: { retries: 100, minTimeout: 20, maxTimeout: 100 },
    onCompromised: (error) => logger.warn('the data-folder gate was lost', error),
  });
  try {
    return await decide();
  } finally {
    await release().catch(() => {});
  }
}

/** How a host logs that it took the folder over from one that was gone (killed, crashed). */
export function describeTakeover(previous: OwnerRecord): string {
  return `took the data folder over from the ${previous.host} host (pid ${previous.pid}, since ${previous.startedAt}), which is gone`;
}

/** The lock a host holds while it runs, with the handover socket it serves. */
export class DataFolderLock {
  private handler: HandoverHandler | null = null;
  private readonly handlerSet: Promise<HandoverHandler>;
  private resolveHandler!: (handler: HandoverHandler) => void;
  private readonly lostListeners: (() => void)[] = [];
  private server: HandoverServer | null = null;
  private released = false;
  private readonly touchTimer: NodeJS.Timeout;
  private readonly onExit = () => this.release();
  /** Follows useLogger(), for the socket server made before the host's log exists. */
  private readonly log: Logger = {
    info: (message, detail) => this.logger.info(message, detail),
    warn: (message, detail) => this.logger.warn(message, detail),
    error: (message, detail) => this.logger.error(message, detail),
  };

  private constructor(
    readonly paths: LockPaths,
    private record: OwnerRecord,
    private logger: Logger,
    private readonly timing: LockTiming,
    /** The owner whose lock this start took over because its process was gone, for the host's log. */
    readonly tookOverFrom: OwnerRecord | null,
  ) {
    this.handlerSet = new Promise((resolve) => (this.resolveHandler = resolve));
    this.touchTimer = setInterval(() => this.touch(), TOUCH_MS).unref();
    process.on('exit', this.onExit);
  }

  /** Takes the lock (the caller holds the gate and saw it free or its owner gone), serves the socket, writes the record. */
  static async take(
    paths: LockPaths,
    record: OwnerRecord,
    logger: Logger,
    timing: LockTiming,
    tookOverFrom: OwnerRecord | null = null,
  ): Promise<DataFolderLock> {
    let self: DataFolderLock | null = null;
    await DataFolderLock.lockNow(paths, timing, (error) => self?.compromised(error));
    const lock = new DataFolderLock(paths, record, logger, timing, tookOverFrom);
    self = lock;
    try {
      lock.server = await serveHandover({
        socketPath: paths.socket,
        host: record.host,
        // Requests that come while the host is still starting wait for it.
        handle: async (request) => (lock.handler ?? (await lock.handlerSet))(request),
        logger: lock.log,
      });
      writeOwnerRecord(paths.record, record);
    } catch (error) {
      lock.release();
      throw error;
    }
    return lock;
  }

  private static lockNow(
    paths: LockPaths,
    timing: LockTiming,
    onCompromised: (error: Error) => void,
  ): Promise<unknown> {
    return lockfile.lock(paths.target, {
      lockfilePath: paths.lock,
      realpath: false,
      stale: timing.staleMs,
      update: timing.updateMs,
      retries: 0,
      onCompromised,
    });
  }

  /** From now on, log here (the host's file log exists only once the lock is held). */
  useLogger(logger: Logger): void {
    this.logger = logger;
  }

  /** What a second start gets: the dashboard opened, or its command run. */
  onHandover(handler: HandoverHandler): void {
    this.handler = handler;
    this.resolveHandler(handler);
  }

  /** The web host's address, for the `posture` command line. */
  publish(where: { url: string; token: string }): void {
    this.record = { ...this.record, ...where };
    if (!this.released) writeOwnerRecord(this.paths.record, this.record);
  }

  /** Called when another process took the folder (this one hung past its staleness): the host must stop. */
  onLost(listener: () => void): void {
    this.lostListeners.push(listener);
  }

  /** Lets go of everything, synchronously (it also runs on exit). Safe to call twice. */
  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.touchTimer);
    process.off('exit', this.onExit);
    this.server?.close();
    if (readOwnerRecord(this.paths.record)?.pid === this.record.pid) {
      fs.rmSync(this.paths.record, { force: true });
      // The browser launcher carries the token, which dies with this owner.
      fs.rmSync(this.paths.browserLauncher, { force: true });
    }
    try {
      lockfile.unlockSync(this.paths.target, { lockfilePath: this.paths.lock, realpath: false });
    } catch {
      // Already released (compromised, or removed from outside).
    }
  }

  private touch(): void {
    const now = new Date();
    for (const file of [this.paths.record, this.paths.socket]) {
      try {
        fs.utimesSync(file, now, now);
      } catch {
        // A named pipe, or already gone: nothing to keep fresh.
      }
    }
  }

  /**
   * proper-lockfile found the lock not as it left it: removed (a temp
   * cleaner, a user) or refreshed by someone else. Take it back when nobody
   * else holds it; otherwise another app owns the folder now and this one
   * must stop. Never throws: a lock problem must not crash the host.
   */
  private compromised(error: Error): void {
    if (this.released) return;
    this.logger.warn(`the data-folder lock was compromised (${error.message}); taking it back`);
    void withGate(this.paths, this.logger, async () => {
      const holder = readOwnerRecord(this.paths.record);
      if (holder && holder.pid !== this.record.pid && isAlive(holder.pid)) return false;
      fs.rmSync(this.paths.lock, { recursive: true, force: true });
      await DataFolderLock.lockNow(this.paths, this.timing, (again) => this.compromised(again));
      writeOwnerRecord(this.paths.record, this.record);
      return true;
    })
      .then((retaken) => {
        if (retaken) return this.logger.info('took the data-folder lock back');
        this.logger.error('another process now holds the data folder; this one stops');
        this.loseFolder();
      })
      .catch((failure: unknown) => {
        this.logger.error('could not take the data-folder lock back; this one stops', failure);
        this.loseFolder();
      });
  }

  private loseFolder(): void {
    this.released = true;
    clearInterval(this.touchTimer);
    process.off('exit', this.onExit);
    this.server?.close();
    for (const listener of this.lostListeners) listener();
  }
}

/**
 * Takes the data folder for this host, or hands over to the host that holds
 * it. Throws DataFolderBusyError when the holder neither answers nor goes
 * stale in time, or refuses.
 */
export async function claimDataFolder(options: ClaimOptions): Promise<Claim> {
  const { host, logger } = options;
  const facts = options.facts ?? systemRuntimeFacts();
  const realDir = realDataFolder(options.dataDir);
  const folder = runtimeFolder(facts);
  ensureRuntimeFolder(folder, facts);
  const paths = lockPaths(folder, folderKey(realDir, facts.platform), facts);
  const record: OwnerRecord = {
    version: 1,
    pid: process.pid,
    host,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    dataDir: realDir,
    url: null,
    token: null,
  };
  const request = {
    type: 'handover' as const,
    from: host,
    pid: process.pid,
    argv: [...(options.argv ?? [])],
    openBrowser: options.openBrowser ?? true,
  };
  const timing = options.timing ?? DEFAULT_LOCK_TIMING;
  // An owner that is alive but never answers is refused after its answer
  // time: waiting for its lock to go stale would hold this start for minutes.
  const deadline = Date.now() + (options.timeoutMs ?? ANSWER_TIMEOUT_MS + CLAIM_GRACE_MS);
  let why = 'it does not answer';
  for (;;) {
    const step = await withGate(paths, logger, async () => {
      try {
        return { lock: await DataFolderLock.take(paths, record, logger, timing) };
      } catch (error) {
        if (!isLocked(error)) throw error;
      }
      const holder = readOwnerRecord(paths.record);
      if (holder && !isAlive(holder.pid)) {
        fs.rmSync(paths.lock, { recursive: true, force: true });
        return { lock: await DataFolderLock.take(paths, record, logger, timing, holder) };
      }
      return { holder };
    });
    if (step.lock) return { kind: 'owner', lock: step.lock };
    const holder = step.holder ?? null;
    if (holder) {
      const asked = await askToHandOver(paths.socket, request, ANSWER_TIMEOUT_MS);
      if (asked.kind === 'answered') {
        if (asked.reply.ok) return { kind: 'handed-over', owner: holder, reply: asked.reply };
        throw new DataFolderBusyError(`the running app refused the handover: ${asked.reply.error}`);
      }
      why = asked.kind === 'nobody' ? 'it does not answer' : `its answer failed (${asked.reason})`;
    }
    if (Date.now() > deadline) {
      const who = holder ? `the ${holder.host} host (pid ${holder.pid}, since ${holder.startedAt})` : 'another process';
      const hint = holder ? `; if it hangs, end process ${holder.pid}` : '';
      throw new DataFolderBusyError(`${realDir} is in use by ${who}, and ${why}${hint}`);
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** The host that holds `dataDir` now, or null: no record, a lock gone stale, or its process gone. */
export function readDataFolderOwner(dataDir: string, facts: RuntimeFacts = systemRuntimeFacts()): OwnerRecord | null {
  const paths = existingLockPaths(dataDir, facts);
  if (!paths) return null;
  const record = readOwnerRecord(paths.record);
  if (!record || !isAlive(record.pid)) return null;
  try {
    return lockfile.checkSync(paths.target, { lockfilePath: paths.lock, realpath: false, stale: STALE_MS })
      ? record
      : null;
  } catch {
    return null;
  }
}
