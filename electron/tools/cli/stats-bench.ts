import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SETTINGS_VERSION } from '@shared/settings-schema';
import { ManualClock } from '../../core/clocks';
import { createConfBackend, settingsFilePath } from '../../web-host/conf-backend';
import { EventLog } from '../../core/event-log';
import { HistoryService } from '../../core/history-service';
import { createConsoleLogger } from '../../core/logger';
import { SettingsStore } from '../../core/settings-store';
import { StatsService } from '../../core/stats-service';

/**
 * One measurement of the history's cost, in a fresh process (so "cold" means
 * cold): load and aggregate every month, then the dashboard's 90-day view.
 * Prints one JSON line; tests/bench/run.mjs runs it several times.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    now: { type: 'string' },
    'drop-cache': { type: 'boolean', default: false },
  },
});
const dataDir = values['data-dir'];
if (!dataDir) throw new Error('--data-dir is required');
if (values['drop-cache']) fs.rmSync(path.join(dataDir, 'cache'), { recursive: true, force: true });

// Warnings (a torn line, say) go to stderr; the figures go to stdout.
const logger = createConsoleLogger('stats-bench');
const device = fs.readdirSync(path.join(dataDir, 'events'))[0] ?? 'bench';
const clock = new ManualClock(Date.parse(values.now ?? new Date().toISOString()), 'Europe/Berlin');
const settings = SettingsStore.open({
  filePath: settingsFilePath(dataDir),
  createBackend: () => createConfBackend(dataDir),
  now: clock.now(),
  logger,
});
if (settings.get().version !== SETTINGS_VERSION) throw new Error('unexpected settings version');

const baseline = process.memoryUsage();
const t0 = performance.now();
const eventLog = new EventLog({ dataDir, deviceId: device, logger });
const stats = new StatsService(eventLog, logger);
const days = stats.allDays();
const loadMs = performance.now() - t0;

const history = new HistoryService(stats, eventLog, settings, clock);
const t1 = performance.now();
const view = history.view(90);
const firstQueryMs = performance.now() - t1;

const warm: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  history.view(90);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
globalThis.gc?.();
const after = process.memoryUsage();
const eventCount = eventLog.readAll().length;
process.stdout.write(
  `${JSON.stringify({
    days: days.length,
    events: eventCount,
    loadMs,
    firstQueryMs,
    warmQueryMs: warm[Math.floor(warm.length / 2)],
    points: view.points.length,
    heapMB: (after.heapUsed - baseline.heapUsed) / 1048576,
    rssMB: after.rss / 1048576,
  })}\n`,
);
