import { intervalsRunning } from './engine-state';
import type { EngineContext, EngineState, Effect, SensedNudgeState, Transition } from './engine-types';
import { MINUTE } from './engine-types';
import { deferral, deferredEffect, remind } from './reminders';

/**
 * Posture checks about what the camera saw. The posture tracker
 * (shared/posture/posture-tracker.ts) decides that a drift has held long
 * enough and asks for a check; from there the check follows the rules every
 * reminder follows: none while paused, outside working hours, asleep or in a
 * break (dropped: a drift seen then is not owed afterwards); held while the
 * user is away, just back, snoozed it, or busy (deferred, and told as a
 * catch-up once free, or quietly after the longest deferral).
 */

const NONE: SensedNudgeState = { drift: null, deferredSince: null, snoozedUntil: null };

export function fireSensedNudge(state: EngineState, ctx: EngineContext, effects: Effect[]): EngineState {
  const { sensed } = state;
  if (!sensed.drift) return state;
  if (!ctx.settings.sensing.enabled || !intervalsRunning(state) || state.activeBreak) {
    return { ...state, sensed: { ...NONE, snoozedUntil: sensed.snoozedUntil } };
  }
  if (state.activity.awaySince !== null || ctx.now < state.activity.graceUntil) return state;
  if (sensed.snoozedUntil !== null && ctx.now < sensed.snoozedUntil) return state;

  const decision = deferral(sensed.deferredSince, state, ctx);
  if (decision === 'hold') {
    if (sensed.deferredSince !== null) return state;
    effects.push(deferredEffect('posture', ctx));
    return { ...state, sensed: { ...sensed, deferredSince: ctx.now } };
  }
  const { posture, since } = sensed.drift;
  const minutes = Math.floor((ctx.now - since) / MINUTE);
  remind(effects, ctx, 'posture', 'sensed', ctx.newId(), {
    canSnooze: !ctx.settings.breakRules.strict,
    canSkip: false,
    quiet: decision === 'fire-quiet',
    drift: posture,
    minutes,
  });
  effects.push({ type: 'record', event: { type: 'posture-nudge', at: ctx.now, posture, minutes } });
  return { ...state, sensed: NONE };
}

/** The camera's news for the engine: a drift to tell about, or the drift ended. */
export function onSensedPosture(
  state: EngineState,
  ctx: EngineContext,
  news: { drift: SensedNudgeState['drift'] },
): Transition {
  if (!news.drift)
    return { state: { ...state, sensed: { ...state.sensed, drift: null, deferredSince: null } }, effects: [] };
  const effects: Effect[] = [];
  const next = fireSensedNudge({ ...state, sensed: { ...state.sensed, drift: news.drift } }, ctx, effects);
  return { state: next, effects };
}

/** "Later" on a sensed check: no other check about a drift for `minutes`. */
export function snoozeSensed(state: EngineState, ctx: EngineContext, minutes: number): Transition {
  if (ctx.settings.breakRules.strict) return { state, effects: [], rejected: 'strict mode: checks cannot be snoozed' };
  return {
    state: { ...state, sensed: { ...NONE, snoozedUntil: ctx.now + minutes * MINUTE } },
    effects: [
      { type: 'record', event: { type: 'break-snoozed', at: ctx.now, kind: 'posture', breakId: null, minutes } },
    ],
  };
}
