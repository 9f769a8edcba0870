import type { PoseObservation } from '../../shared/posture/pose-reading';

/** Where a made-up person sits in the frame: the measures readPose should find again. */
export interface Sitter {
  /** Ears above the shoulder line, in shoulder widths. */
  headRise?: number;
  /** Shoulder width, in frame widths. */
  scale?: number;
  shoulderY?: number;
  shoulderX?: number;
  /** Nose across from the shoulders' midpoint, in shoulder widths (a turned head). */
  noseOffset?: number;
  brightness?: number;
}

export const NEUTRAL_SITTER = { headRise: 0.6, scale: 0.3, shoulderY: 0.6, shoulderX: 0.5 } as const;

/** The keypoints a pose model would give for that person. */
export function observe(sitter: Sitter = {}): PoseObservation {
  const { headRise, scale, shoulderY, shoulderX } = { ...NEUTRAL_SITTER, ...sitter };
  const headY = shoulderY - headRise * scale;
  const point = (x: number, y: number) => ({ x, y, score: 0.9 });
  return {
    people: 1,
    brightness: sitter.brightness ?? 0.5,
    keypoints: {
      nose: point(shoulderX + (sitter.noseOffset ?? 0) * scale, headY + 0.02),
      leftEar: point(shoulderX - 0.25 * scale, headY),
      rightEar: point(shoulderX + 0.25 * scale, headY),
      leftShoulder: point(shoulderX - scale / 2, shoulderY),
      rightShoulder: point(shoulderX + scale / 2, shoulderY),
    },
  };
}
