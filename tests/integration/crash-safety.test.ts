import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLogLine } from '@shared/event-log-schema';
import { migrateSettings } from '@shared/settings-schema';
import { settingsFilePath } from '../../electron/web-host/conf-backend';
import { EventLog } from '../../electron/core/event-log';
import { createMemoryLogger } from '../helpers/memory-logger';
import { openTestSettings } from '../helpers/settings-file';
import { bundleForNode } from '../helpers/bundle-for-node.mjs';
import { seededRandom } from '../../electron/tools/cli/synthetic-history';

/**
 * kill -9 during writes (the crash rules of docs/EVENT-LOG.md and README.md
 * "Where your data lives"): child processes run the real
 * EventLog and SettingsStore (tests/helpers/crash-writer.ts, bundled here)
 * and are killed with SIGKILL at seeded random points, 500 times in all.
 * After every kill: each event the child acknowledged is in the log, the only
 * unreadable bytes are torn lines (and the next process starts on a fresh
 * line), the settings file parses and validates and holds the last saved
 * value (or the one being saved). After every run, the app starts clean:
 * no settings notice, every acknowledged event read back, one warning at
 * most for the torn lines, and no temporary file of conf's left behind.
 *
 * Each kill costs a Node start (~0.1 s of CPU), so the 500 kills take most of
 * this file's 30-60 s. `CRASH_SEED=<n>` replays a run; `CRASH_KILLS=<n>` sets
 * the kills per run (default 100) for a quick local try.
 */
const SEED = Number(process.env.CRASH_SEED ?? 20_260_302);
const MONTH_START = Date.parse('2026-03-01T00:00:00Z');
const MONTH = '2026-03';
const DEVICE = 'crash-test-pc';
const MIN_INTERVAL = 300;
const MAX_INTERVAL = 14_400;
/** Writers loaded ahead, waiting for their turn (a Node start costs ~0.1 s of CPU). */
const POOL = 2;
const K = Number(process.env.CRASH_KILLS ?? 100);
const RUNS: { mode: 'small' | 'big'; kills: number }[] = [
  { mode: 'small', kills: K },
  { mode: 'small', kills: K },
  { mode: 'small', kills: K },
  { mode: 'big', kills: K },
  { mode: 'big', kills: K },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One crash-writer child and what it said on stdout. */
class Writer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly acks: string[] = [];
  readonly saves: number[] = [];
  readonly other: string[] = [];
  readonly loaded: Promise<void>;
  readonly ready: Promise<void>;
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr = '';
  private onBig: (() => void) | null = null;

  /** `bigAt`: the index of the event written as a big line, or -1. */
  constructor(driver: string, dataDir: string, bigAt: number) {
    this.child = spawn(process.execPath, [driver, dataDir, DEVICE, String(MONTH_START), String(bigAt)], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // The writer makes no TLS connections: loading a CA bundle would double its start-up time.
      env: { ...process.env, NODE_EXTRA_CA_CERTS: undefined },
    });
    let markLoaded = () => {};
    let markReady = () => {};
    this.loaded = new Promise((resolve) => (markLoaded = resolve));
    this.ready = new Promise((resolve) => (markReady = resolve));
    this.closed = new Promise((resolve) => this.child.once('close', (code, signal) => resolve({ code, signal })));
    let pending = '';
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.startsWith('ack ')) this.acks.push(line.slice(4));
        else if (line.startsWith('saved ')) this.saves.push(Number(line.slice(6)));
        else if (line === 'loaded') markLoaded();
        else if (line === 'ready') markReady();
        else if (line === 'big') this.onBig?.();
        else this.other.push(line);
      }
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    // A writer that dies on its own (not killed) must not leave the test waiting.
    void this.closed.then(() => {
      markLoaded();
      markReady();
      this.onBig?.();
    });
  }

  go(): void {
    this.child.stdin.write('go\n');
  }

  /** Resolves when the writer announces its next big line (or after `timeoutMs`). */
  nextBig(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.onBig = () => {
        this.onBig = null;
        clearTimeout(timer);
        resolve();
      };
    });
  }

  async kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.child.kill('SIGKILL');
    return this.closed;
  }
}

/**
 * Follows one event file across crashes, reading only new bytes: complete
 * lines must be valid events, except a line torn by a kill, which must be
 * followed by a fresh line once the next process appends.
 */
class EventFileChecker {
  offset = 0;
  tail: Buffer | null = null;
  readonly ids = new Set<string>();
  valid = 0;
  torn = 0;

  constructor(private readonly file: string) {}

  check(): void {
    if (!fs.existsSync(this.file)) return;
    const size = fs.statSync(this.file).size;
    const data = Buffer.alloc(size - this.offset);
    const fd = fs.openSync(this.file, 'r');
    try {
      fs.readSync(fd, data, 0, data.length, this.offset);
    } finally {
      fs.closeSync(fd);
    }
    const lastNewline = data.lastIndexOf(0x0a);
    if (lastNewline !== -1) {
      const lines = data.subarray(0, lastNewline).toString('utf8').split('\n');
      lines.forEach((line, index) => {
        if (index === 0 && this.tail) {
          // The torn line, closed by the next process's fresh line: skipped, never glued to an event.
          expect(line, 'the next append after a torn line starts on a fresh line').toBe(this.tail.toString('utf8'));
          return;
        }
        const parsed = parseLogLine(line);
        expect(parsed.ok, `an unreadable line that is not a torn last line: ${line.slice(0, 120)}`).toBe(true);
        if (parsed.ok) {
          this.ids.add(parsed.event.id);
          this.valid++;
        }
      });
      this.tail = null;
      this.offset += lastNewline + 1;
    }
    const rest = data.subarray(lastNewline + 1);
    if (rest.length === 0) return;
    if (this.tail) {
      expect(rest.equals(this.tail), 'bytes were glued onto a torn line').toBe(true);
      return;
    }
    expect(rest.toString('utf8', 0, 6)).toBe('{"v":1');
    this.tail = Buffer.from(rest);
    this.torn++;
  }
}

const leftoverTempFiles = (dataDir: string) =>
  fs.readdirSync(dataDir).filter((name) => name.startsWith('settings.json.tmp-'));
const nextInterval = (seconds: number) => (seconds >= MAX_INTERVAL ? MIN_INTERVAL : seconds + 1);

const totals = { kills: 0, killedStarting: 0, killedOnBigLine: 0, acks: 0, saves: 0, torn: 0, tempFiles: 0 };
let tmp: string;
let driver: string;

beforeAll(async () => {
  // SIGKILL tests what a dying process leaves in the page cache, the same on any file system: a
  // RAM disk spares the run the disk's fsync latency (which made it vary from 40 to 70 s).
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  tmp = fs.mkdtempSync(path.join(base, 'posture-crash-'));
  driver = await bundleForNode('tests/helpers/crash-writer.ts', path.join(tmp, 'driver'));
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(
    `crash-safety (seed ${SEED}): ${totals.kills} SIGKILLs (${totals.killedStarting} during start-up, ` +
      `${totals.killedOnBigLine} aimed at a big line), ${totals.acks} acknowledged events all kept, ` +
      `${totals.saves} settings saves, ${totals.torn} torn lines (each skipped, the next append on a fresh line), ` +
      `${totals.tempFiles} settings temp files left by a kill (each removed at the next start)`,
  );
});

describe('crash safety: SIGKILL while appending events and saving settings', () => {
  RUNS.forEach(({ mode, kills }, runIndex) => {
    it(`run ${runIndex + 1}: ${kills} kills, ${mode} lines`, async () => {
      // A seeded generator, so a failing run can be replayed with CRASH_SEED.
      const rng = seededRandom(SEED + runIndex);
      const dataDir = fs.mkdtempSync(path.join(tmp, `run-${runIndex + 1}-`));
      const settingsFile = settingsFilePath(dataDir);
      const checker = new EventFileChecker(path.join(dataDir, 'events', DEVICE, `${MONTH}.jsonl`));
      const acked: string[] = [];
      const tempFiles = new Set<string>();
      let onDisk: number | null = null;
      const pool: Writer[] = [];
      const refill = () => {
        while (pool.length < POOL + 1) {
          pool.push(new Writer(driver, dataDir, mode === 'big' ? Math.floor(rng() * 10) : -1));
        }
      };
      try {
        for (let kill = 0; kill < kills; kill++) {
          refill();
          const writer = pool.shift() as Writer;
          await writer.loaded;
          writer.go();
          const plan = rng();
          if (plan < 0.1) {
            totals.killedStarting++;
            await sleep(rng() * 8); // while it opens the settings and the log
          } else {
            await writer.ready;
            if (mode === 'big' && plan < 0.8) {
              // Serializing the big line takes a few ms, its write(2) a fraction of one: aim around it.
              totals.killedOnBigLine++;
              await writer.nextBig(40);
              const until = performance.now() + 0.5 + rng() * 4;
              while (performance.now() < until); // sub-millisecond aim; timers are too coarse
            } else {
              await sleep(2 + rng() * 38);
            }
          }
          const exit = await writer.kill();
          expect(exit.signal, `the writer died on its own: ${writer.stderr}`).toBe('SIGKILL');
          expect(writer.other, 'the writer warned or saw a settings notice').toEqual([]);
          totals.kills++;
          totals.acks += writer.acks.length;
          totals.saves += writer.saves.length;
          acked.push(...writer.acks);

          // Every acknowledged event is on disk; nothing but a torn line is unreadable.
          checker.check();
          for (const id of writer.acks) expect(checker.ids.has(id), `acknowledged event ${id} was lost`).toBe(true);

          // A kill inside conf's atomic write leaves its temporary file; the next start removes it.
          for (const name of leftoverTempFiles(dataDir)) tempFiles.add(name);

          // The settings file always parses, validates, and holds the last save or the one after it.
          if (!fs.existsSync(settingsFile)) {
            expect(onDisk, 'the settings file vanished').toBeNull(); // the first writer died opening it
            continue;
          }
          const raw: unknown = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
          const migrated = migrateSettings(raw);
          expect(migrated.ok).toBe(true);
          if (!migrated.ok) return;
          expect(migrated.migratedFrom).toBeNull();
          const value = migrated.settings.movement.intervalSeconds;
          const last = writer.saves.at(-1) ?? onDisk;
          if (last !== null) expect([last, nextInterval(last)]).toContain(value);
          onDisk = value;
        }
      } finally {
        for (const spare of pool.splice(0)) await spare.kill();
      }
      totals.torn += checker.torn;
      totals.tempFiles += tempFiles.size;

      // The app starts: the settings open without a notice, the log reads with every acknowledged event.
      const logger = createMemoryLogger();
      const settings = openTestSettings(dataDir, { now: Date.now(), logger });
      expect(settings.notice).toBeNull();
      if (onDisk !== null) expect(settings.get().movement.intervalSeconds).toBe(onDisk);
      expect(leftoverTempFiles(dataDir)).toEqual([]);
      const events = new EventLog({ dataDir, deviceId: DEVICE, logger }).readMonth(MONTH);
      expect(events).toHaveLength(checker.valid);
      const ids = new Set(events.map((e) => e.id));
      expect(acked.filter((id) => !ids.has(id))).toEqual([]);
      // One warning for the file's torn lines, none without them.
      expect(logger.lines.filter((l) => l.level !== 'info')).toHaveLength(checker.torn > 0 ? 1 : 0);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }, 120_000);
  });
});
