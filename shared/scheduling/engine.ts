import { catchClockJumps, comeBack, goAway, measureSitting, observeIdle } from './activity';
import { applySettings, endActiveBreak, pause, resume, skip, snooze, startBreak } from './break-actions';
import { intervalsRunning, isIntervalEnabled, restartTimer, updateInterval } from './engine-state';
import type { Effect, EngineContext, EngineEvent, EngineState, IntervalKind, Transition } from './engine-types';
import { fireDailyReminders, fireIntervalReminders, nextDailyInstant } from './reminders';
import { fireSensedNudge, onSensedPosture, snoozeSensed } from './sensed-posture';
import { isWorkingTime, nextWorkingTransition } from './working-hours';

/**
 * The scheduling engine: a pure function from (state, event, context) to
 * (state, effects). It never reads the clock or touches the OS, and holds no
 * words: notifications are intents the host puts into the user's language, and
 * the user's program comes in as data. The runtime feeds it events and carries
 * out the effects it returns. Deadlines are
 * wall-clock instants (epoch ms), so a sleeping machine or a moved clock is
 * caught by the next tick instead of by counting elapsed timer ticks.
 */
export * from './engine-types';
export { initialEngineState, scheduleStatus } from './engine-state';
export { upcomingReminders } from './reminders';

/** Enters or leaves working hours; outside them the interval timers rest. */
function followWorkingHours(state: EngineState, ctx: EngineContext): EngineState {
  const inHours = isWorkingTime(ctx.now, ctx.settings.workingHours, ctx.zone);
  if (inHours === !state.outsideHours) return state;
  let next: EngineState = { ...state, outsideHours: !inHours };
  for (const kind of ['movement', 'posture'] as IntervalKind[]) {
    // Leaving drops what was in flight; arriving starts a fresh countdown.
    next = updateInterval(next, kind, (t) => restartTimer(t, kind, ctx.settings, ctx.now));
  }
  return next;
}

function onTick(
  state: EngineState,
  event: { idleSeconds: number | null; busy: boolean },
  ctx: EngineContext,
): Transition {
  const effects: Effect[] = [];
  let next = catchClockJumps(state, ctx, effects);
  if (next.zone !== ctx.zone) next = { ...next, zone: ctx.zone };
  next = observeIdle(next, event.idleSeconds, ctx, effects);
  next = measureSitting(next, ctx, effects);
  if (next.activeBreak && ctx.now >= next.activeBreak.endsAt) {
    const ended = endActiveBreak(next, ctx, 'timer');
    next = ended.state;
    effects.push(...ended.effects);
  }
  if (next.paused?.until != null && ctx.now >= next.paused.until) {
    const resumed = resume(next, ctx, true);
    next = resumed.state;
    effects.push(...resumed.effects);
  }
  next = followWorkingHours(next, ctx);
  next = { ...next, busy: event.busy };
  next = fireIntervalReminders(next, ctx, effects);
  next = fireDailyReminders(next, ctx, effects);
  next = fireSensedNudge(next, ctx, effects);
  next = { ...next, activity: { ...next.activity, lastSeenAt: ctx.now } };
  return { state: next, effects };
}

/** Sleep, lock and their ends, then a tick so everything is re-checked at once. */
function onPower(state: EngineState, event: EngineEvent, ctx: EngineContext): Transition {
  const effects: Effect[] = [];
  const next = event.type === 'sleep' || event.type === 'lock' ? goAway(state, ctx) : comeBack(state, ctx, effects);
  return { state: next, effects };
}

export function reduce(state: EngineState, event: EngineEvent, ctx: EngineContext): Transition {
  switch (event.type) {
    case 'tick':
      return onTick(state, event, ctx);
    case 'sleep':
    case 'lock':
    case 'wake':
    case 'unlock':
      return onPower(state, event, ctx);
    case 'start-break':
      return startBreak(state, ctx, event.source, event.kind);
    case 'complete-break':
      return endActiveBreak(state, ctx, 'user');
    case 'close-break':
      return endActiveBreak(state, ctx, 'closed');
    case 'skip':
      return skip(state, ctx, event.kind);
    case 'snooze':
      return snooze(state, ctx, event.minutes, event.kind);
    case 'posture-drift':
      return onSensedPosture(state, ctx, { drift: { posture: event.posture, since: event.since } });
    case 'posture-settled':
      return onSensedPosture(state, ctx, { drift: null });
    case 'snooze-sensed':
      return snoozeSensed(state, ctx, event.minutes);
    case 'acknowledge':
      return {
        state,
        effects: [
          {
            type: 'record',
            event: { type: 'reminder-acknowledged', at: ctx.now, kind: event.kind, breakId: event.breakId },
          },
        ],
      };
    case 'pause':
      return pause(state, ctx, event.length);
    case 'resume':
      return resume(state, ctx, false);
    case 'settings-changed':
      return applySettings(state, ctx, event.previous);
  }
}

/**
 * The earliest instant the engine needs a tick, or null. Presence and
 * busy-ness are polled by the runtime's coarse tick, so they need no deadline.
 */
export function nextWakeAt(state: EngineState, ctx: EngineContext): number | null {
  const candidates: number[] = [];
  const { settings } = ctx;
  if (state.activeBreak) candidates.push(state.activeBreak.endsAt);
  if (state.paused?.until != null) candidates.push(state.paused.until);
  const transition = nextWorkingTransition(ctx.now, settings.workingHours, ctx.zone);
  if (transition !== null) candidates.push(transition);
  if (intervalsRunning(state) && !state.activeBreak && state.activity.awaySince === null) {
    const grace = state.activity.graceUntil;
    for (const kind of ['movement', 'posture'] as IntervalKind[]) {
      if (!isIntervalEnabled(kind, settings)) continue;
      const timer = state.intervals[kind];
      candidates.push(Math.max(timer.dueAt, grace));
      if (timer.deferredSince !== null)
        candidates.push(timer.deferredSince + settings.focus.maxDeferralMinutes * 60_000);
    }
    const notice = settings.movement.preBreakNoticeSeconds * 1000;
    const movement = state.intervals.movement;
    if (
      settings.movement.enabled &&
      notice > 0 &&
      movement.noticeSentFor !== movement.dueAt &&
      !movement.pendingBreakId &&
      !movement.nextBreakId
    ) {
      candidates.push(Math.max(movement.dueAt - notice, grace));
    }
  }
  if (!state.paused) {
    for (const kind of ['home-program', 'walk'] as const) {
      const at = nextDailyInstant(kind, state, ctx, ctx.now);
      if (at !== null) candidates.push(Math.max(at, state.activity.graceUntil));
    }
  }
  const { sensed } = state;
  if (sensed.drift && sensed.snoozedUntil !== null) candidates.push(sensed.snoozedUntil);
  if (sensed.drift && sensed.deferredSince !== null)
    candidates.push(sensed.deferredSince + settings.focus.maxDeferralMinutes * 60_000);
  // Anything not after now is being held (busy, away): the coarse tick re-checks it.
  const future = candidates.filter((at) => Number.isFinite(at) && at > ctx.now);
  return future.length === 0 ? null : Math.min(...future);
}
