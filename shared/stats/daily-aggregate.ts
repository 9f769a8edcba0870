import { localDateAtOffset, localHourAtOffset } from '../calendar';
import type { LogEvent, ReminderKind } from '../event-log-schema';
import type { PainArea } from '../program/profile-model';
import { summarisePostureDays, type PostureDay } from './posture-day';

/**
 * One local calendar day of history, summed up. Each event lands on the date
 * its own UTC offset gives, so DST changes and trips never move past events.
 * Aggregates are plain JSON: they are cached per month so a new day never
 * re-reads the years before it.
 */
export interface DayAggregate {
  date: string;
  posture: { shown: number; acknowledged: number };
  movement: {
    /** Breaks that fell due, were started by hand, or were taken naturally. */
    due: number;
    taken: number;
    guided: number;
    natural: number;
    snoozed: number;
    skipped: number;
  };
  /** Minutes spent in guided breaks (natural breaks are time away, not exercise). */
  guidedMinutes: number;
  /** Exercises done, by id. */
  exercises: Record<string, number>;
  /** Feedback given on exercises, by id, in time order. */
  feedback: Record<string, ('too-easy' | 'right' | 'painful')[]>;
  /** From the day's activity record (the latest of the day), if any. */
  activeMinutes: number | null;
  longestSittingMinutes: number | null;
  homeProgramDone: number;
  walksDone: number;
  /** The worst pain reported for each region that day; null without a check-in. */
  pain: Partial<Record<PainArea, number>> | null;
  flareUp: boolean;
  /** Movement breaks taken and skipped (or snoozed) by local hour, 0-23. */
  takenByHour: number[];
  skippedByHour: number[];
  /** The day's reminders and what became of them, in time order. */
  timeline: TimelineEntry[];
  /** What camera posture sensing saw that day; null when it was off all day. */
  sensing: PostureDay | null;
}

export type TimelineWhat = 'reminded' | 'started' | 'taken' | 'natural' | 'snoozed' | 'skipped' | 'deferred';

export interface TimelineEntry {
  at: number;
  kind: ReminderKind;
  what: TimelineWhat;
}

function timelineWhat(event: LogEvent): TimelineWhat | null {
  switch (event.type) {
    case 'reminder-shown':
      return event.variant === 'pre-break' ? null : 'reminded';
    case 'break-started':
      return 'started';
    case 'break-completed':
      return event.endedBy === 'natural' ? 'natural' : 'taken';
    case 'break-snoozed':
      return 'snoozed';
    case 'break-skipped':
      return 'skipped';
    case 'reminder-deferred':
      return 'deferred';
    default:
      return null;
  }
}

export function emptyDay(date: string): DayAggregate {
  return {
    date,
    posture: { shown: 0, acknowledged: 0 },
    movement: { due: 0, taken: 0, guided: 0, natural: 0, snoozed: 0, skipped: 0 },
    guidedMinutes: 0,
    // Keyed by ids from the log: no prototype, so no id can reach Object's own properties.
    exercises: Object.create(null) as Record<string, number>,
    feedback: Object.create(null) as Record<string, ('too-easy' | 'right' | 'painful')[]>,
    activeMinutes: null,
    longestSittingMinutes: null,
    homeProgramDone: 0,
    walksDone: 0,
    pain: null,
    flareUp: false,
    takenByHour: new Array<number>(24).fill(0),
    skippedByHour: new Array<number>(24).fill(0),
    timeline: [],
    sensing: null,
  };
}

/** Adherence of a day or a span: taken / due, or null when nothing fell due. */
export function adherence(taken: number, due: number): number | null {
  return due === 0 ? null : Math.min(1, taken / due);
}

interface Working {
  day: DayAggregate;
  due: Set<string>;
  taken: Set<string>;
  postureShown: Set<string>;
  guidedSeconds: number;
  activityAt: number;
}

/** Sums up events (any order, any devices) into one aggregate per local date. */
export function aggregateDays(events: Iterable<LogEvent>): Map<string, DayAggregate> {
  const days = new Map<string, Working>();
  const postureEvents: LogEvent[] = [];
  const working = (date: string): Working => {
    let w = days.get(date);
    if (!w) {
      w = {
        day: emptyDay(date),
        due: new Set(),
        taken: new Set(),
        postureShown: new Set(),
        guidedSeconds: 0,
        activityAt: -1,
      };
      days.set(date, w);
    }
    return w;
  };
  for (const event of events) {
    const date = event.type === 'day-activity' ? event.date : localDateAtOffset(event.at, event.tz);
    const w = working(date);
    const { day } = w;
    const what = timelineWhat(event);
    if (what && 'kind' in event) day.timeline.push({ at: event.at, kind: event.kind, what });
    if (event.type === 'posture-state' || event.type === 'posture-nudge' || event.type === 'break-started') {
      postureEvents.push(event);
    }
    switch (event.type) {
      case 'reminder-shown':
        if (event.kind === 'movement') w.due.add(event.breakId);
        else if (event.kind === 'posture' && !w.postureShown.has(event.breakId)) {
          w.postureShown.add(event.breakId);
          day.posture.shown++;
        }
        break;
      case 'reminder-acknowledged':
        if (event.kind === 'posture') day.posture.acknowledged++;
        break;
      case 'break-started':
        if (event.kind === 'movement') w.due.add(event.breakId);
        break;
      case 'break-completed':
        if (event.kind === 'movement') {
          w.due.add(event.breakId);
          if (!w.taken.has(event.breakId)) {
            w.taken.add(event.breakId);
            if (event.endedBy === 'natural') day.movement.natural++;
            else {
              day.movement.guided++;
              w.guidedSeconds += event.durationSeconds;
            }
            day.takenByHour[localHourAtOffset(event.at, event.tz)]!++;
          }
        } else if (event.kind === 'home-program') {
          day.homeProgramDone++;
          w.guidedSeconds += event.durationSeconds;
        } else if (event.kind === 'walk') {
          day.walksDone++;
          w.guidedSeconds += event.durationSeconds;
        }
        break;
      case 'break-snoozed':
        if (event.kind === 'movement') {
          day.movement.snoozed++;
          day.skippedByHour[localHourAtOffset(event.at, event.tz)]!++;
        }
        break;
      case 'break-skipped':
        if (event.kind === 'movement') {
          day.movement.skipped++;
          w.due.add(event.breakId);
          day.skippedByHour[localHourAtOffset(event.at, event.tz)]!++;
        }
        break;
      case 'exercise-done':
        day.exercises[event.exerciseId] = (day.exercises[event.exerciseId] ?? 0) + 1;
        break;
      case 'exercise-feedback':
        (day.feedback[event.exerciseId] ??= []).push(event.feedback);
        break;
      case 'pain-checkin': {
        const pain = { ...(day.pain ?? {}) };
        for (const [area, value] of Object.entries(event.regions) as [PainArea, number][]) {
          pain[area] = Math.max(pain[area] ?? 0, value);
        }
        day.pain = pain;
        day.flareUp ||= event.flareUp;
        break;
      }
      case 'day-activity':
        // The latest record of a date is the most complete one.
        if (event.at >= w.activityAt) {
          w.activityAt = event.at;
          day.activeMinutes = event.activeMinutes;
          day.longestSittingMinutes = event.longestSittingMinutes;
        }
        break;
      default:
        break;
    }
  }
  // A sensed day can hold no other event (a posture run from the day before, across midnight).
  for (const [date, sensing] of summarisePostureDays(postureEvents)) working(date).day.sensing = sensing;
  const result = new Map<string, DayAggregate>();
  for (const [date, w] of days) {
    w.day.movement.due = w.due.size;
    w.day.movement.taken = w.taken.size;
    w.day.guidedMinutes = Math.round(w.guidedSeconds / 60);
    w.day.timeline.sort((a, b) => a.at - b.at);
    result.set(date, w.day);
  }
  return result;
}
