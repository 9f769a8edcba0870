import type { BreakSource, LogEventDraft, ReminderKind } from '../event-log-schema';
import type { Settings } from '../settings-schema';
import { exerciseForBreak } from '../content/exercises';
import { buildReminderNotification, type NotificationSpec } from '../notification-content';

/**
 * The scheduling engine: a pure function from (settings, state, event, now)
 * to (state, effects). It never reads the clock or touches the OS; the
 * runtime feeds it events and carries out the effects it returns. Deadlines
 * are wall-clock instants (epoch ms), so a sleeping machine or a moved clock
 * is caught by the next tick instead of by counting elapsed timer ticks.
 */

export interface ActiveBreak {
  id: string;
  kind: ReminderKind;
  source: BreakSource;
  startedAt: number;
  endsAt: number;
  exerciseIds: string[];
}

export interface MovementState {
  /** When the current interval started counting (last break end or resume). */
  anchorAt: number;
  /** When the next movement reminder falls due. */
  dueAt: number;
  /** A reminder was shown for this break and not acted on yet. */
  pendingBreakId: string | null;
  /** A snoozed reminder re-fires for the same break. */
  snoozedBreakId: string | null;
  /** Counts started breaks, to rotate the exercises. */
  rotation: number;
}

export interface EngineState {
  movement: MovementState;
  paused: { since: number; until: number | null } | null;
  activeBreak: ActiveBreak | null;
}

export type ScheduleStatus = 'running' | 'paused' | 'outside-hours' | 'in-break';

export type EngineEvent =
  | { type: 'tick' }
  | { type: 'start-break'; source: BreakSource }
  | { type: 'complete-break' }
  | { type: 'close-break' }
  | { type: 'snooze'; minutes: number }
  | { type: 'pause'; minutes: number | null }
  | { type: 'resume' }
  | { type: 'settings-changed'; previous: Settings };

export type WindowView = 'break' | 'dashboard';

export type Effect =
  | { type: 'notify'; notification: NotificationSpec }
  | { type: 'record'; event: LogEventDraft }
  | { type: 'open-window'; view: WindowView }
  | { type: 'close-window'; view: WindowView };

export interface EngineContext {
  now: number;
  settings: Settings;
  /** Fresh unique ids for breaks and notifications (injected for tests). */
  newId: () => string;
}

export interface Transition {
  state: EngineState;
  effects: Effect[];
  /** Set when the event was refused; the state is then unchanged. */
  rejected?: string;
}

const MINUTE = 60_000;

export function initialEngineState(settings: Settings, now: number): EngineState {
  return {
    movement: {
      anchorAt: now,
      dueAt: now + settings.movement.intervalSeconds * 1000,
      pendingBreakId: null,
      snoozedBreakId: null,
      rotation: 0,
    },
    paused: null,
    activeBreak: null,
  };
}

export function scheduleStatus(state: EngineState): ScheduleStatus {
  if (state.activeBreak) return 'in-break';
  if (state.paused) return 'paused';
  return 'running';
}

/** The reminders still to come, soonest first. */
export function upcomingReminders(state: EngineState, settings: Settings): { kind: ReminderKind; at: number }[] {
  if (state.paused || state.activeBreak || !settings.movement.enabled) return [];
  return [{ kind: 'movement', at: state.movement.dueAt }];
}

/** The earliest instant at which the engine needs a tick, or null. */
export function nextWakeAt(state: EngineState, settings: Settings): number | null {
  const candidates: number[] = [];
  if (state.activeBreak) candidates.push(state.activeBreak.endsAt);
  if (state.paused?.until != null) candidates.push(state.paused.until);
  for (const reminder of upcomingReminders(state, settings)) candidates.push(reminder.at);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

function restartInterval(movement: MovementState, ctx: EngineContext): MovementState {
  return {
    ...movement,
    anchorAt: ctx.now,
    dueAt: ctx.now + ctx.settings.movement.intervalSeconds * 1000,
    pendingBreakId: null,
    snoozedBreakId: null,
  };
}

function endActiveBreak(state: EngineState, ctx: EngineContext, how: 'user' | 'timer' | 'closed'): Transition {
  const active = state.activeBreak;
  if (!active) return { state, effects: [], rejected: 'no break is in progress' };
  const event: LogEventDraft =
    how === 'closed'
      ? { type: 'break-skipped', at: ctx.now, kind: active.kind, breakId: active.id, reason: 'closed' }
      : {
          type: 'break-completed',
          at: ctx.now,
          kind: active.kind,
          breakId: active.id,
          durationSeconds: Math.max(0, Math.round((Math.min(ctx.now, active.endsAt) - active.startedAt) / 1000)),
          endedBy: how,
        };
  const effects: Effect[] = [{ type: 'record', event }];
  if (how !== 'closed') effects.push({ type: 'close-window', view: 'break' });
  return {
    state: { ...state, activeBreak: null, movement: restartInterval(state.movement, ctx) },
    effects,
  };
}

function onTick(state: EngineState, ctx: EngineContext): Transition {
  let current = state;
  const effects: Effect[] = [];
  if (current.activeBreak && ctx.now >= current.activeBreak.endsAt) {
    const ended = endActiveBreak(current, ctx, 'timer');
    current = ended.state;
    effects.push(...ended.effects);
  }
  if (current.paused?.until != null && ctx.now >= current.paused.until) {
    current = { ...current, paused: null, movement: restartInterval(current.movement, ctx) };
    effects.push({ type: 'record', event: { type: 'resumed', at: ctx.now, automatic: true } });
  }
  const movement = current.movement;
  if (!current.paused && !current.activeBreak && ctx.settings.movement.enabled && ctx.now >= movement.dueAt) {
    // One reminder however late we are: after a long sleep the missed
    // deadlines collapse into this one instead of firing a backlog.
    const breakId = movement.snoozedBreakId ?? ctx.newId();
    const exercise = exerciseForBreak(movement.rotation);
    effects.push(
      {
        type: 'notify',
        notification: buildReminderNotification({
          id: ctx.newId(),
          kind: 'movement',
          breakId,
          at: ctx.now,
          settings: ctx.settings,
          exercise,
        }),
      },
      { type: 'record', event: { type: 'reminder-shown', at: ctx.now, kind: 'movement', breakId } },
    );
    current = {
      ...current,
      movement: {
        ...movement,
        pendingBreakId: breakId,
        snoozedBreakId: null,
        // If the reminder is ignored, the next one comes a full interval later.
        dueAt: ctx.now + ctx.settings.movement.intervalSeconds * 1000,
      },
    };
  }
  return { state: current, effects };
}

function onStartBreak(state: EngineState, ctx: EngineContext, source: BreakSource): Transition {
  if (state.activeBreak) {
    // Already stretching: just bring the break view back.
    return { state, effects: [{ type: 'open-window', view: 'break' }] };
  }
  const movement = state.movement;
  const id = movement.pendingBreakId ?? movement.snoozedBreakId ?? ctx.newId();
  const exercise = exerciseForBreak(movement.rotation);
  const active: ActiveBreak = {
    id,
    kind: 'movement',
    source,
    startedAt: ctx.now,
    endsAt: ctx.now + ctx.settings.movement.durationSeconds * 1000,
    exerciseIds: [exercise.id],
  };
  return {
    state: {
      ...state,
      activeBreak: active,
      movement: { ...movement, pendingBreakId: null, snoozedBreakId: null, rotation: movement.rotation + 1 },
    },
    effects: [
      {
        type: 'record',
        event: {
          type: 'break-started',
          at: ctx.now,
          kind: 'movement',
          breakId: id,
          source,
          exerciseIds: active.exerciseIds,
        },
      },
      { type: 'open-window', view: 'break' },
    ],
  };
}

function onSnooze(state: EngineState, ctx: EngineContext, minutes: number): Transition {
  if (state.activeBreak) return { state, effects: [], rejected: 'a break is in progress' };
  if (state.paused) return { state, effects: [], rejected: 'reminders are paused' };
  const movement = state.movement;
  const snoozedBreakId = movement.pendingBreakId ?? movement.snoozedBreakId;
  // A pending reminder comes back in `minutes`; with none pending, the next
  // break is pushed back by `minutes`.
  const from = movement.pendingBreakId ? ctx.now : Math.max(movement.dueAt, ctx.now);
  return {
    state: {
      ...state,
      movement: { ...movement, pendingBreakId: null, snoozedBreakId, dueAt: from + minutes * MINUTE },
    },
    effects: [
      {
        type: 'record',
        event: { type: 'break-snoozed', at: ctx.now, kind: 'movement', breakId: snoozedBreakId, minutes },
      },
    ],
  };
}

function onSettingsChanged(state: EngineState, ctx: EngineContext, previous: Settings): Transition {
  const movement = state.movement;
  const intervalChanged = previous.movement.intervalSeconds !== ctx.settings.movement.intervalSeconds;
  // Only an untouched countdown follows a new interval; a snoozed or shown
  // reminder keeps its own deadline so nothing restarts needlessly.
  if (!intervalChanged || movement.pendingBreakId || movement.snoozedBreakId) return { state, effects: [] };
  const dueAt = Math.max(ctx.now, movement.anchorAt + ctx.settings.movement.intervalSeconds * 1000);
  return { state: { ...state, movement: { ...movement, dueAt } }, effects: [] };
}

export function reduce(state: EngineState, event: EngineEvent, ctx: EngineContext): Transition {
  switch (event.type) {
    case 'tick':
      return onTick(state, ctx);
    case 'start-break':
      return onStartBreak(state, ctx, event.source);
    case 'complete-break':
      return endActiveBreak(state, ctx, 'user');
    case 'close-break':
      return endActiveBreak(state, ctx, 'closed');
    case 'snooze':
      return onSnooze(state, ctx, event.minutes);
    case 'pause': {
      const until = event.minutes === null ? null : ctx.now + event.minutes * MINUTE;
      return {
        state: {
          ...state,
          paused: { since: ctx.now, until },
          movement: { ...state.movement, pendingBreakId: null, snoozedBreakId: null },
        },
        effects: [{ type: 'record', event: { type: 'paused', at: ctx.now, until } }],
      };
    }
    case 'resume':
      if (!state.paused) return { state, effects: [], rejected: 'reminders are not paused' };
      return {
        state: { ...state, paused: null, movement: restartInterval(state.movement, ctx) },
        effects: [{ type: 'record', event: { type: 'resumed', at: ctx.now, automatic: false } }],
      };
    case 'settings-changed':
      return onSettingsChanged(state, ctx, event.previous);
  }
}
