import type { Neutral } from './calibration';
import type { DriftPosture, SeatedPosture } from './posture-model';
import type { SeatedMeasures } from './pose-reading';

/**
 * How far a look has drifted from the neutral, per posture, each as a share
 * where 0 is the neutral:
 * - forward-head: the head sits lower above the shoulders (it moves forward
 *   and down, so the camera sees less neck);
 * - slumped: the shoulder line sinks in the frame, in neutral shoulder widths;
 * - leaning-in: the person looks bigger, being nearer the screen.
 */
export function drifts(look: SeatedMeasures, neutral: Neutral): Record<DriftPosture, number> {
  return {
    'forward-head': (neutral.headRise - look.headRise) / Math.max(neutral.headRise, 0.1),
    slumped: (look.shoulderY - neutral.shoulderY) / neutral.scale,
    'leaning-in': look.scale / neutral.scale - 1,
  };
}

/**
 * Hysteresis: a drift must pass `enter` to count, and then fall below `exit`
 * to stop counting, so a person sitting right at a threshold does not
 * flicker between two postures.
 */
export const DRIFT_THRESHOLDS: Record<DriftPosture, { enter: number; exit: number }> = {
  slumped: { enter: 0.3, exit: 0.15 },
  'forward-head': { enter: 0.2, exit: 0.1 },
  'leaning-in': { enter: 0.2, exit: 0.1 },
};
/** When several drifts count at once, the one named: slumping includes the head's drop. */
const PRIORITY: DriftPosture[] = ['slumped', 'forward-head', 'leaning-in'];

/** The shoulders this far (neutral shoulder widths) above the neutral: the person stands. */
export const STANDING_RISE = 0.8;

/** The posture of one look, given the posture counted until now (for hysteresis). */
export function classifyPosture(
  look: SeatedMeasures,
  neutral: Neutral,
  current: SeatedPosture | 'standing' | null,
): SeatedPosture | 'standing' {
  if ((neutral.shoulderY - look.shoulderY) / neutral.scale > STANDING_RISE) return 'standing';
  const drift = drifts(look, neutral);
  const counting = PRIORITY.filter((posture) => {
    const { enter, exit } = DRIFT_THRESHOLDS[posture];
    return drift[posture] > (current === posture ? exit : enter);
  });
  return counting[0] ?? 'upright';
}
