/**
 * The names of what posture sensing reports, as data: the event log's
 * schema (shared/event-log-schema.ts) and the tracker share them.
 */
export const SEATED_POSTURES = ['upright', 'forward-head', 'slumped', 'leaning-in'] as const;
export type SeatedPosture = (typeof SEATED_POSTURES)[number];
/** The postures a nudge is about. */
export type DriftPosture = Exclude<SeatedPosture, 'upright'>;
export const DRIFT_POSTURES: readonly DriftPosture[] = ['forward-head', 'slumped', 'leaning-in'];

export const SENSED_POSTURES = [...SEATED_POSTURES, 'standing', 'away', 'unknown'] as const;
export type SensedPosture = (typeof SENSED_POSTURES)[number];

/** Why a look gave no posture. */
export const NO_READING_REASONS = ['dark', 'several-people', 'unclear'] as const;
export type NoReadingReason = (typeof NO_READING_REASONS)[number];
/** Why the posture is unknown: no reading, or nothing yet to judge against. */
export const UNKNOWN_REASONS = [...NO_READING_REASONS, 'not-calibrated', 'recalibrate'] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

export function isDrift(posture: string): posture is DriftPosture {
  return (DRIFT_POSTURES as readonly string[]).includes(posture);
}
