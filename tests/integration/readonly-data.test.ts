import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchInvoke } from '@shared/ipc-contract';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import type { LogEvent, LogEventDraft } from '@shared/event-log-schema';
import { settingsFilePath } from '../../electron/web-host/conf-backend';
import { EventLog } from '../../electron/core/event-log';
import { createMemoryLogger } from '../helpers/memory-logger';
import { startTestApp } from '../helpers/app-harness';
import { openTestSettings } from '../helpers/settings-file';

/**
 * A data folder that refuses writes (read-only) or has no room left (a full
 * disk): reminders keep firing from memory, the failure is logged, the app
 * never crashes, and nothing already on disk is damaged.
 *
 * Root ignores file modes, so as root the read-only folder is a tmpfs
 * remounted read-only; the full disk is always a 64 KB tmpfs. Where mount is
 * not permitted the tmpfs variants skip, saying so.
 */
const START = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const DEVICE = 'test-device';
const isRoot = process.getuid?.() === 0;
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-ro-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh tmpfs of `size` (e.g. "64k"), or null where mount is not permitted. */
function tmpfs(size: string): string | null {
  if (!isRoot) return null;
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  cleanups.push(() => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }));
  return dir;
}

const NO_MOUNT = `skipped: ${isRoot ? 'mount -t tmpfs is not permitted here' : 'needs root to mount a tmpfs'}`;

/**
 * A data folder prepared by `prepare`, then made read-only: a tmpfs remounted
 * read-only as root, chmod 0555 otherwise. Null when neither works.
 */
function readOnlyDataDir(prepare: (dir: string) => void): string | null {
  if (isRoot) {
    const dir = tmpfs('1m');
    if (!dir) return null;
    prepare(dir);
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
    return dir;
  }
  const dir = tempDir();
  prepare(dir);
  fs.chmodSync(dir, 0o555);
  cleanups.push(() => fs.chmodSync(dir, 0o755)); // cleanups run last-in first: writable again, then removed
  return dir;
}

/** An EventLog that remembers which appends returned, i.e. which events the app acted on as saved. */
class WitnessLog extends EventLog {
  readonly saved: LogEvent[] = [];
  failures = 0;
  override append(draft: LogEventDraft, tz: number): LogEvent {
    try {
      const event = super.append(draft, tz);
      this.saved.push(event);
      return event;
    } catch (error) {
      this.failures++;
      throw error;
    }
  }
}

const openSettings = (dataDir: string) => openTestSettings(dataDir, { now: START });

/** The app on `dataDir`, stopped after the test; its event log witnesses which appends returned. */
async function startOn(dataDir: string) {
  const started = await startTestApp({
    dataDir,
    start: START,
    deviceId: DEVICE,
    eventLog: (options) => new WitnessLog(options),
    started: false,
  });
  cleanups.push(() => started.app.stop());
  await started.app.start();
  return started;
}

type Started = Awaited<ReturnType<typeof startOn>>;

/** Three hours of a user who takes one break and ignores the rest. */
async function workThreeHours({ app, clock, notifier }: Started) {
  await clock.advance(51 * MINUTE);
  const first = notifier.shown.find((n) => n.spec.kind === 'movement' && n.spec.variant !== 'pre-break');
  expect(first, 'a movement reminder within the first interval').toBeDefined();
  first?.act('start');
  await clock.advance(2 * MINUTE); // Done before the 3-minute session ends
  expect((await dispatchInvoke(app.handlers, 'break:complete', {})).ok).toBe(true);
  await clock.advance(127 * MINUTE);
  // The dashboard still answers, from what could be read.
  expect((await dispatchInvoke(app.handlers, 'stats:get-history', { days: 7 })).ok).toBe(true);
}

const movementReminders = (notifier: Started['notifier']) =>
  notifier.shown.filter((n) => n.spec.kind === 'movement' && n.spec.variant !== 'pre-break').length;
const errors = (logger: ReturnType<typeof createMemoryLogger>) => logger.lines.filter((l) => l.level === 'error');

describe('a read-only data folder', () => {
  it('with valid settings: reminders keep firing, failed writes are logged, settings changes are refused', async (ctx) => {
    const dataDir = readOnlyDataDir((dir) => {
      openSettings(dir).update({ movement: { intervalSeconds: 50 * 60 } });
    });
    if (!dataDir) return ctx.skip(NO_MOUNT);
    const before = fs.readFileSync(settingsFilePath(dataDir));
    const started = await startOn(dataDir);
    expect(started.app.snapshot().notices).toEqual([]); // the settings read fine

    await workThreeHours(started);
    expect(movementReminders(started.notifier)).toBeGreaterThanOrEqual(3); // at 50, ~104 and ~154 min
    expect(started.eventLog.saved).toEqual([]);
    expect(started.eventLog.failures).toBeGreaterThan(0);
    expect(errors(started.logger).length).toBeGreaterThan(0);
    expect(errors(started.logger).every((l) => /could not write to the event log/.test(l.message))).toBe(true);

    const update = await dispatchInvoke(started.app.handlers, 'settings:update', {
      movement: { intervalSeconds: 1800 },
    });
    expect(update).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: expect.stringMatching(/EROFS|EACCES/) },
    });
    expect(started.settings.get().movement.intervalSeconds).toBe(50 * 60);
    expect(fs.readFileSync(settingsFilePath(dataDir)).equals(before)).toBe(true);
    console.log(
      `readonly-data: ${movementReminders(started.notifier)} movement reminders in 3 h from memory; ` +
        `${started.eventLog.failures} failed appends, ${errors(started.logger).length} errors logged (one per failed append)`,
    );
  });

  it.runIf(isRoot)('as root, where mount is not permitted: an events path that cannot be a folder', async () => {
    // The fallback for root without mount: the write error is injected by the file system layout.
    const dataDir = tempDir();
    openSettings(dataDir);
    fs.writeFileSync(path.join(dataDir, 'events'), 'a file where the events folder belongs');
    const started = await startOn(dataDir);
    await workThreeHours(started);
    expect(movementReminders(started.notifier)).toBeGreaterThanOrEqual(3);
    expect(started.eventLog.saved).toEqual([]);
    expect(errors(started.logger).length).toBeGreaterThan(0);
  });

  it('on first start (no settings yet): defaults from memory, and a notice that changes cannot be kept', async (ctx) => {
    const dataDir = readOnlyDataDir(() => {});
    if (!dataDir) return ctx.skip(NO_MOUNT);
    const started = await startOn(dataDir);
    expect(started.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(started.app.snapshot().notices).toEqual([
      { id: expect.stringMatching(/^settings-unsaved-/), message: expect.stringMatching(/cannot be saved/) },
    ]);
    await workThreeHours(started);
    expect(movementReminders(started.notifier)).toBeGreaterThanOrEqual(3);
    const update = await dispatchInvoke(started.app.handlers, 'settings:update', {
      movement: { intervalSeconds: 1800 },
    });
    expect(update).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: expect.stringMatching(/cannot be saved/) },
    });
    expect(fs.existsSync(settingsFilePath(dataDir))).toBe(false);
  });

  it('with a damaged settings file: defaults from memory, the file untouched, one notice', async (ctx) => {
    const dataDir = readOnlyDataDir((dir) => fs.writeFileSync(settingsFilePath(dir), '{"version": 3, "movem'));
    if (!dataDir) return ctx.skip(NO_MOUNT);
    const started = await startOn(dataDir);
    expect(started.settings.get()).toEqual(DEFAULT_SETTINGS);
    const notices = started.app.snapshot().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/not valid JSON.*left untouched/s);
    expect(fs.readFileSync(settingsFilePath(dataDir), 'utf8')).toBe('{"version": 3, "movem');
    await workThreeHours(started);
    expect(movementReminders(started.notifier)).toBeGreaterThanOrEqual(3);
  });
});

describe('a full disk (a 64 KB tmpfs)', () => {
  it('reminders keep firing; no event is half-written or glued to the next; space freed, writing resumes', async (ctx) => {
    const dataDir = tmpfs('64k');
    if (!dataDir) return ctx.skip(NO_MOUNT);
    // Settings and a little history exist; then something else fills the disk.
    openSettings(dataDir);
    const seed = new EventLog({ dataDir, deviceId: DEVICE, logger: createMemoryLogger() });
    // Fill the history file's last page nearly to the end, so that the next event straddles it:
    // on a full disk that write(2) falls short, without an error.
    const file = path.join(dataDir, 'events', DEVICE, '2026-03.jsonl');
    let seeded = 0;
    do {
      seed.append({ type: 'reminder-shown', at: START - ++seeded * MINUTE, kind: 'posture', breakId: `s${seeded}` }, 0);
    } while (fs.statSync(file).size % 4096 < 3900);
    const filler = path.join(dataDir, 'someone-elses-download');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(1024));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    const settingsBefore = fs.readFileSync(settingsFilePath(dataDir));

    const started = await startOn(dataDir);
    await workThreeHours(started);
    expect(movementReminders(started.notifier)).toBeGreaterThanOrEqual(3);
    expect(started.eventLog.failures).toBeGreaterThan(0);
    expect(errors(started.logger).length).toBeGreaterThan(0);

    // A settings change cannot be saved: refused, and the file is intact (conf writes atomically).
    const update = await dispatchInvoke(started.app.handlers, 'settings:update', { posture: { intervalSeconds: 900 } });
    expect(update).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringMatching(/ENOSPC/) } });
    expect(fs.readFileSync(settingsFilePath(dataDir)).equals(settingsBefore)).toBe(true);
    // No temporary file (conf's, the stats cache's) is left holding on to the space (conf removes its own
    // asynchronously, hence the wait).
    const tempFiles = () =>
      (fs.readdirSync(dataDir, { recursive: true }) as string[]).filter((f) => f.includes('.tmp'));
    await vi.waitFor(() => expect(tempFiles()).toEqual([]), { timeout: 2000 });

    // The user frees some space: the next events are saved again.
    fs.rmSync(filler);
    const failuresBefore = started.eventLog.failures;
    await started.clock.advance(60 * MINUTE);
    expect(started.eventLog.failures).toBe(failuresBefore);
    expect(started.eventLog.saved.length).toBeGreaterThan(0);

    // Every event the app was told was saved reads back; no line is torn or glued to another.
    const logger = createMemoryLogger();
    const events = new EventLog({ dataDir, deviceId: DEVICE, logger }).readMonth('2026-03');
    const ids = new Set(events.map((e) => e.id));
    expect(started.eventLog.saved.filter((e) => !ids.has(e.id))).toEqual([]);
    expect(events).toHaveLength(seeded + started.eventLog.saved.length);
    expect(logger.lines.filter((l) => l.level !== 'info')).toEqual([]);
    console.log(
      `readonly-data (full disk): ${started.eventLog.saved.length} events saved, ${started.eventLog.failures} ` +
        `appends refused, ${movementReminders(started.notifier)} movement reminders, ${errors(started.logger).length} errors logged`,
    );
  });
});
