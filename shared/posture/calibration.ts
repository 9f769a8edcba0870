import type { PoseReading, SeatedMeasures } from './pose-reading';

/**
 * The person's own neutral: how they sit when they sit well supported,
 * recorded over a few seconds of looks. Posture is judged as drift from it,
 * never against a textbook figure, because cameras, desks and bodies differ.
 */
export interface Neutral extends SeatedMeasures {
  /** When it was recorded (epoch ms). */
  recordedAt: number;
}

export type CalibrationResult =
  { ok: true; neutral: Neutral } | { ok: false; reason: 'too-few-looks' | 'moving' | 'turned' };

/** Looks a calibration needs (at the calibration's fast cadence, about 3 s). */
export const CALIBRATION_LOOKS = 5;
/** More spread than this in head height (shoulder widths) or scale (share): the person moved. */
const CALIBRATION_SPREAD = 0.25;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

/** The neutral from a calibration's looks, or why there is none. */
export function calibrate(readings: PoseReading[], recordedAt: number): CalibrationResult {
  const seated = readings.flatMap((reading) => (reading.kind === 'seated' ? [reading] : []));
  if (seated.length < CALIBRATION_LOOKS) return { ok: false, reason: 'too-few-looks' };
  if (seated.filter((reading) => reading.turned).length * 2 > seated.length) return { ok: false, reason: 'turned' };
  const facing = seated.filter((reading) => !reading.turned);
  const scales = facing.map((reading) => reading.scale);
  if (
    spread(facing.map((reading) => reading.headRise)) > CALIBRATION_SPREAD ||
    spread(scales) / median(scales) > CALIBRATION_SPREAD
  ) {
    return { ok: false, reason: 'moving' };
  }
  return {
    ok: true,
    neutral: {
      recordedAt,
      headRise: median(facing.map((reading) => reading.headRise)),
      scale: median(scales),
      shoulderY: median(facing.map((reading) => reading.shoulderY)),
      shoulderX: median(facing.map((reading) => reading.shoulderX)),
    },
  };
}

/** The shoulders' midpoint moved further than this (share of the frame) for good: the camera moved. */
const STALE_SHIFT = 0.2;
/**
 * The person looks this much smaller or bigger (ratio of shoulder widths) for
 * good: the camera or the chair moved. Wider than any lean toward the screen.
 */
const STALE_SCALE = { below: 0.6, above: 1.7 };
/** Seated looks in a row, all far from the neutral, before it counts as stale. */
export const STALE_LOOKS = 6;

/**
 * Whether the camera's view changed so much that the neutral no longer fits
 * (a laptop moved, a new desk): every one of the last STALE_LOOKS seated
 * looks is far from it in position or size. Slouching alone never makes a
 * neutral stale: it changes the head height, not where the shoulders are
 * across the frame, and the scale only a little.
 */
export function isNeutralStale(neutral: Neutral, recentSeated: SeatedMeasures[]): boolean {
  const last = recentSeated.slice(-STALE_LOOKS);
  if (last.length < STALE_LOOKS) return false;
  return last.every(
    (look) =>
      Math.abs(look.shoulderX - neutral.shoulderX) > STALE_SHIFT ||
      look.scale / neutral.scale < STALE_SCALE.below ||
      look.scale / neutral.scale > STALE_SCALE.above,
  );
}
