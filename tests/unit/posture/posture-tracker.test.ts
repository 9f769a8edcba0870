import { describe, expect, it } from 'vitest';
import { STALE_LOOKS, type Neutral } from '../../../shared/posture/calibration';
import { readPose, type PoseReading } from '../../../shared/posture/pose-reading';
import {
  initialTracker,
  RECORD_REFRESH_MS,
  trackLook,
  withNeutral,
  type TrackerOutput,
  type TrackerState,
} from '../../../shared/posture/posture-tracker';
import { NEUTRAL_SITTER, observe, type Sitter } from '../../helpers/posture-looks';

const NEUTRAL: Neutral = { ...NEUTRAL_SITTER, recordedAt: 0 };
const RULES = { nudgeAfterMs: 4 * 60_000, cooldownMs: 20 * 60_000 };
const LOOK_MS = 30_000;
const UPRIGHT: Sitter = {};
const HEAD_FORWARD: Sitter = { headRise: 0.4 };

/** Feeds looks 30 s apart from `start`; returns the end state and every output with its time. */
function run(state: TrackerState, looks: (Sitter | PoseReading)[], start = LOOK_MS) {
  const outputs: { at: number; output: TrackerOutput }[] = [];
  let at = start;
  for (const look of looks) {
    const reading = 'kind' in look ? look : readPose(observe(look));
    const step = trackLook(state, at, reading, RULES);
    state = step.state;
    outputs.push(...step.outputs.map((output) => ({ at, output })));
    at += LOOK_MS;
  }
  return { state, outputs, next: at };
}

const times = <T>(n: number, look: T): T[] => Array.from({ length: n }, () => look);
const records = (outputs: { at: number; output: TrackerOutput }[]) =>
  outputs.flatMap(({ at, output }) =>
    output.type === 'record' ? [{ at, posture: output.posture, since: output.since }] : [],
  );

describe('the posture tracker', () => {
  it('counts a posture once it held for two looks, from its first look', () => {
    const { state, outputs } = run(initialTracker(NEUTRAL, 0), [UPRIGHT, UPRIGHT, HEAD_FORWARD, HEAD_FORWARD]);
    expect(records(outputs)).toEqual([
      { at: 60_000, posture: 'upright', since: 30_000 },
      { at: 120_000, posture: 'forward-head', since: 90_000 },
    ]);
    expect(state.posture).toBe('forward-head');
  });

  it('ignores a single look down and a head turned to the side', () => {
    const glance = { ...UPRIGHT, noseOffset: 0.7, headRise: 0.3 };
    const { state, outputs } = run(initialTracker(NEUTRAL, 0), [
      ...times(3, UPRIGHT),
      HEAD_FORWARD,
      UPRIGHT,
      glance,
      glance,
      glance,
      UPRIGHT,
    ]);
    expect(records(outputs).map((record) => record.posture)).toEqual(['upright']);
    expect(state.posture).toBe('upright');
  });

  it('reads standing and away as postures of their own, never as slouching', () => {
    const standing: PoseReading = { kind: 'standing' };
    const away: PoseReading = { kind: 'away' };
    const { outputs } = run(initialTracker(NEUTRAL, 0), [
      ...times(2, UPRIGHT),
      ...times(2, standing),
      ...times(2, away),
    ]);
    expect(records(outputs).map((record) => record.posture)).toEqual(['upright', 'standing', 'away']);
    expect(outputs.some(({ output }) => output.type === 'nudge')).toBe(false);
  });

  it('says why there is no posture: poor light, several people, no neutral yet', () => {
    const dark: PoseReading = { kind: 'no-reading', reason: 'dark' };
    const lit = run(initialTracker(NEUTRAL, 0), [...times(2, UPRIGHT), ...times(2, dark)]);
    expect(lit.state).toMatchObject({ posture: 'unknown', reason: 'dark' });
    const uncalibrated = run(initialTracker(null, 0), times(3, UPRIGHT));
    expect(uncalibrated.state).toMatchObject({ posture: 'unknown', reason: 'not-calibrated' });
    expect(records(uncalibrated.outputs)).toEqual([]);
  });

  it('nudges after a drift held for the set minutes, then not again until the cool-down passed', () => {
    // Upright for a minute, then the head forward for 30 minutes.
    const { outputs } = run(initialTracker(NEUTRAL, 0), [...times(2, UPRIGHT), ...times(60, HEAD_FORWARD)]);
    const nudges = outputs.filter(({ output }) => output.type === 'nudge');
    const driftStart = 90_000;
    expect(nudges).toEqual([
      { at: driftStart + RULES.nudgeAfterMs, output: { type: 'nudge', posture: 'forward-head', minutes: 4 } },
      {
        at: driftStart + RULES.nudgeAfterMs + RULES.cooldownMs,
        output: { type: 'nudge', posture: 'forward-head', minutes: 24 },
      },
    ]);
  });

  it('writes a posture that holds again every ten minutes, with its first start', () => {
    const looks = RECORD_REFRESH_MS / LOOK_MS + 4;
    const { outputs } = run(initialTracker(NEUTRAL, 0), times(looks, UPRIGHT));
    expect(records(outputs)).toEqual([
      { at: 60_000, posture: 'upright', since: 30_000 },
      { at: 60_000 + RECORD_REFRESH_MS, posture: 'upright', since: 30_000 },
    ]);
  });

  it('drops a neutral the camera no longer matches and asks for calibration again', () => {
    const moved = { ...UPRIGHT, shoulderX: 0.85 };
    const { state, outputs } = run(initialTracker(NEUTRAL, 0), [
      ...times(2, UPRIGHT),
      ...times(STALE_LOOKS + 2, moved),
    ]);
    expect(outputs.filter(({ output }) => output.type === 'neutral-stale')).toHaveLength(1);
    expect(state).toMatchObject({ neutral: null, posture: 'unknown', reason: 'recalibrate' });
    const recalibrated = run(withNeutral(state, { ...NEUTRAL, shoulderX: 0.85 }, 0), times(2, moved));
    expect(recalibrated.state.posture).toBe('upright');
  });
});
