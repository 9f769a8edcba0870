import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventLog } from '../../electron/core/event-log';
import { createMemoryLogger } from '../helpers/memory-logger';
import { StatsService } from '../../electron/core/stats-service';
import { seedHistory } from '../../electron/tools/cli/synthetic-history';
import { tempDirPerTest } from '../helpers/temp-dir';

const dir = tempDirPerTest('posture-seed-');

const options = (dataDir: string) => ({
  dataDir,
  years: 1,
  end: '2026-11-27',
  zone: 'Europe/Berlin',
  seed: 7,
  devices: 2,
});

describe('synthetic history', () => {
  it('writes a year of valid events, on two devices, across both DST changes', () => {
    const result = seedHistory(options(dir()));
    expect(result.days).toBe(365);
    const logger = createMemoryLogger();
    const events = new EventLog({ dataDir: dir(), deviceId: 'device-1', logger }).readAll();
    expect(events).toHaveLength(result.events);
    expect(logger.lines.filter((l) => l.level === 'warn')).toEqual([]); // every line parses
    expect(fs.readdirSync(path.join(dir(), 'events')).sort()).toEqual(['device-1', 'device-2']);
    expect(new Set(events.map((e) => e.tz))).toEqual(new Set([60, 120])); // winter and summer time
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'reminder-shown',
      'break-completed',
      'break-snoozed',
      'break-skipped',
      'exercise-done',
      'pain-checkin',
      'day-activity',
    ]) {
      expect(types.has(type as never), type).toBe(true);
    }
  });

  it('looks like a real user: workdays only, adherence neither perfect nor hopeless', () => {
    seedHistory(options(dir()));
    const logger = createMemoryLogger();
    const days = new StatsService(new EventLog({ dataDir: dir(), deviceId: 'device-1', logger }), logger).days(
      '2026-01-05',
      '2026-01-11',
    );
    expect(days.slice(5).every((d) => d.movement.due === 0)).toBe(true); // the weekend
    const all = new StatsService(new EventLog({ dataDir: dir(), deviceId: 'device-1', logger }), logger).allDays();
    const due = all.reduce((s, d) => s + d.movement.due, 0);
    const taken = all.reduce((s, d) => s + d.movement.taken, 0);
    expect(taken / due).toBeGreaterThan(0.6);
    expect(taken / due).toBeLessThan(0.95);
  });

  it('is the same for the same seed', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-seed-'));
    try {
      seedHistory(options(dir()));
      seedHistory(options(other));
      const read = (d: string) => fs.readFileSync(path.join(d, 'events', 'device-1', '2026-03.jsonl'), 'utf8');
      expect(read(dir())).toBe(read(other));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
