import type { BreakSource, LogEventDraft, ReminderKind } from '../event-log-schema';
import type { Settings } from '../settings-schema';
import {
  canSkip,
  canSnooze,
  freshTimer,
  intervalSeconds,
  isIntervalKind,
  restartTimer,
  updateInterval,
} from './engine-state';
import type {
  ActiveBreak,
  EngineContext,
  EngineState,
  IntervalKind,
  PauseLength,
  SessionItem,
  Transition,
} from './engine-types';
import { MINUTE } from './engine-types';
import { nextLocalMidnight } from '../calendar';
import { doseSeconds } from '../program/progression';
import { chooseSession, dailyMinutes, sessionForBreak } from './sessions';
import { nextWorkingStart } from './working-hours';

/** What the user does: start, finish, skip or snooze a break; pause and resume. */

const refuse = (state: EngineState, reason: string): Transition => ({ state, effects: [], rejected: reason });

function breakLengthMs(kind: ReminderKind, state: EngineState, ctx: EngineContext, items: SessionItem[]): number {
  switch (kind) {
    case 'movement':
      return ctx.settings.movement.durationSeconds * 1000;
    case 'posture':
      return ctx.settings.posture.durationSeconds * 1000;
    case 'walk':
      return dailyMinutes(kind, state.daily[kind], ctx) * MINUTE;
    case 'home-program':
      // As long as the routine takes, at least five minutes.
      return Math.max(5 * MINUTE, items.reduce((sum, item) => sum + doseSeconds(item.dose), 0) * 1000);
  }
}

export function startBreak(
  state: EngineState,
  ctx: EngineContext,
  source: BreakSource,
  kind: ReminderKind = 'movement',
): Transition {
  if (state.activeBreak) return { state, effects: [{ type: 'open-window', view: 'break' }] };
  const timer = isIntervalKind(kind) ? state.intervals[kind] : state.daily[kind];
  const carried = 'nextBreakId' in timer ? (timer.pendingBreakId ?? timer.nextBreakId) : timer.pendingBreakId;
  // The break its reminder announced holds the exercises the reminder named.
  const items =
    carried !== null
      ? sessionForBreak(kind, carried, timer.session, state, ctx).items
      : chooseSession(kind, state, ctx);
  const active: ActiveBreak = {
    id: carried ?? ctx.newId(),
    kind,
    source,
    startedAt: ctx.now,
    endsAt: ctx.now + breakLengthMs(kind, state, ctx, items),
    items,
  };
  let next: EngineState = { ...state, activeBreak: active };
  if (kind === 'movement') {
    next = updateInterval(next, 'movement', (t) => ({
      ...t,
      pendingBreakId: null,
      nextBreakId: null,
      session: null,
      rotation: t.rotation + 1,
    }));
  } else if (!isIntervalKind(kind)) {
    next = {
      ...next,
      daily: {
        ...next.daily,
        [kind]: { ...next.daily[kind], pendingBreakId: null, snoozedUntil: null, session: null },
      },
    };
  }
  const event: LogEventDraft = {
    type: 'break-started',
    at: ctx.now,
    kind,
    breakId: active.id,
    source,
    exerciseIds: active.items.map((item) => item.exerciseId),
  };
  return {
    state: next,
    effects: [
      { type: 'record', event },
      { type: 'open-window', view: 'break' },
    ],
  };
}

/** After a break, taken or not: the timers start over and the sitting stretch ends where the break began. */
function afterBreak(state: EngineState, ctx: EngineContext, ended: ActiveBreak, taken: boolean): EngineState {
  const kind = ended.kind;
  let next = state;
  // Any break gets the user out of the chair: both interval timers restart.
  for (const k of ['movement', 'posture'] as IntervalKind[]) {
    next = updateInterval(next, k, (t) => restartTimer(t, k, ctx.settings, ctx.now));
  }
  if (!isIntervalKind(kind)) {
    const daily = next.daily[kind];
    next = {
      ...next,
      daily: {
        ...next.daily,
        [kind]: { ...daily, pendingBreakId: null, session: null, completed: daily.completed + (taken ? 1 : 0) },
      },
    };
  }
  const stretch = Math.max(0, ended.startedAt - next.activity.sittingSince);
  return {
    ...next,
    skipsInRow: taken ? 0 : next.skipsInRow + 1,
    activity: {
      ...next.activity,
      sittingSince: ctx.now,
      longestSittingMs: Math.max(next.activity.longestSittingMs, stretch),
    },
  };
}

export function endActiveBreak(
  state: EngineState,
  ctx: EngineContext,
  how: 'user' | 'timer' | 'closed' | 'skipped',
): Transition {
  const active = state.activeBreak;
  if (!active) return refuse(state, 'no break is in progress');
  const taken = how === 'user' || how === 'timer';
  const event: LogEventDraft = taken
    ? {
        type: 'break-completed',
        at: ctx.now,
        kind: active.kind,
        breakId: active.id,
        durationSeconds: Math.max(0, Math.round((Math.min(ctx.now, active.endsAt) - active.startedAt) / 1000)),
        endedBy: how,
      }
    : {
        type: 'break-skipped',
        at: ctx.now,
        kind: active.kind,
        breakId: active.id,
        reason: how === 'closed' ? 'closed' : 'user',
      };
  const effects: Transition['effects'] = [{ type: 'record', event }];
  if (how !== 'closed') effects.push({ type: 'close-window', view: 'break' });
  return { state: afterBreak({ ...state, activeBreak: null }, ctx, active, taken), effects };
}

export function skip(state: EngineState, ctx: EngineContext, kind: ReminderKind = 'movement'): Transition {
  if (!canSkip(state, ctx)) {
    return refuse(
      state,
      ctx.settings.breakRules.strict ? 'strict mode: breaks cannot be skipped' : 'too many breaks skipped in a row',
    );
  }
  if (state.activeBreak) return endActiveBreak(state, ctx, 'skipped');
  const breakId = isIntervalKind(kind)
    ? (state.intervals[kind].pendingBreakId ?? state.intervals[kind].nextBreakId)
    : state.daily[kind].pendingBreakId;
  const id = breakId ?? ctx.newId();
  const event: LogEventDraft = { type: 'break-skipped', at: ctx.now, kind, breakId: id, reason: 'user' };
  let next: EngineState = { ...state, skipsInRow: state.skipsInRow + 1 };
  if (isIntervalKind(kind)) next = updateInterval(next, kind, (t) => restartTimer(t, kind, ctx.settings, ctx.now));
  else
    next = {
      ...next,
      daily: {
        ...next.daily,
        [kind]: { ...next.daily[kind], pendingBreakId: null, snoozedUntil: null, session: null },
      },
    };
  return { state: next, effects: [{ type: 'record', event }] };
}

export function snooze(
  state: EngineState,
  ctx: EngineContext,
  minutes: number,
  kind: ReminderKind = 'movement',
): Transition {
  if (state.activeBreak) return refuse(state, 'a break is in progress');
  if (state.paused) return refuse(state, 'reminders are paused');
  if (ctx.settings.breakRules.strict) return refuse(state, 'strict mode: breaks cannot be snoozed');
  const { now } = ctx;
  if (!isIntervalKind(kind)) {
    const daily = state.daily[kind];
    if (!daily.pendingBreakId) return refuse(state, `no ${kind} reminder is waiting`);
    if (!canSnooze(daily.snoozes, ctx)) return refuse(state, 'this break has been snoozed as often as allowed');
    const next = {
      ...state,
      daily: { ...state.daily, [kind]: { ...daily, snoozedUntil: now + minutes * MINUTE, snoozes: daily.snoozes + 1 } },
    };
    const event: LogEventDraft = { type: 'break-snoozed', at: now, kind, breakId: daily.pendingBreakId, minutes };
    return { state: next, effects: [{ type: 'record', event }] };
  }
  const timer = state.intervals[kind];
  if (!canSnooze(timer.snoozes, ctx)) return refuse(state, 'this break has been snoozed as often as allowed');
  const breakId = timer.pendingBreakId ?? timer.nextBreakId;
  // A shown reminder comes back in `minutes`; otherwise the next break moves back.
  const from = timer.pendingBreakId ? now : Math.max(timer.dueAt, now);
  const next = updateInterval(state, kind, (t) => ({
    ...t,
    pendingBreakId: null,
    nextBreakId: breakId,
    snoozes: t.snoozes + 1,
    dueAt: from + minutes * MINUTE,
  }));
  const event: LogEventDraft = { type: 'break-snoozed', at: now, kind, breakId, minutes };
  return { state: next, effects: [{ type: 'record', event }] };
}

export function pause(state: EngineState, ctx: EngineContext, length: PauseLength): Transition {
  const { now, settings, zone } = ctx;
  let until: number | null;
  if ('minutes' in length) until = now + length.minutes * MINUTE;
  else if (length.until === 'tomorrow') {
    const midnight = nextLocalMidnight(now, zone);
    until = settings.workingHours.enabled
      ? (nextWorkingStart(midnight - 1, settings.workingHours, zone) ?? midnight)
      : midnight;
  } else until = null;
  let next: EngineState = { ...state, paused: { since: now, until } };
  for (const k of ['movement', 'posture'] as IntervalKind[]) {
    next = updateInterval(next, k, (t) => ({
      ...t,
      pendingBreakId: null,
      nextBreakId: null,
      deferredSince: null,
      session: null,
    }));
  }
  return { state: next, effects: [{ type: 'record', event: { type: 'paused', at: now, until } }] };
}

export function resume(state: EngineState, ctx: EngineContext, automatic: boolean): Transition {
  if (!state.paused) return refuse(state, 'reminders are not paused');
  let next: EngineState = { ...state, paused: null };
  for (const k of ['movement', 'posture'] as IntervalKind[]) {
    next = updateInterval(next, k, (t) => restartTimer(t, k, ctx.settings, ctx.now));
  }
  return { state: next, effects: [{ type: 'record', event: { type: 'resumed', at: ctx.now, automatic } }] };
}

/**
 * New settings apply at once, touching only what changed: an untouched
 * countdown follows a new interval from its own start; a reminder already
 * shown or snoozed keeps its deadline.
 */
export function applySettings(state: EngineState, ctx: EngineContext, previous: Settings): Transition {
  let next = state;
  const { settings, now } = ctx;
  for (const kind of ['movement', 'posture'] as IntervalKind[]) {
    const wasOn = kind === 'movement' ? previous.movement.enabled : previous.posture.enabled;
    const isOn = kind === 'movement' ? settings.movement.enabled : settings.posture.enabled;
    const modeChanged = kind === 'posture' && previous.posture.mode !== settings.posture.mode;
    if (isOn && (!wasOn || modeChanged)) {
      next = updateInterval(next, kind, (t) => freshTimer(kind, settings, now, t.rotation));
      continue;
    }
    const timer = next.intervals[kind];
    const oldInterval = intervalSeconds(kind, previous, timer.phase);
    const newInterval = intervalSeconds(kind, settings, timer.phase);
    if (oldInterval === newInterval || timer.pendingBreakId || timer.nextBreakId) continue;
    next = updateInterval(next, kind, (t) => ({ ...t, dueAt: Math.max(now, t.anchorAt + newInterval * 1000) }));
  }
  return { state: next, effects: [] };
}
