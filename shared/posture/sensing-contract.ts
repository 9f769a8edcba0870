import { z } from 'zod';
import { KEYPOINT_NAMES } from './pose-reading';
import { SENSED_POSTURES, UNKNOWN_REASONS } from './posture-model';

/**
 * The posture-sensing part of the IPC contract (shared/ipc-contract.ts
 * attaches these to its channels). The page runs the pose model and sends
 * only keypoints; no frame ever crosses (docs/SECURITY.md).
 */
const unit = z.number().finite().min(-1).max(3);
const keypointSchema = z.object({ x: unit, y: unit, score: z.number().min(0).max(1) }).strict();

export const poseObservationSchema = z
  .object({
    people: z.number().int().min(0).max(20),
    brightness: z.number().min(0).max(1),
    keypoints: z.partialRecord(z.enum(KEYPOINT_NAMES), keypointSchema),
  })
  .strict();

/** Why the page could not look: the camera refused, missing or taken, or the model would not load. */
export const SENSING_PROBLEMS = ['camera-denied', 'no-camera', 'camera-busy', 'model-failed'] as const;
export type SensingProblem = (typeof SENSING_PROBLEMS)[number];

export const postureLookRequestSchema = z.union([
  z.object({ observation: poseObservationSchema }).strict(),
  z.object({ problem: z.enum(SENSING_PROBLEMS) }).strict(),
]);

/** At most this many looks in one calibration. */
export const MAX_CALIBRATION_LOOKS = 20;
export const calibrateRequestSchema = z
  .object({ observations: z.array(poseObservationSchema).min(1).max(MAX_CALIBRATION_LOOKS) })
  .strict();
export const calibrateResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(['too-few-looks', 'moving', 'turned']) }),
]);

/**
 * Sensing in every snapshot: whether the page should look and how often,
 * what the camera sees now, and whether the camera is in use (the tray and
 * the page show it).
 */
export const sensingSnapshotSchema = z.object({
  enabled: z.boolean(),
  lookEverySeconds: z.number().int(),
  /** Whether a personal neutral is recorded on this computer. */
  calibrated: z.boolean(),
  /** The camera's view changed since the neutral was recorded: calibration is offered again. */
  stale: z.boolean(),
  posture: z.enum(SENSED_POSTURES),
  reason: z.enum(UNKNOWN_REASONS).nullable(),
  since: z.number(),
  /** The page holds the camera right now (a look or a calibration). */
  cameraInUse: z.boolean(),
  problem: z.enum(SENSING_PROBLEMS).nullable(),
});
export type SensingSnapshot = z.infer<typeof sensingSnapshotSchema>;
