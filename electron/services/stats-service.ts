import * as fs from 'node:fs';
import * as path from 'node:path';
import { aggregateDays, type DayAggregate } from '@shared/stats/daily-aggregate';
import { series } from '@shared/stats/rollups';
import type { Logger } from '../ports';
import type { EventLog } from './event-log';

/**
 * Daily aggregates of the history, cached per month: in memory, and on disk
 * under `cache/<device>/` (per device, so a synced data dir never gets two
 * computers writing one file). A month's cache is valid while its files'
 * signature is unchanged, so a new day re-reads only the current month.
 */
const CACHE_VERSION = 2;

interface MonthCache {
  version: number;
  signature: string;
  days: DayAggregate[];
}

export class StatsService {
  private readonly memory = new Map<string, { signature: string; days: Map<string, DayAggregate> }>();
  private readonly cacheDir: string;

  constructor(
    private readonly eventLog: EventLog,
    private readonly logger: Logger,
  ) {
    this.cacheDir = path.join(eventLog.dataDir, 'cache', eventLog.deviceId);
  }

  /** Every day from `from` to `to` (local dates), empty days included. */
  days(from: string, to: string): DayAggregate[] {
    const all = new Map<string, DayAggregate>();
    for (const month of monthsBetween(from.slice(0, 7), to.slice(0, 7))) {
      for (const [date, day] of this.month(month)) all.set(date, day);
    }
    return series(all, from, to);
  }

  /** All months with history, for exports and the year view. */
  allDays(): DayAggregate[] {
    const months = this.eventLog.months();
    if (months.length === 0) return [];
    const all: DayAggregate[] = [];
    for (const month of months)
      all.push(...[...this.month(month).values()].sort((a, b) => a.date.localeCompare(b.date)));
    return all;
  }

  private month(month: string): Map<string, DayAggregate> {
    const signature = this.eventLog.monthSignature(month);
    const inMemory = this.memory.get(month);
    if (inMemory?.signature === signature) return inMemory.days;
    let days = this.readCache(month, signature);
    if (!days) {
      days = aggregateDays(this.eventLog.readMonth(month));
      this.writeCache(month, signature, days);
      // Past months are done with; only the newest keeps its raw events for incremental reads.
      const months = this.eventLog.months();
      if (month !== months[months.length - 1]) this.eventLog.forget(month);
    }
    this.memory.set(month, { signature, days });
    return days;
  }

  private cacheFile(month: string): string {
    return path.join(this.cacheDir, `stats-${month}.json`);
  }

  private readCache(month: string, signature: string): Map<string, DayAggregate> | null {
    try {
      const cache = JSON.parse(fs.readFileSync(this.cacheFile(month), 'utf8')) as MonthCache;
      if (cache.version !== CACHE_VERSION || cache.signature !== signature) return null;
      return new Map(cache.days.map((day) => [day.date, day]));
    } catch {
      return null; // no cache yet, or a broken one: recompute
    }
  }

  private writeCache(month: string, signature: string, days: Map<string, DayAggregate>): void {
    if (signature === '') return; // nothing on disk for that month
    try {
      fs.mkdirSync(this.cacheDir, { recursive: true });
      const cache: MonthCache = { version: CACHE_VERSION, signature, days: [...days.values()] };
      const file = this.cacheFile(month);
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(cache));
      fs.renameSync(`${file}.tmp`, file);
    } catch (error) {
      // A cache is only a speed-up: carry on without it.
      this.logger.warn('could not write the stats cache', error);
    }
  }
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to) break;
    months.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}
