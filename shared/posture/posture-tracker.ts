import { isNeutralStale, STALE_LOOKS, type Neutral } from './calibration';
import { classifyPosture } from './classify-posture';
import { isDrift, type DriftPosture, type SensedPosture, type UnknownReason } from './posture-model';
import type { PoseReading, SeatedMeasures } from './pose-reading';

/**
 * Posture over time, from one look after another: a pure reducer like the
 * scheduling engine. A posture counts only once it has held for a while
 * (SETTLE_MS and CONFIRM_LOOKS), so a look down at the phone or a glance at
 * the tray changes nothing; a turned head tells nothing; and a drift that
 * lasts brings a nudge, at most once per cool-down.
 */

export interface TrackerRules {
  /** A drift held this long brings a nudge. */
  nudgeAfterMs: number;
  /** At least this long between two nudges. */
  cooldownMs: number;
}

export interface TrackerState {
  neutral: Neutral | null;
  /** The posture that counts, and since when (its first look). */
  posture: SensedPosture;
  since: number;
  reason: UnknownReason | null;
  /** A different posture seen lately, not yet held long enough to count. */
  candidate: { posture: SensedPosture; reason: UnknownReason | null; since: number; looks: number } | null;
  lastNudgeAt: number | null;
  /** When the posture that counts was last written to the log. */
  recordedAt: number;
  /** The last few seated looks, to tell when the camera's view changed. */
  recentSeated: SeatedMeasures[];
}

export type TrackerOutput =
  /** Write a posture line: on every change, and again every RECORD_REFRESH_MS while it holds. */
  | { type: 'record'; posture: SensedPosture; since: number; reason: UnknownReason | null }
  | { type: 'nudge'; posture: DriftPosture; minutes: number }
  /** The camera's view changed: offer calibration again. */
  | { type: 'neutral-stale' };

/** A new posture must hold this long, over at least CONFIRM_LOOKS looks, before it counts. */
export const SETTLE_MS = 20_000;
export const CONFIRM_LOOKS = 2;
/**
 * A posture that holds is written again this often, so a day's summary never
 * stretches a line past a crash or a stop by more than this
 * (shared/stats/posture-day.ts ends a run whose next line is later than that).
 */
export const RECORD_REFRESH_MS = 10 * 60_000;

export function initialTracker(neutral: Neutral | null, now: number): TrackerState {
  return {
    neutral,
    posture: 'unknown',
    since: now,
    reason: neutral ? null : 'not-calibrated',
    candidate: null,
    lastNudgeAt: null,
    recordedAt: now,
    recentSeated: [],
  };
}

/** What one look says, before it has held long enough to count. */
function lookPosture(
  state: TrackerState,
  reading: PoseReading,
): { posture: SensedPosture; reason: UnknownReason | null } | 'no-news' {
  switch (reading.kind) {
    case 'away':
    case 'standing':
      return { posture: reading.kind, reason: null };
    case 'no-reading':
      return { posture: 'unknown', reason: reading.reason };
    case 'seated': {
      // A head turned to the side says nothing about the spine's posture.
      if (reading.turned) return 'no-news';
      if (!state.neutral) {
        return { posture: 'unknown', reason: state.reason === 'recalibrate' ? 'recalibrate' : 'not-calibrated' };
      }
      const current = state.posture === 'away' || state.posture === 'unknown' ? null : state.posture;
      return { posture: classifyPosture(reading, state.neutral, current), reason: null };
    }
  }
}

export function trackLook(
  state: TrackerState,
  at: number,
  reading: PoseReading,
  rules: TrackerRules,
): { state: TrackerState; outputs: TrackerOutput[] } {
  const outputs: TrackerOutput[] = [];
  let next = { ...state };

  if (reading.kind === 'seated' && !reading.turned && next.neutral) {
    next.recentSeated = [...next.recentSeated, reading].slice(-STALE_LOOKS);
    // Losing the neutral needs no settling: there is nothing left to judge against.
    if (isNeutralStale(next.neutral, next.recentSeated)) {
      next = { ...next, neutral: null, recentSeated: [], posture: 'unknown', reason: 'recalibrate', since: at };
      next = { ...next, candidate: null, recordedAt: at };
      outputs.push({ type: 'neutral-stale' }, { type: 'record', posture: 'unknown', since: at, reason: 'recalibrate' });
      return { state: next, outputs };
    }
  }

  const seen = lookPosture(next, reading);
  if (seen === 'no-news') return { state: next, outputs };

  if (seen.posture === next.posture && seen.reason === next.reason) {
    next.candidate = null;
  } else {
    const sameCandidate = next.candidate?.posture === seen.posture && next.candidate.reason === seen.reason;
    const candidate = sameCandidate
      ? { ...next.candidate!, looks: next.candidate!.looks + 1 }
      : { ...seen, since: at, looks: 1 };
    if (candidate.looks >= CONFIRM_LOOKS && at - candidate.since >= SETTLE_MS) {
      next = { ...next, posture: candidate.posture, reason: candidate.reason, since: candidate.since, candidate: null };
      next.recordedAt = at;
      outputs.push({ type: 'record', posture: next.posture, since: next.since, reason: next.reason });
    } else {
      next.candidate = candidate;
    }
  }

  if (at - next.recordedAt >= RECORD_REFRESH_MS) {
    next.recordedAt = at;
    outputs.push({ type: 'record', posture: next.posture, since: next.since, reason: next.reason });
  }

  const drift = next.posture;
  if (isDrift(drift)) {
    const held = at - next.since;
    const cooled = next.lastNudgeAt === null || at - next.lastNudgeAt >= rules.cooldownMs;
    if (held >= rules.nudgeAfterMs && cooled) {
      next.lastNudgeAt = at;
      outputs.push({ type: 'nudge', posture: drift, minutes: Math.floor(held / 60_000) });
    }
  }
  return { state: next, outputs };
}

/** A new neutral from calibration: judging starts afresh against it. */
export function withNeutral(state: TrackerState, neutral: Neutral, now: number): TrackerState {
  return { ...initialTracker(neutral, now), lastNudgeAt: state.lastNudgeAt };
}
