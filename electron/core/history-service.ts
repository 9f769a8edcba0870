import type { HistoryView } from '@shared/ipc-contract';
import { addCalendarDays, localDateAtOffset, utcOffsetMinutes } from '@shared/calendar';
import { dailyCsv, eventsCsv } from '@shared/stats/csv';
import { emptyDay } from '@shared/stats/daily-aggregate';
import { bestAndWorstHours, exerciseTotals, monthly, streaks, toPoint, weekly } from '@shared/stats/rollups';
import type { Clock } from './ports';
import type { EventLog } from './event-log';
import type { SettingsStore } from './settings-store';
import type { StatsService } from './stats-service';

/** The history the dashboard charts, the report and the exports are made of. */
export class HistoryService {
  constructor(
    private readonly stats: StatsService,
    private readonly eventLog: EventLog,
    private readonly settings: SettingsStore,
    private readonly clock: Clock,
  ) {}

  today(): string {
    const now = this.clock.now();
    return localDateAtOffset(now, utcOffsetMinutes(now, this.clock.timeZone()));
  }

  /** Whether today's pain check-in is done (the tray asks at most once a day). */
  checkedInToday(): boolean {
    const today = this.today();
    return this.stats.days(today, today)[0]?.pain != null;
  }

  view(days: number): HistoryView {
    const today = this.today();
    const target = this.settings.get().stats.adherenceTargetPercent;
    const span = this.stats.days(addCalendarDays(today, -(days - 1)), today);
    const year = this.stats.days(addCalendarDays(today, -364), today);
    const hours = bestAndWorstHours(span);
    const todayDay = span[span.length - 1] ?? emptyDay(today);
    return {
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
