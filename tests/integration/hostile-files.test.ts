import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import { settingsFilePath } from '../../electron/web-host/conf-backend';
import { EventLog } from '../../electron/core/event-log';
import { createMemoryLogger } from '../helpers/memory-logger';
import { MAX_SETTINGS_FILE_BYTES, noticeMessage } from '../../electron/core/settings-store';
import { StatsService } from '../../electron/core/stats-service';
import { startTestApp } from '../helpers/app-harness';
import { openTestSettings } from '../helpers/settings-file';
import { tempDirPerTest } from '../helpers/temp-dir';

/**
 * Files nobody should have to read: whatever is in the data dir, the app
 * starts, says what it did, and loses nothing. Settings: the bad file is kept
 * byte for byte as `settings.json.bak-<time>`, the defaults load, one notice
 * and one warning. Events: bad lines are skipped with one warning per file,
 * every valid line still counts, and the file is left as it was.
 */
const NOW = Date.parse('2026-03-02T09:00:00Z');
const BACKUP = 'settings.json.bak-2026-03-02T09-00-00-000Z';
const MB = 1024 * 1024;
const dir = tempDirPerTest('posture-hostile-');

/** Seeded bytes, so a failure can be reproduced. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(MB);
    let read: number;
    while ((read = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) hash.update(chunk.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

const openSettings = (logger = createMemoryLogger()) => openTestSettings(dir(), { now: NOW, logger });

/** Opens the settings over a bad file and checks the documented recovery. */
function expectRecovered(reason: RegExp, original: { sha256: string; size: number; ino: number }) {
  const logger = createMemoryLogger();
  const started = performance.now();
  const store = openSettings(logger);
  const openMs = performance.now() - started;
  expect(store.get()).toEqual(DEFAULT_SETTINGS);
  expect(store.notice && noticeMessage(store.notice)).toMatch(reason);
  expect(store.notice && noticeMessage(store.notice)).toContain(BACKUP);
  expect(logger.lines.filter((l) => l.level !== 'info')).toEqual([
    { level: 'warn', message: expect.stringMatching(reason) },
  ]);
  // Nothing lost: the backup is the very file (same inode), with the same bytes.
  const backup = path.join(dir(), BACKUP);
  const stat = fs.statSync(backup);
  expect(stat.ino).toBe(original.ino);
  expect(stat.size).toBe(original.size);
  if (original.sha256) expect(sha256File(backup)).toBe(original.sha256);
  // The defaults are on disk now, and the next start is clean.
  expect(JSON.parse(fs.readFileSync(settingsFilePath(dir()), 'utf8'))).toEqual(DEFAULT_SETTINGS);
  expect(openSettings().notice).toBeNull();
  return openMs;
}

function writeSettings(content: string | Buffer) {
  const file = settingsFilePath(dir());
  fs.writeFileSync(file, content);
  const stat = fs.statSync(file);
  return { sha256: sha256File(file), size: stat.size, ino: stat.ino };
}

const validSettings = JSON.stringify(DEFAULT_SETTINGS, null, '\t');
const withChange = (change: (s: Record<string, unknown>) => void) => {
  const copy = JSON.parse(validSettings) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};

describe('hostile settings files', () => {
  it.each<[string, string | Buffer, RegExp]>([
    ['truncated mid-file', validSettings.slice(0, Math.floor(validSettings.length / 2)), /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['binary', randomBytes(4096, 7), /not valid JSON/],
    ['from a future version', withChange((s) => (s.version = 99)), /newer version \(99\)/],
    ['from an unknown old version', withChange((s) => (s.version = 0)), /no migration from settings version 0/],
    ['with a version that is a string', withChange((s) => (s.version = '3')), /no version number/],
    [
      'out of range',
      withChange((s) => ((s.movement as Record<string, unknown>).intervalSeconds = 1)),
      /invalid.*intervalSeconds/s,
    ],
    ['with a wrong type', withChange((s) => (s.posture = 'yes')), /invalid/],
    ['with an unknown key', withChange((s) => (s.theme = 'dark')), /invalid.*theme/s],
    ['a JSON array', '[1,2,3]', /does not hold a JSON object/],
    ['JSON null', 'null', /does not hold a JSON object/],
  ])('a file that is %s: backup, defaults, one notice', (_label, content, reason) => {
    expectRecovered(reason, writeSettings(content));
  });

  it('a 100 MB file: kept as the backup unread, quickly, without a second copy in memory', () => {
    // Generated a megabyte at a time, hashed on the way.
    const file = settingsFilePath(dir());
    const hash = createHash('sha256');
    const fd = fs.openSync(file, 'w');
    try {
      const head = Buffer.from(`${validSettings.slice(0, -1)}, "padding": "`);
      fs.writeSync(fd, head);
      hash.update(head);
      const chunk = Buffer.alloc(MB, 'x');
      for (let i = 0; i < 100; i++) {
        fs.writeSync(fd, chunk);
        hash.update(chunk);
      }
    } finally {
      fs.closeSync(fd);
    }
    const stat = fs.statSync(file);
    expect(stat.size).toBeGreaterThan(100 * MB);
    const heapBefore = process.memoryUsage().heapUsed;
    const openMs = expectRecovered(/far too large/, { sha256: hash.digest('hex'), size: stat.size, ino: stat.ino });
    expect(openMs).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(20 * MB);
    console.log(`hostile-files: a ${Math.round(stat.size / MB)} MB settings file recovered in ${openMs.toFixed(0)} ms`);
  });

  it('a 1 GB sparse file (once a crash: too long for a string) is set aside unread', () => {
    const file = settingsFilePath(dir());
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 1024 * MB);
    const stat = fs.statSync(file);
    expectRecovered(/far too large/, { sha256: '', size: stat.size, ino: stat.ino });
  });

  it('just under the size limit is still read and judged on its content', () => {
    const padded = `${validSettings}${' '.repeat(MAX_SETTINGS_FILE_BYTES - validSettings.length)}`;
    writeSettings(padded);
    const store = openSettings();
    expect(store.notice).toBeNull();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('a folder where the file should be is set aside like a bad file', () => {
    fs.mkdirSync(settingsFilePath(dir()));
    fs.writeFileSync(path.join(settingsFilePath(dir()), 'keep-me.txt'), 'mine');
    const logger = createMemoryLogger();
    const store = openSettings(logger);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice && noticeMessage(store.notice)).toMatch(/cannot be read \(EISDIR\)/);
    expect(fs.readFileSync(path.join(dir(), BACKUP, 'keep-me.txt'), 'utf8')).toBe('mine');
    expect(openSettings().notice).toBeNull();
  });

  it('the app shows the notice once and reminds as usual', async () => {
    writeSettings('{"version": 3, "movement": {');
    const { app, clock, notifier } = await startTestApp({ dataDir: dir(), start: NOW, deviceId: 'pc-1' });
    expect(app.snapshot().notices).toHaveLength(1);
    expect(app.snapshot().notices[0]?.message).toMatch(/not valid JSON/);
    await clock.advance(60 * 60_000);
    expect(notifier.shown.some((n) => n.spec.kind === 'movement')).toBe(true);
    app.stop();
  });
});

describe('hostile event files', () => {
  const MONTH = '2026-03';
  const at = (minute: number) => Date.parse('2026-03-02T09:00:00Z') + minute * 60_000;
  const line = (minute: number, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      v: 1,
      id: `e-${minute}`,
      type: 'reminder-shown',
      at: at(minute),
      tz: 0,
      kind: 'movement',
      breakId: `b-${minute}`,
      ...extra,
    });
  const valid = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `${line(from + i)}\n`).join('');
  const hugeValid = `${line(500, { type: 'break-started', source: 'tray', exerciseIds: Array.from({ length: 200_000 }, (_, i) => `ex-${i}`) })}\n`;

  it.each<[string, () => string | Buffer, { events: number; warning: RegExp | null }]>([
    ['empty', () => '', { events: 0, warning: null }],
    [
      'truncated mid-line',
      () => `${valid(0, 5)}${line(5).slice(0, 40)}`,
      { events: 5, warning: /unfinished last line/ },
    ],
    ['binary garbage only', () => randomBytes(64 * 1024, 11), { events: 0, warning: /torn lines?/ }],
    [
      'valid lines around a block of binary garbage',
      () => Buffer.concat([Buffer.from(valid(0, 3)), randomBytes(8 * 1024, 5), Buffer.from(`\n${valid(10, 3)}`)]),
      { events: 6, warning: /torn line/ },
    ],
    [
      'a 5 MB line of garbage among valid lines',
      () => `${valid(0, 2)}${'z'.repeat(5 * MB)}\n${valid(10, 2)}`,
      { events: 4, warning: /a torn line/ },
    ],
    [
      'a 2 MB valid line among valid lines',
      () => `${valid(0, 2)}${hugeValid}${valid(10, 2)}`,
      { events: 5, warning: null },
    ],
    [
      'unknown future types',
      () => `${valid(0, 2)}${line(3, { type: 'mood-logged', mood: 'fine' })}\n${line(4, { type: 'x' })}\n`,
      { events: 2, warning: /2 unknown-type lines/ },
    ],
    [
      'a newer and an older version',
      () => `${line(0, { v: 2 })}\n${line(1, { v: 0 })}\n${valid(5, 3)}`,
      { events: 3, warning: /a future-version line, an? invalid line/ },
    ],
    [
      'valid JSON that is not an object',
      () => `42\n"a string"\nnull\ntrue\n[1,2]\n{}\n${valid(0, 2)}`,
      { events: 2, warning: /skipped .*line/ },
    ],
    ['Windows line ends', () => valid(0, 4).replaceAll('\n', '\r\n'), { events: 4, warning: null }],
  ])('a file with %s: valid lines count, bad ones are skipped with one warning', (_label, content, expected) => {
    const file = path.join(dir(), 'events', 'pc-1', `${MONTH}.jsonl`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const bytes = content();
    fs.writeFileSync(file, bytes);
    const logger = createMemoryLogger();
    const log = new EventLog({ dataDir: dir(), deviceId: 'pc-1', logger });
    const events = log.readMonth(MONTH);
    expect(events).toHaveLength(expected.events);
    const warnings = logger.lines.filter((l) => l.level !== 'info');
    if (expected.warning === null) expect(warnings).toEqual([]);
    else expect(warnings).toEqual([{ level: 'warn', message: expect.stringMatching(expected.warning) }]);
    expect(warnings[0]?.message ?? file).toContain(file);
    // Reading again (incrementally) says nothing new; reading never changes the file.
    expect(log.readMonth(MONTH)).toHaveLength(expected.events);
    expect(logger.lines.filter((l) => l.level !== 'info')).toHaveLength(warnings.length);
    expect(fs.readFileSync(file).equals(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes))).toBe(true);

    // The stats see the same valid events, and the next append lands on a line of its own.
    const stats = new StatsService(log, logger);
    expect(stats.days('2026-03-02', '2026-03-02')[0]?.movement.due).toBe(expected.events);
    log.append({ type: 'reminder-shown', at: at(900), kind: 'movement', breakId: 'after' }, 0);
    const reread = new EventLog({ dataDir: dir(), deviceId: 'pc-1', logger: createMemoryLogger() }).readMonth(MONTH);
    expect(reread).toHaveLength(expected.events + 1);
    expect(reread.at(-1)).toMatchObject({ breakId: 'after' });
  });

  it('several damaged files across devices: one warning per file, the union of valid lines', () => {
    const put = (device: string, content: string | Buffer) => {
      const file = path.join(dir(), 'events', device, `${MONTH}.jsonl`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    };
    put('laptop', `${valid(0, 3)}{"v":1,"id":"to`);
    put('desktop', Buffer.concat([randomBytes(2048, 3), Buffer.from(`\n${valid(20, 4)}`)]));
    put('tablet', valid(40, 2));
    fs.writeFileSync(path.join(dir(), 'events', 'README.txt'), 'a stray file where a device folder should be');
    fs.writeFileSync(path.join(dir(), 'events', 'tablet', 'notes.txt'), 'not a month file');
    const logger = createMemoryLogger();
    const log = new EventLog({ dataDir: dir(), deviceId: 'laptop', logger });
    expect(log.months()).toEqual([MONTH]);
    expect(log.readMonth(MONTH)).toHaveLength(9);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('a broken stats cache is recomputed from the log', () => {
    const logger = createMemoryLogger();
    const log = new EventLog({ dataDir: dir(), deviceId: 'pc-1', logger });
    log.append({ type: 'reminder-shown', at: at(0), kind: 'movement', breakId: 'a' }, 0);
    new StatsService(log, logger).days('2026-03-02', '2026-03-02');
    const cacheFile = path.join(dir(), 'cache', 'pc-1', `stats-${MONTH}.json`);
    const cached = fs.readFileSync(cacheFile, 'utf8');
    fs.writeFileSync(cacheFile, cached.slice(0, cached.length / 2));
    const fresh = new StatsService(new EventLog({ dataDir: dir(), deviceId: 'pc-1', logger }), logger);
    expect(fresh.days('2026-03-02', '2026-03-02')[0]?.movement.due).toBe(1);
  });
});
