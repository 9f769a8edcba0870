import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventLog } from '../../electron/core/event-log';
import { createMemoryLogger } from '../helpers/memory-logger';
import { StatsService } from '../../electron/core/stats-service';
import { tempDirPerTest } from '../helpers/temp-dir';

const dir = tempDirPerTest('posture-stats-');
const at = (iso: string) => Date.parse(iso);

function taken(log: EventLog, iso: string, breakId: string) {
  log.append({ type: 'reminder-shown', at: at(iso), kind: 'movement', breakId }, 0);
  log.append(
    {
      type: 'break-completed',
      at: at(iso) + 180_000,
      kind: 'movement',
      breakId,
      durationSeconds: 180,
      endedBy: 'user',
    },
    0,
  );
}

describe('StatsService', () => {
  it('aggregates the union of devices by local date, empty days included', () => {
    const logger = createMemoryLogger();
    taken(new EventLog({ dataDir: dir(), deviceId: 'laptop', logger }), '2026-02-27T10:00:00Z', 'a');
    taken(new EventLog({ dataDir: dir(), deviceId: 'desktop', logger }), '2026-03-02T10:00:00Z', 'b');
    const stats = new StatsService(new EventLog({ dataDir: dir(), deviceId: 'laptop', logger }), logger);
    const days = stats.days('2026-02-27', '2026-03-02');
    expect(days.map((d) => [d.date, d.movement.taken])).toEqual([
      ['2026-02-27', 1],
      ['2026-02-28', 0],
      ['2026-03-01', 0],
      ['2026-03-02', 1],
    ]);
  });

  it('caches each month on disk, per device, and a new process reads the cache instead of the log', () => {
    const logger = createMemoryLogger();
    const log = new EventLog({ dataDir: dir(), deviceId: 'laptop', logger });
    taken(log, '2026-03-02T10:00:00Z', 'a');
    new StatsService(log, logger).days('2026-03-01', '2026-03-31');
    const cacheFile = path.join(dir(), 'cache', 'laptop', 'stats-2026-03.json');
    expect(fs.existsSync(cacheFile)).toBe(true);

    // Doctor the cache: a fresh service must trust it while the log is unchanged...
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    cache.days[0].movement.taken = 99;
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    const fresh = () => new StatsService(new EventLog({ dataDir: dir(), deviceId: 'laptop', logger }), logger);
    expect(fresh().days('2026-03-02', '2026-03-02')[0]?.movement.taken).toBe(99);

    // ...and recompute as soon as the month's history changes.
    taken(new EventLog({ dataDir: dir(), deviceId: 'laptop', logger }), '2026-03-02T12:00:00Z', 'b');
    expect(fresh().days('2026-03-02', '2026-03-02')[0]?.movement.taken).toBe(2);
  });

  it('sees new events in the current month at once (incremental reads)', () => {
    const logger = createMemoryLogger();
    const log = new EventLog({ dataDir: dir(), deviceId: 'laptop', logger });
    const stats = new StatsService(log, logger);
    taken(log, '2026-03-02T10:00:00Z', 'a');
    expect(stats.days('2026-03-02', '2026-03-02')[0]?.movement.taken).toBe(1);
    taken(log, '2026-03-02T11:00:00Z', 'b');
    expect(stats.days('2026-03-02', '2026-03-02')[0]?.movement.taken).toBe(2);
  });

  it('recomputes from a broken cache file instead of failing', () => {
    const logger = createMemoryLogger();
    const log = new EventLog({ dataDir: dir(), deviceId: 'laptop', logger });
    taken(log, '2026-03-02T10:00:00Z', 'a');
    new StatsService(log, logger).days('2026-03-02', '2026-03-02');
    fs.writeFileSync(path.join(dir(), 'cache', 'laptop', 'stats-2026-03.json'), '{"version": 2, "signa');
    const fresh = new StatsService(new EventLog({ dataDir: dir(), deviceId: 'laptop', logger }), logger);
    expect(fresh.days('2026-03-02', '2026-03-02')[0]?.movement.taken).toBe(1);
  });

  it('an empty history gives empty days, not errors', () => {
    const logger = createMemoryLogger();
    const stats = new StatsService(new EventLog({ dataDir: dir(), deviceId: 'laptop', logger }), logger);
    expect(stats.allDays()).toEqual([]);
    expect(stats.days('2026-03-01', '2026-03-03').every((d) => d.movement.due === 0)).toBe(true);
  });
});
