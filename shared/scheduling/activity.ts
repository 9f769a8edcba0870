import type { Effect, EngineContext, EngineState, IntervalKind } from './engine-types';
import { MAX_TICK_GAP_MS, RETURN_GRACE_MS } from './engine-types';
import { breakSeconds, isIntervalEnabled, restartTimer, updateInterval } from './engine-state';
import { localMoment } from '../calendar';
import { workingOverlapMs } from './working-hours';

/**
 * The user's presence: time away from the keyboard (idle, sleep, lock) counts
 * as a natural break once it is as long as the break itself; coming back
 * restarts those timers and holds reminders for a minute; sitting time is
 * measured between breaks.
 */
const KINDS: IntervalKind[] = ['movement', 'posture'];

/** Idle at least this long means the user is away from the keyboard. */
export function awayThresholdSeconds(ctx: EngineContext): number {
  const candidates = [60];
  for (const kind of KINDS) {
    if (isIntervalEnabled(kind, ctx.settings)) candidates.push(breakSeconds(kind, ctx.settings));
  }
  return Math.min(...candidates);
}

function closeSittingStretch(state: EngineState, endedAt: number): EngineState {
  const stretch = Math.max(0, endedAt - state.activity.sittingSince);
  return {
    ...state,
    activity: { ...state.activity, longestSittingMs: Math.max(state.activity.longestSittingMs, stretch) },
  };
}

/**
 * Credits the natural breaks an away period starting at `since` has earned
 * by `until`: the timers drop any reminder in flight and will restart on
 * return. The movement break is logged when the user comes back, with the
 * whole time away (and the id of any reminder that was waiting).
 */
export function creditAway(state: EngineState, since: number, until: number, ctx: EngineContext): EngineState {
  // Away during a guided break is the break itself, not a second one.
  if (state.activeBreak) return state;
  let next = state;
  for (const kind of KINDS) {
    if (!isIntervalEnabled(kind, ctx.settings) || next.activity.credited.includes(kind)) continue;
    if (until - since < breakSeconds(kind, ctx.settings) * 1000) continue;
    const timer = next.intervals[kind];
    if (kind === 'movement') {
      const naturalBreakId = timer.pendingBreakId ?? timer.nextBreakId ?? ctx.newId();
      next = closeSittingStretch({ ...next, skipsInRow: 0 }, since);
      next = { ...next, activity: { ...next.activity, naturalBreakId } };
    }
    next = updateInterval(next, kind, (t) => ({
      ...t,
      pendingBreakId: null,
      nextBreakId: null,
      deferredSince: null,
      snoozes: 0,
    }));
    next = { ...next, activity: { ...next.activity, credited: [...next.activity.credited, kind] } };
  }
  return next;
}

/**
 * The user is back at `at`: credited timers restart from then, the natural
 * movement break is logged (unless the time away lay outside working hours
 * or in a pause, where no break was due), and a minute of grace begins.
 */
export function applyReturn(state: EngineState, at: number, ctx: EngineContext, effects: Effect[]): EngineState {
  let next = state;
  const { awaySince, naturalBreakId, credited } = state.activity;
  const since = awaySince ?? at;
  // Time away that was mostly outside working hours (lunch, the evening) was no break that fell due.
  const dueWhileAway =
    workingOverlapMs(since, at, ctx.settings.workingHours, ctx.zone) >= breakSeconds('movement', ctx.settings) * 1000;
  if (credited.includes('movement') && naturalBreakId && dueWhileAway && !state.paused) {
    effects.push({
      type: 'record',
      event: {
        type: 'break-completed',
        at,
        kind: 'movement',
        breakId: naturalBreakId,
        durationSeconds: Math.round((at - since) / 1000),
        endedBy: 'natural',
      },
    });
  }
  for (const kind of credited) {
    next = updateInterval(next, kind, (t) => restartTimer(t, kind, ctx.settings, at));
  }
  return {
    ...next,
    activity: {
      ...next.activity,
      awaySince: null,
      credited: [],
      naturalBreakId: null,
      graceUntil: Math.max(next.activity.graceUntil, at + RETURN_GRACE_MS),
      sittingSince: credited.includes('movement') ? at : next.activity.sittingSince,
    },
  };
}

/** Reads the idle time the OS reported: away, still away, or back. */
export function observeIdle(
  state: EngineState,
  idleSeconds: number | null,
  ctx: EngineContext,
  effects: Effect[],
): EngineState {
  if (idleSeconds === null || state.asleepSince !== null) return state;
  const { now } = ctx;
  if (idleSeconds >= awayThresholdSeconds(ctx)) {
    const since = state.activity.awaySince ?? now - idleSeconds * 1000;
    const away = { ...state, activity: { ...state.activity, awaySince: since } };
    return creditAway(away, since, now, ctx);
  }
  if (state.activity.awaySince === null) return state;
  const returnedAt = Math.max(state.activity.awaySince, now - idleSeconds * 1000);
  const credited = creditAway(state, state.activity.awaySince, returnedAt, ctx);
  return applyReturn(credited, returnedAt, ctx, effects);
}

/** Sleep or lock begins: the user is away from now. */
export function goAway(state: EngineState, ctx: EngineContext): EngineState {
  return {
    ...state,
    asleepSince: state.asleepSince ?? ctx.now,
    activity: { ...state.activity, awaySince: state.activity.awaySince ?? ctx.now },
  };
}

/** Wake or unlock: the time away counts, nothing missed fires as a backlog. */
export function comeBack(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  const since = state.activity.awaySince ?? state.asleepSince;
  if (since === null) return state;
  const back = { ...state, asleepSince: null, activity: { ...state.activity, awaySince: since } };
  const credited = creditAway(back, since, ctx.now, ctx);
  return applyReturn({ ...credited, activity: { ...credited.activity, lastSeenAt: ctx.now } }, ctx.now, ctx, effects);
}

/**
 * Catches what no event announced: the clock set back (deadlines keep their
 * remaining time) or a silence longer than the tick allows (the machine slept
 * without telling us, or the clock jumped ahead: treated as time away).
 */
export function catchClockJumps(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  const { now } = ctx;
  const last = state.activity.lastSeenAt;
  if (now < last - 5000) return shiftTimes(state, now - last);
  if (now - last > MAX_TICK_GAP_MS && state.asleepSince === null) {
    const away = { ...state, activity: { ...state.activity, awaySince: state.activity.awaySince ?? last } };
    return comeBack(away, ctx, effects);
  }
  return state;
}

/** Moves every stored instant by `delta`, after the wall clock was set back. */
function shiftTimes(state: EngineState, delta: number): EngineState {
  const shift = (at: number) => at + delta;
  const shiftOrNull = (at: number | null) => (at === null ? null : at + delta);
  const intervals = Object.fromEntries(
    KINDS.map((kind) => {
      const t = state.intervals[kind];
      return [
        kind,
        {
          ...t,
          anchorAt: shift(t.anchorAt),
          dueAt: shift(t.dueAt),
          noticeSentFor: shiftOrNull(t.noticeSentFor),
          deferredSince: shiftOrNull(t.deferredSince),
        },
      ];
    }),
  ) as EngineState['intervals'];
  return {
    ...state,
    intervals,
    activeBreak: state.activeBreak
      ? { ...state.activeBreak, startedAt: shift(state.activeBreak.startedAt), endsAt: shift(state.activeBreak.endsAt) }
      : null,
    paused: state.paused ? { since: shift(state.paused.since), until: shiftOrNull(state.paused.until) } : null,
    activity: {
      ...state.activity,
      lastSeenAt: shift(state.activity.lastSeenAt),
      awaySince: shiftOrNull(state.activity.awaySince),
      graceUntil: shift(state.activity.graceUntil),
      sittingSince: shift(state.activity.sittingSince),
      summarizedAt: shift(state.activity.summarizedAt),
    },
  };
}

/** Counts sitting time, rolls the day over, and warns once at the daily limit. */
export function measureSitting(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  const { now, zone } = ctx;
  let activity = state.activity;
  const today = localMoment(now, zone).date;
  if (today !== activity.day) {
    // The day is over: its activity goes into the log before the counters restart.
    if (activity.sittingTodayMs > 0) effects.push(dayActivityRecord(activity, activity.lastSeenAt));
    activity = {
      ...activity,
      day: today,
      sittingTodayMs: 0,
      longestSittingMs: 0,
      limitWarned: false,
      summarizedAt: now,
    };
  }
  const present = activity.awaySince === null && state.asleepSince === null && state.activeBreak === null;
  if (present && now > activity.lastSeenAt) {
    activity = {
      ...activity,
      sittingTodayMs: activity.sittingTodayMs + Math.min(now - activity.lastSeenAt, MAX_TICK_GAP_MS),
      longestSittingMs: Math.max(activity.longestSittingMs, now - activity.sittingSince),
    };
  }
  // Hourly, today's activity so far is logged too (the latest record of a day
  // wins), so a crash or a quit loses at most an hour of it.
  if (now - activity.summarizedAt >= ACTIVITY_RECORD_MS && activity.sittingTodayMs > 0) {
    effects.push(dayActivityRecord(activity, now));
    activity = { ...activity, summarizedAt: now };
  }
  const limit = ctx.settings.sitting.dailyLimitMinutes;
  let next = { ...state, activity };
  if (limit !== null && present && !activity.limitWarned && activity.sittingTodayMs >= limit * 60_000) {
    next = { ...next, activity: { ...activity, limitWarned: true } };
    effects.push(limitReminder(ctx));
  }
  return next;
}

const ACTIVITY_RECORD_MS = 60 * 60_000;

function dayActivityRecord(activity: EngineState['activity'], at: number): Effect {
  return {
    type: 'record',
    event: {
      type: 'day-activity',
      at,
      date: activity.day,
      activeMinutes: Math.floor(activity.sittingTodayMs / 60_000),
      longestSittingMinutes: Math.floor(activity.longestSittingMs / 60_000),
    },
  };
}

function limitReminder(ctx: EngineContext): Effect {
  const intent = { id: ctx.newId(), kind: 'sitting', variant: 'limit', breakId: ctx.newId(), at: ctx.now } as const;
  return { type: 'remind', intent: { ...intent, canSnooze: false, canSkip: false, quiet: false } };
}
