import type { ReminderKind } from '../event-log-schema';
import {
  canSkip,
  canSnooze,
  intervalSeconds,
  intervalsRunning,
  isIntervalEnabled,
  updateInterval,
} from './engine-state';
import type {
  DailyKind,
  DailyTimer,
  Effect,
  EngineContext,
  EngineState,
  IntervalTimer,
  NotificationVariant,
  ReminderIntent,
  SitStandPhase,
} from './engine-types';
import { DAILY_CATCH_UP_MS, MINUTE, POSTURE_MOVEMENT_MERGE_MS } from './engine-types';
import { addCalendarDays, instantAt, localMoment } from '../calendar';
import { dailyMinutes, sessionForBreak } from './sessions';
import { isWorkingTime } from './working-hours';

/**
 * Deciding what fires: interval reminders (posture, movement) and daily ones
 * (home program, walk), held while the user is away or just back, deferred
 * while busy (fullscreen, do-not-disturb) and caught up afterwards.
 */

type Deferral = 'fire' | 'hold' | 'fire-quiet';

/** While busy, a due reminder waits, at most `maxDeferralMinutes`. */
export function deferral(deferredSince: number | null, state: EngineState, ctx: EngineContext): Deferral {
  if (!state.busy || !ctx.settings.focus.deferWhileBusy) return 'fire';
  if (deferredSince !== null && ctx.now - deferredSince >= ctx.settings.focus.maxDeferralMinutes * MINUTE) {
    return 'fire-quiet';
  }
  return 'hold';
}

export function deferredEffect(kind: ReminderKind, ctx: EngineContext): Effect {
  return { type: 'record', event: { type: 'reminder-deferred', at: ctx.now, kind, reason: 'busy' } };
}

type RemindOptions = Pick<ReminderIntent, 'canSnooze' | 'canSkip' | 'session' | 'cue' | 'minutes' | 'drift'> & {
  quiet?: boolean;
};

/** Asks for a notification (the host words it) and logs that it was shown. */
export function remind(
  effects: Effect[],
  ctx: EngineContext,
  kind: ReminderKind,
  variant: NotificationVariant,
  breakId: string,
  { quiet = false, ...options }: RemindOptions,
): void {
  effects.push(
    { type: 'remind', intent: { id: ctx.newId(), kind, variant, breakId, at: ctx.now, quiet, ...options } },
    { type: 'record', event: { type: 'reminder-shown', at: ctx.now, kind, breakId, variant } },
  );
}

function nextPhase(phase: SitStandPhase): SitStandPhase {
  return phase === 'sit' ? 'stand' : phase === 'stand' ? 'move' : 'sit';
}

function fireMovement(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  const timer = state.intervals.movement;
  const { now, settings } = ctx;
  if (!settings.movement.enabled || state.activeBreak) return state;

  const noticeMs = settings.movement.preBreakNoticeSeconds * 1000;
  // A heads-up only for a break that will really come: not for one already
  // snoozed (the user knows), not for one due after working hours end.
  const noticeDue =
    noticeMs > 0 &&
    timer.pendingBreakId === null &&
    timer.nextBreakId === null &&
    timer.noticeSentFor !== timer.dueAt &&
    now >= timer.dueAt - noticeMs &&
    now < timer.dueAt &&
    isWorkingTime(timer.dueAt, settings.workingHours, ctx.zone);
  if (noticeDue && !state.busy) {
    const breakId = timer.nextBreakId ?? ctx.newId();
    // The heads-up announces the break: its session is chosen now, so Start now and the reminder hold the same.
    const session = sessionForBreak('movement', breakId, timer.session, state, ctx);
    remind(effects, ctx, 'movement', 'pre-break', breakId, {
      canSnooze: canSnooze(timer.snoozes, ctx),
      canSkip: canSkip(state, ctx),
      session: session.items,
    });
    return updateInterval(state, 'movement', (t) => ({ ...t, nextBreakId: breakId, noticeSentFor: t.dueAt, session }));
  }
  if (now < timer.dueAt) return state;

  const decision = deferral(timer.deferredSince, state, ctx);
  if (decision === 'hold') {
    if (timer.deferredSince !== null) return state;
    effects.push(deferredEffect('movement', ctx));
    return updateInterval(state, 'movement', (t) => ({ ...t, deferredSince: now }));
  }
  // One reminder however late: missed deadlines never fire as a backlog. A
  // reminder still pending was ignored: this is a new break.
  const breakId = timer.nextBreakId ?? ctx.newId();
  // A snoozed or announced break keeps the session it was shown with; a new one gets its own.
  const session = sessionForBreak('movement', breakId, timer.session, state, ctx);
  remind(
    effects,
    ctx,
    'movement',
    timer.deferredSince !== null && decision === 'fire' ? 'catch-up' : 'reminder',
    breakId,
    {
      canSnooze: canSnooze(timer.snoozes, ctx),
      canSkip: canSkip(state, ctx),
      quiet: decision === 'fire-quiet',
      session: session.items,
    },
  );
  // With notifications off, the break window is the reliable path.
  if (!settings.notifications.enabled) effects.push({ type: 'open-window', view: 'break' });
  return updateInterval(state, 'movement', (t) => ({
    ...t,
    pendingBreakId: breakId,
    nextBreakId: null,
    deferredSince: null,
    session,
    // Ignored, it comes back a full interval later as a new break.
    dueAt: now + intervalSeconds('movement', settings, t.phase) * 1000,
  }));
}

function firePosture(state: EngineState, ctx: EngineContext, effects: Effect[], movementFired: boolean): EngineState {
  const timer = state.intervals.posture;
  const { now, settings } = ctx;
  if (!settings.posture.enabled || state.activeBreak || now < timer.dueAt) return state;
  const restart = (t: IntervalTimer, phase: SitStandPhase): IntervalTimer => ({
    ...t,
    phase,
    anchorAt: now,
    dueAt: now + intervalSeconds('posture', settings, phase) * 1000,
    deferredSince: null,
    pendingBreakId: null,
    rotation: t.rotation + 1,
  });

  // A check right before (or with) a movement break is folded into it.
  const movement = state.intervals.movement;
  const movementSoon =
    settings.movement.enabled &&
    (movementFired || (movement.pendingBreakId === null && movement.dueAt - now <= POSTURE_MOVEMENT_MERGE_MS));
  if (movementSoon && settings.posture.mode === 'check')
    return updateInterval(state, 'posture', (t) => restart(t, t.phase));

  const decision = deferral(timer.deferredSince, state, ctx);
  if (decision === 'hold') {
    if (settings.focus.postureAsMicroMove && settings.posture.mode === 'check') {
      remind(effects, ctx, 'posture', 'micro-move', ctx.newId(), {
        canSnooze: false,
        canSkip: false,
        quiet: true,
        cue: timer.rotation,
      });
      return updateInterval(state, 'posture', (t) => restart(t, t.phase));
    }
    if (timer.deferredSince !== null) return state;
    effects.push(deferredEffect('posture', ctx));
    return updateInterval(state, 'posture', (t) => ({ ...t, deferredSince: now }));
  }
  const quiet = decision === 'fire-quiet';
  if (settings.posture.mode === 'sit-stand') {
    const phase = nextPhase(timer.phase);
    remind(effects, ctx, 'posture', phase, ctx.newId(), {
      canSnooze: false,
      canSkip: false,
      quiet,
      cue: timer.rotation,
    });
    return updateInterval(state, 'posture', (t) => restart(t, phase));
  }
  remind(effects, ctx, 'posture', timer.deferredSince !== null && !quiet ? 'catch-up' : 'reminder', ctx.newId(), {
    canSnooze: false,
    canSkip: false,
    quiet,
    cue: timer.rotation,
  });
  return updateInterval(state, 'posture', (t) => restart(t, t.phase));
}

export function fireIntervalReminders(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  if (!intervalsRunning(state) || state.activity.awaySince !== null || ctx.now < state.activity.graceUntil) {
    return state;
  }
  const before = effects.length;
  const afterMovement = fireMovement(state, ctx, effects);
  const movementFired = effects
    .slice(before)
    .some((e) => e.type === 'remind' && e.intent.kind === 'movement' && e.intent.variant !== 'pre-break');
  return firePosture(afterMovement, ctx, effects, movementFired);
}

// ---- Daily reminders

function dailySettings(kind: DailyKind, ctx: EngineContext) {
  return kind === 'walk' ? ctx.settings.walk : ctx.settings.homeProgram;
}

/** The next instant a daily reminder is due after (or at) `from`, within 8 days. */
export function nextDailyInstant(kind: DailyKind, state: EngineState, ctx: EngineContext, from: number): number | null {
  const config = dailySettings(kind, ctx);
  const timer = state.daily[kind];
  if (!config.enabled || config.days.length === 0) return null;
  if (timer.snoozedUntil !== null) return timer.snoozedUntil;
  const today = localMoment(from, ctx.zone).date;
  for (let day = 0; day <= 8; day++) {
    const date = addCalendarDays(today, day);
    const at = instantAt(date, config.time, ctx.zone);
    if (timer.lastDate === date || !config.days.includes(localMoment(at, ctx.zone).weekday)) continue;
    if (at >= from || from - at <= DAILY_CATCH_UP_MS) return at;
  }
  return null;
}

function updateDaily(state: EngineState, kind: DailyKind, change: (t: DailyTimer) => DailyTimer): EngineState {
  return { ...state, daily: { ...state.daily, [kind]: change(state.daily[kind]) } };
}

function fireDaily(kind: DailyKind, state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  const { now, zone } = ctx;
  const config = dailySettings(kind, ctx);
  const timer = state.daily[kind];
  if (!config.enabled) return state;
  const today = localMoment(now, zone).date;
  const snoozeDue = timer.snoozedUntil !== null && now >= timer.snoozedUntil;
  if (!snoozeDue) {
    if (timer.lastDate === today || !config.days.includes(localMoment(now, zone).weekday)) return state;
    const dueAt = instantAt(today, config.time, zone);
    if (now < dueAt) return state;
    // Machine off at the time: too late to be useful today.
    if (now - dueAt > DAILY_CATCH_UP_MS) return updateDaily(state, kind, (t) => ({ ...t, lastDate: today }));
  }
  const decision = deferral(timer.deferredSince, state, ctx);
  if (decision === 'hold') {
    if (timer.deferredSince !== null) return state;
    effects.push(deferredEffect(kind, ctx));
    return updateDaily(state, kind, (t) => ({ ...t, deferredSince: now }));
  }
  const breakId = (snoozeDue ? timer.pendingBreakId : null) ?? ctx.newId();
  const snoozes = snoozeDue ? timer.snoozes : 0;
  const session = sessionForBreak(kind, breakId, timer.session, state, ctx);
  remind(effects, ctx, kind, timer.deferredSince !== null && decision === 'fire' ? 'catch-up' : 'reminder', breakId, {
    canSnooze: canSnooze(snoozes, ctx),
    canSkip: canSkip(state, ctx),
    quiet: decision === 'fire-quiet',
    session: session.items,
    minutes: dailyMinutes(kind, timer, ctx),
  });
  return updateDaily(state, kind, (t) => ({
    ...t,
    lastDate: today,
    pendingBreakId: breakId,
    deferredSince: null,
    snoozedUntil: null,
    snoozes,
    session,
  }));
}

export function fireDailyReminders(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  // A red flag stopped the exercise program: no home program, no walks.
  if (ctx.settings.safety.stoppedAt !== null) return state;
  if (state.paused || state.activeBreak || state.asleepSince !== null || state.activity.awaySince !== null)
    return state;
  if (ctx.now < state.activity.graceUntil) return state;
  let next = state;
  for (const kind of ['home-program', 'walk'] as const) next = fireDaily(kind, next, ctx, effects);
  return next;
}

/** When each enabled reminder comes next, soonest first (for the tray and dashboard). */
export function upcomingReminders(state: EngineState, ctx: EngineContext): { kind: ReminderKind; at: number }[] {
  const list: { kind: ReminderKind; at: number }[] = [];
  if (intervalsRunning(state) && !state.activeBreak) {
    for (const kind of ['movement', 'posture'] as const) {
      if (!isIntervalEnabled(kind, ctx.settings)) continue;
      list.push({ kind, at: Math.max(state.intervals[kind].dueAt, state.activity.graceUntil) });
    }
  }
  if (!state.paused) {
    for (const kind of ['home-program', 'walk'] as const) {
      const at = nextDailyInstant(kind, state, ctx, ctx.now);
      if (at !== null) list.push({ kind, at: Math.max(at, ctx.now) });
    }
  }
  return list.sort((a, b) => a.at - b.at);
}
