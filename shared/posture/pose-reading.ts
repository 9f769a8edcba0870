import type { NoReadingReason } from './posture-model';

/**
 * One look through the camera, reduced to what posture needs. The page's
 * pose model (renderer/src/posture/) finds keypoints in a frame; this module
 * turns them into a reading: seated with its measures, standing, away, or no
 * reading and why. The frame itself never gets here: only these numbers.
 *
 * Coordinates are in frame widths, both of them (x from 0 to 1 across, y
 * downwards from 0 at the top), so distances are true distances and a
 * reading does not depend on the camera's resolution or aspect ratio.
 */

export interface Keypoint {
  x: number;
  y: number;
  /** The model's confidence, 0..1. */
  score: number;
}

export const KEYPOINT_NAMES = [
  'nose',
  'leftEye',
  'rightEye',
  'leftEar',
  'rightEar',
  'leftShoulder',
  'rightShoulder',
] as const;
export type KeypointName = (typeof KEYPOINT_NAMES)[number];

/** What the pose model saw in one frame. */
export interface PoseObservation {
  /** How many people the model found. */
  people: number;
  /** Mean brightness of the frame, 0 (black) to 1 (white). */
  brightness: number;
  /** The one person's keypoints; absent ones were not found. */
  keypoints: Partial<Record<KeypointName, Keypoint>>;
}

/** How a seated person sits in one look: the measures calibration and classification compare. */
export interface SeatedMeasures {
  /** Height of the head (ears, else eyes, else nose) above the shoulder line, in shoulder widths. */
  headRise: number;
  /** Shoulder width as a fraction of the frame's width: it grows when the person leans in. */
  scale: number;
  /** Height of the shoulder line in the frame (0 at the top): it grows when the person slumps. */
  shoulderY: number;
  /** Where the shoulders' midpoint is across the frame. */
  shoulderX: number;
}

export type PoseReading =
  | ({ kind: 'seated'; turned: boolean } & SeatedMeasures)
  | { kind: 'standing' }
  | { kind: 'away' }
  | { kind: 'no-reading'; reason: NoReadingReason };

/** Below this mean brightness the model's points are guesses. */
export const DARK_BRIGHTNESS = 0.12;
/** A keypoint scored lower than this is treated as not found. */
export const MIN_KEYPOINT_SCORE = 0.3;
/** Nose further than this (in shoulder widths) from the shoulders' midpoint: the head is turned. */
const TURNED_NOSE_OFFSET = 0.35;
/**
 * Keypoints this high in the frame with the rest missing: the person stands
 * and the camera sees the chest with the head out of the top, or the head
 * alone at the top edge. (Standing further back, with head and shoulders in
 * view, is told from the personal neutral: see classify-posture.ts.)
 */
const STANDING_TOP = 0.25;

function found(observation: PoseObservation, name: KeypointName): Keypoint | undefined {
  const point = observation.keypoints[name];
  return point && point.score >= MIN_KEYPOINT_SCORE ? point : undefined;
}

function midpoint(points: (Keypoint | undefined)[]): { x: number; y: number } | undefined {
  const present = points.filter((point): point is Keypoint => point !== undefined);
  if (present.length === 0) return undefined;
  return {
    x: present.reduce((sum, point) => sum + point.x, 0) / present.length,
    y: present.reduce((sum, point) => sum + point.y, 0) / present.length,
  };
}

/** A look's posture measures, or why it has none. */
export function readPose(observation: PoseObservation): PoseReading {
  if (observation.brightness < DARK_BRIGHTNESS) return { kind: 'no-reading', reason: 'dark' };
  if (observation.people === 0) return { kind: 'away' };
  if (observation.people > 1) return { kind: 'no-reading', reason: 'several-people' };

  const left = found(observation, 'leftShoulder');
  const right = found(observation, 'rightShoulder');
  const head =
    midpoint([found(observation, 'leftEar'), found(observation, 'rightEar')]) ??
    midpoint([found(observation, 'leftEye'), found(observation, 'rightEye')]) ??
    midpoint([found(observation, 'nose')]);
  if (!left || !right) {
    return head && head.y < STANDING_TOP ? { kind: 'standing' } : { kind: 'no-reading', reason: 'unclear' };
  }
  const shoulderWidth = Math.hypot(left.x - right.x, left.y - right.y);
  const shoulders = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
  if (!head) return shoulders.y < STANDING_TOP ? { kind: 'standing' } : { kind: 'no-reading', reason: 'unclear' };
  if (shoulderWidth < 0.05) return { kind: 'no-reading', reason: 'unclear' };

  const nose = found(observation, 'nose');
  const turned = nose !== undefined && Math.abs(nose.x - shoulders.x) / shoulderWidth > TURNED_NOSE_OFFSET;
  return {
    kind: 'seated',
    turned,
    headRise: (shoulders.y - head.y) / shoulderWidth,
    scale: shoulderWidth,
    shoulderY: shoulders.y,
    shoulderX: shoulders.x,
  };
}
