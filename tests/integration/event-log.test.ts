import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventLog } from '../../electron/core/event-log';
import { createMemoryLogger } from '../helpers/memory-logger';
import { tempDirPerTest } from '../helpers/temp-dir';

const dir = tempDirPerTest('posture-log-');
const at = (iso: string) => Date.parse(iso);

function log(deviceId = 'laptop-1234abcd', logger = createMemoryLogger()) {
  return new EventLog({ dataDir: dir(), deviceId, logger });
}

const reminder = (iso: string, breakId = 'b1') =>
  ({ type: 'reminder-shown', at: at(iso), kind: 'movement', breakId }) as const;

describe('EventLog', () => {
  it('appends versioned lines to events/<device>/<local month>.jsonl', () => {
    const events = log();
    const written = events.append(reminder('2026-03-31T23:30:00Z'), 60); // already April in UTC+1
    const file = path.join(dir(), 'events', 'laptop-1234abcd', '2026-04.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toEqual(written);
    expect(written).toMatchObject({ v: 1, tz: 60, type: 'reminder-shown' });
    expect(written.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads the union of every device, oldest first', () => {
    log('laptop-1').append(reminder('2026-03-02T10:00:00Z', 'late'), 0);
    log('desktop-2').append(reminder('2026-03-02T09:00:00Z', 'early'), 0);
    const events = log('laptop-1').readMonth('2026-03');
    expect(events.map((e) => (e.type === 'reminder-shown' ? e.breakId : ''))).toEqual(['early', 'late']);
  });

  it('returns nothing for a month or a data dir without history', () => {
    expect(log().readMonth('2026-03')).toEqual([]);
  });

  it('sees appends made after an earlier read (incremental reads)', () => {
    const events = log();
    events.append(reminder('2026-03-02T09:00:00Z', 'a'), 0);
    expect(events.readMonth('2026-03')).toHaveLength(1);
    events.append(reminder('2026-03-02T10:00:00Z', 'b'), 0);
    log('other-device').append(reminder('2026-03-02T11:00:00Z', 'c'), 0);
    expect(events.readMonth('2026-03')).toHaveLength(3);
  });

  it('skips a torn last line with a warning, and the next append starts on a fresh line', () => {
    const logger = createMemoryLogger();
    const first = log('pc-1', logger);
    first.append(reminder('2026-03-02T09:00:00Z', 'a'), 0);
    const file = path.join(dir(), 'events', 'pc-1', '2026-03.jsonl');
    fs.appendFileSync(file, '{"v":1,"id":"torn","type":"remi'); // a crash mid-write

    const afterCrash = log('pc-1', logger);
    expect(afterCrash.readMonth('2026-03')).toHaveLength(1);
    expect(logger.lines.some((l) => l.level === 'warn' && /unfinished last line/.test(l.message))).toBe(true);

    afterCrash.append(reminder('2026-03-02T10:00:00Z', 'b'), 0);
    const reread = log('pc-1', logger).readMonth('2026-03');
    expect(reread.map((e) => e.id !== 'torn' && e.type === 'reminder-shown' && e.breakId)).toEqual(['a', 'b']);
    expect(logger.lines.some((l) => /skipped a torn line/.test(l.message))).toBe(true);
  });

  it('ignores lines from a later version of the app', () => {
    const logger = createMemoryLogger();
    const file = path.join(dir(), 'events', 'pc-1', '2026-03.jsonl');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `${JSON.stringify({ v: 1, id: 'x', at: at('2026-03-02T09:00:00Z'), tz: 0, type: 'mood-logged' })}\n`,
    );
    expect(log('pc-1', logger).readMonth('2026-03')).toEqual([]);
    expect(logger.lines[0]?.message).toMatch(/unknown-type/);
  });

  it('refuses a device id that could escape the events folder', () => {
    expect(() => log('../../etc')).toThrow(/invalid device id/);
  });
});
