import type { ReminderKind } from '../event-log-schema';
import type { Settings } from '../settings-schema';
import type {
  DailyTimer,
  EngineContext,
  EngineState,
  IntervalKind,
  IntervalTimer,
  ScheduleStatus,
  SitStandPhase,
} from './engine-types';
import { localMoment } from '../calendar';

/** Helpers over the engine state shared by the engine's modules. */

/** Seconds until the next reminder of an interval kind, from its anchor. */
export function intervalSeconds(kind: IntervalKind, settings: Settings, phase: SitStandPhase): number {
  if (kind === 'movement') return settings.movement.intervalSeconds;
  if (settings.posture.mode === 'check') return settings.posture.intervalSeconds;
  const rhythm = settings.posture.sitStand;
  return phase === 'sit' ? rhythm.sitSeconds : phase === 'stand' ? rhythm.standSeconds : rhythm.moveSeconds;
}

/** How long a break of this kind lasts: idle this long counts as taking it. */
export function breakSeconds(kind: IntervalKind, settings: Settings): number {
  return kind === 'movement' ? settings.movement.durationSeconds : settings.posture.naturalResetSeconds;
}

export function isIntervalEnabled(kind: IntervalKind, settings: Settings): boolean {
  return kind === 'movement' ? settings.movement.enabled : settings.posture.enabled;
}

export function freshTimer(kind: IntervalKind, settings: Settings, at: number, rotation = 0): IntervalTimer {
  return {
    anchorAt: at,
    dueAt: at + intervalSeconds(kind, settings, 'sit') * 1000,
    pendingBreakId: null,
    nextBreakId: null,
    snoozes: 0,
    noticeSentFor: null,
    deferredSince: null,
    rotation,
    phase: 'sit',
    session: null,
  };
}

/** Starts the countdown again from `at`, forgetting any reminder in flight. */
export function restartTimer(timer: IntervalTimer, kind: IntervalKind, settings: Settings, at: number): IntervalTimer {
  return { ...freshTimer(kind, settings, at, timer.rotation) };
}

function freshDaily(): DailyTimer {
  return {
    lastDate: null,
    pendingBreakId: null,
    deferredSince: null,
    snoozedUntil: null,
    snoozes: 0,
    completed: 0,
    session: null,
  };
}

export function initialEngineState(settings: Settings, now: number, zone: string): EngineState {
  return {
    zone,
    intervals: { posture: freshTimer('posture', settings, now), movement: freshTimer('movement', settings, now) },
    daily: { 'home-program': freshDaily(), walk: freshDaily() },
    paused: null,
    activeBreak: null,
    skipsInRow: 0,
    busy: false,
    asleepSince: null,
    outsideHours: false,
    activity: {
      lastSeenAt: now,
      awaySince: null,
      credited: [],
      naturalBreakId: null,
      graceUntil: now,
      sittingSince: now,
      day: localMoment(now, zone).date,
      sittingTodayMs: 0,
      longestSittingMs: 0,
      limitWarned: false,
      summarizedAt: now,
    },
    sensed: { drift: null, deferredSince: null, snoozedUntil: null },
  };
}

export function scheduleStatus(state: EngineState): ScheduleStatus {
  if (state.activeBreak) return 'in-break';
  if (state.paused) return 'paused';
  if (state.outsideHours) return 'outside-hours';
  return 'running';
}

/** Whether interval reminders may run at all right now. */
export function intervalsRunning(state: EngineState): boolean {
  return !state.paused && !state.outsideHours && state.asleepSince === null;
}

export function updateInterval(
  state: EngineState,
  kind: IntervalKind,
  change: (timer: IntervalTimer) => IntervalTimer,
): EngineState {
  return { ...state, intervals: { ...state.intervals, [kind]: change(state.intervals[kind]) } };
}

export function isIntervalKind(kind: ReminderKind): kind is IntervalKind {
  return kind === 'posture' || kind === 'movement';
}

/** Snoozing is allowed unless strict, and up to the per-break limit. */
export function canSnooze(snoozesUsed: number, ctx: EngineContext): boolean {
  const rules = ctx.settings.breakRules;
  return !rules.strict && snoozesUsed < rules.maxSnoozesPerBreak;
}

/** Skipping is allowed unless strict, and up to the consecutive-skip limit. */
export function canSkip(state: EngineState, ctx: EngineContext): boolean {
  const rules = ctx.settings.breakRules;
  return !rules.strict && state.skipsInRow < rules.maxSkipsInRow;
}
