import type { HistoryView, TodayFigures } from '@shared/ipc-contract';
import { addCalendarDays, calendarMonths, localDateAtOffset, utcOffsetMinutes } from '@shared/calendar';
import { dailyCsv, eventsCsv } from '@shared/stats/csv';
import { emptyDay, type DayAggregate } from '@shared/stats/daily-aggregate';
import { dayStatsOf } from '@shared/stats/day-stats';
import { bestAndWorstHours, exerciseTotals, monthly, streaks, toPoint, weekly } from '@shared/stats/rollups';
import type { Clock } from './ports';
import type { EventLog } from './event-log';
import type { SettingsStore } from './settings-store';
import type { StatsService } from './stats-service';

/** The history view looks back a year (the heat map, the streaks). */
const YEAR_DAYS = 365;

/** The history the dashboard charts, the report and the exports are made of. */
export class HistoryService {
  private revisionNumber = 0;
  private revisionKey: string | null = null;
  private settingsChanges = 0;
  /** Today's aggregate, made once per revision (every snapshot asks for it). */
  private todayDay: { revision: number; day: DayAggregate } | null = null;

  constructor(
    private readonly stats: StatsService,
    private readonly eventLog: EventLog,
    private readonly settings: SettingsStore,
    private readonly clock: Clock,
  ) {
    settings.onChange(() => this.settingsChanges++);
  }

  today(): string {
    const now = this.clock.now();
    return localDateAtOffset(now, utcOffsetMinutes(now, this.clock.timeZone()));
  }

  /**
   * A number that moves on whenever a history or program answer may have
   * changed: the files of the months the history view reads (any device's,
   * so a synced computer's breaks count too), the local date, or the
   * settings. Worked out when asked, from a file signature per month, so
   * nothing has to remember to bump it.
   */
  revision(): number {
    const today = this.today();
    const months = calendarMonths(addCalendarDays(today, -(YEAR_DAYS - 1)).slice(0, 7), today.slice(0, 7));
    const key = [today, this.settingsChanges, ...months.map((m) => this.eventLog.monthSignature(m))].join('\n');
    if (key !== this.revisionKey) {
      this.revisionKey = key;
      this.revisionNumber++;
    }
    return this.revisionNumber;
  }

  private todayAggregate(): DayAggregate {
    const revision = this.revision();
    if (this.todayDay?.revision !== revision) {
      const today = this.today();
      this.todayDay = { revision, day: this.stats.days(today, today)[0] ?? emptyDay(today) };
    }
    return this.todayDay.day;
  }

  /** Today's figures: what the snapshot carries, and the command line's status. */
  todayFigures(): TodayFigures {
    const day = this.todayAggregate();
    return { ...dayStatsOf(day), adherence: toPoint(day).adherence, timeline: day.timeline };
  }

  /** Whether today's pain check-in is done (the tray asks at most once a day). */
  checkedInToday(): boolean {
    return this.todayAggregate().pain != null;
  }

  view(days: number): HistoryView {
    const revision = this.revision();
    const today = this.today();
    const target = this.settings.get().stats.adherenceTargetPercent;
    const year = this.stats.days(addCalendarDays(today, -(YEAR_DAYS - 1)), today);
    // The span is the year's tail: every range the dashboard offers fits in it.
    const span = days <= YEAR_DAYS ? year.slice(-days) : this.stats.days(addCalendarDays(today, -(days - 1)), today);
    const hours = bestAndWorstHours(span);
    const todayDay = span[span.length - 1] ?? emptyDay(today);
    return {
      revision,
      today,
      days,
      target,
      points: span.map(toPoint),
      streaks: streaks(year, target / 100),
      weekly: weekly(span),
      monthly: monthly(span),
      bestHour: hours.best,
      mostSkippedHour: hours.mostSkipped,
      exercises: exerciseTotals(span),
      year: year.map((d) => ({ date: d.date, adherence: toPoint(d).adherence, due: d.movement.due })),
      todayDetail: {
        postureShown: todayDay.posture.shown,
        postureAcknowledged: todayDay.posture.acknowledged,
        natural: todayDay.movement.natural,
        guided: todayDay.movement.guided,
        skipped: todayDay.movement.skipped,
        snoozed: todayDay.movement.snoozed,
        activeMinutes: todayDay.activeMinutes,
        longestSittingMinutes: todayDay.longestSittingMinutes,
        homeProgramDone: todayDay.homeProgramDone,
        walksDone: todayDay.walksDone,
      },
      timeline: todayDay.timeline,
    };
  }

  csv(what: 'daily' | 'events'): { filename: string; content: string } {
    const today = this.today();
    if (what === 'daily')
      return { filename: `posture-breaks-daily-${today}.csv`, content: dailyCsv(this.stats.allDays()) };
    return { filename: `posture-breaks-events-${today}.csv`, content: eventsCsv(this.eventLog.readAll()) };
  }
}
