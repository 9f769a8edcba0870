import { MAX_TICK_GAP_MS, type EngineState } from './engine-types';

/**
 * Today's sitting as a clock: the figures at one instant, and whether they
 * grow with time. The backend puts one in every snapshot; a page runs it
 * forward to its own "now" (`sittingMinutesAt`), so the minutes on screen
 * move without the backend pushing every minute.
 */
export interface SittingClock {
  /** While the user sits (present, no break): when the current stretch began; null otherwise. */
  since: number | null;
  /** Sitting today, in ms, at the clock's instant. */
  todayMs: number;
  /** The longest stretch today, in ms, at the clock's instant (the current one included). */
  longestMs: number;
}

export interface SittingMinutes {
  /** The current stretch since the last real break. */
  currentMinutes: number;
  longestTodayMinutes: number;
  todayMinutes: number;
}

/** The engine's sitting counters read at `now`: they were last counted at its last tick. */
export function sittingClock(state: EngineState, now: number): SittingClock {
  const { activity } = state;
  const sitting = activity.awaySince === null && state.asleepSince === null && !state.activeBreak;
  if (!sitting) return { since: null, todayMs: activity.sittingTodayMs, longestMs: activity.longestSittingMs };
  // The same count the engine's next tick will make (shared/scheduling/activity.ts measureSitting).
  const sinceTick = Math.min(Math.max(0, now - activity.lastSeenAt), MAX_TICK_GAP_MS);
  return {
    since: activity.sittingSince,
    todayMs: activity.sittingTodayMs + sinceTick,
    longestMs: Math.max(activity.longestSittingMs, now - activity.sittingSince),
  };
}

/** The minutes a sitting clock read at `from` shows at `at` (whole minutes, rounded down). */
export function sittingMinutesAt(clock: SittingClock, from: number, at: number): SittingMinutes {
  const minutes = (ms: number) => Math.max(0, Math.floor(ms / 60_000));
  if (clock.since === null) {
    return { currentMinutes: 0, longestTodayMinutes: minutes(clock.longestMs), todayMinutes: minutes(clock.todayMs) };
  }
  const elapsed = Math.max(0, at - from);
  const current = at - clock.since;
  return {
    currentMinutes: minutes(current),
    longestTodayMinutes: minutes(Math.max(clock.longestMs, current)),
    todayMinutes: minutes(clock.todayMs + elapsed),
  };
}

/**
 * What of a sitting clock stays the same while only time passes: two clocks
 * with the same key show the same figures at every later instant. While
 * the user sits, today's count grows with the clock (its origin stays), and
 * the longest stretch is the current one or a constant.
 */
export function sittingClockKey(clock: SittingClock, at: number): string {
  if (clock.since === null) return `still ${clock.todayMs} ${clock.longestMs}`;
  const longest = clock.longestMs > at - clock.since ? String(clock.longestMs) : 'current';
  return `sitting ${clock.since} ${clock.todayMs - at} ${longest}`;
}
