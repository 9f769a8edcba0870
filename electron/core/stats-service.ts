import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarMonths } from '@shared/calendar';
import { aggregateDays, type DayAggregate } from '@shared/stats/daily-aggregate';
import { mergePostureDays } from '@shared/stats/posture-day';
import { series } from '@shared/stats/rollups';
import type { Logger } from './ports';
import type { EventLog } from './event-log';

/**
 * Daily aggregates of the history, cached per month: in memory, and on disk
 * under `cache/<device>/` (per device, so a synced data dir never gets two
 * computers writing one file). A month's cache is valid while its files'
 * signature is unchanged, so a new day re-reads only the current month.
 */
const CACHE_VERSION = 3;

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
    for (const month of calendarMonths(from.slice(0, 7), to.slice(0, 7))) mergeInto(all, this.month(month));
    this.releasePastMonths(this.eventLog.months());
    return series(all, from, to);
  }

  /** All months with history, for exports and the year view. */
  allDays(): DayAggregate[] {
    const months = this.eventLog.months();
    if (months.length === 0) return [];
    const all = new Map<string, DayAggregate>();
    for (const month of months) mergeInto(all, this.month(month));
    this.releasePastMonths(months);
    return [...all.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  private month(month: string): Map<string, DayAggregate> {
    const signature = this.eventLog.monthSignature(month);
    const inMemory = this.memory.get(month);
    if (inMemory?.signature === signature) return inMemory.days;
    let days = this.readCache(month, signature);
    if (!days) {
      days = aggregateDays(this.eventLog.readMonth(month));
      this.writeCache(month, signature, days);
    }
    this.memory.set(month, { signature, days });
    return days;
  }

  /**
   * Past months are done with: only the newest keeps its raw events, for
   * incremental reads. Also the months that were the newest when last read
   * (else a long-running app would keep every month it ever saw).
   */
  private releasePastMonths(months: string[]): void {
    for (const month of months.slice(0, -1)) this.eventLog.forget(month);
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
    const temp = `${this.cacheFile(month)}.tmp`;
    try {
      fs.mkdirSync(this.cacheDir, { recursive: true, mode: 0o700 });
      const cache: MonthCache = { version: CACHE_VERSION, signature, days: [...days.values()] };
      fs.writeFileSync(temp, JSON.stringify(cache), { mode: 0o600 });
      fs.renameSync(temp, this.cacheFile(month));
    } catch (error) {
      // A cache is only a speed-up: carry on without it, and without a
      // half-written temp file holding on to a full disk's last space.
      this.logger.warn('could not write the stats cache', error);
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // nothing more to do
      }
    }
  }
}

/**
 * Adds a month's days to `all`. A date can come from two months: its
 * `day-activity` record is filed by when it was written, which is the next
 * month when the app next ran after the month's last day (a weekend, a
 * night asleep). Such a date's aggregates are summed, never overwritten.
 */
function mergeInto(all: Map<string, DayAggregate>, days: Map<string, DayAggregate>): void {
  for (const [date, day] of days) {
    const earlier = all.get(date);
    all.set(date, earlier ? mergeDays(earlier, day) : day);
  }
}

/** One date's aggregates from two months; `later` comes from the later month. */
function mergeDays(earlier: DayAggregate, later: DayAggregate): DayAggregate {
  const add = (a: number[], b: number[]) => a.map((n, i) => n + (b[i] ?? 0));
  // Keyed by ids from the log: prototype-free, like the aggregates themselves.
  const exercises: DayAggregate['exercises'] = Object.assign(Object.create(null) as object, earlier.exercises);
  for (const [id, n] of Object.entries(later.exercises)) exercises[id] = (exercises[id] ?? 0) + n;
  const feedback: DayAggregate['feedback'] = Object.assign(Object.create(null) as object, earlier.feedback);
  for (const [id, list] of Object.entries(later.feedback)) feedback[id] = [...(feedback[id] ?? []), ...list];
  let pain = earlier.pain;
  if (later.pain) {
    const merged: Record<string, number> = { ...earlier.pain };
    for (const [area, value] of Object.entries(later.pain)) merged[area] = Math.max(merged[area] ?? 0, value ?? 0);
    pain = merged;
  }
  const sum = <T extends Record<string, number>>(a: T, b: T) =>
    Object.fromEntries(Object.entries(a).map(([key, n]) => [key, n + (b[key] ?? 0)])) as T;
  return {
    ...earlier,
    posture: sum(earlier.posture, later.posture),
    movement: sum(earlier.movement, later.movement),
    guidedMinutes: earlier.guidedMinutes + later.guidedMinutes,
    exercises,
    feedback,
    // The later record of a day's activity is the more complete one.
    activeMinutes: later.activeMinutes ?? earlier.activeMinutes,
    longestSittingMinutes: later.longestSittingMinutes ?? earlier.longestSittingMinutes,
    homeProgramDone: earlier.homeProgramDone + later.homeProgramDone,
    walksDone: earlier.walksDone + later.walksDone,
    pain,
    flareUp: earlier.flareUp || later.flareUp,
    takenByHour: add(earlier.takenByHour, later.takenByHour),
    skippedByHour: add(earlier.skippedByHour, later.skippedByHour),
    timeline: [...earlier.timeline, ...later.timeline].sort((a, b) => a.at - b.at),
    sensing: mergePostureDays(earlier.sensing, later.sensing),
  };
}
