import type { Profile, Safety } from './profile-schema';

export type { Profile, Safety } from './profile-schema';

/**
 * What the first-run questionnaire asks (skippable, editable later), and the
 * safety state. Stored in the settings file: it is the user's own setting
 * of what the program should be. The zod schemas are in profile-schema.ts,
 * apart, so the renderer ships without zod.
 */
export const PAIN_AREAS = ['low-back', 'upper-back', 'neck'] as const;
export type PainArea = (typeof PAIN_AREAS)[number];

/**
 * Signs that need a professional, not exercise (their sources: docs/PROGRAM.md,
 * "Safety"). The first two can be an emergency.
 */
export const RED_FLAGS = [
  'bladder-or-bowel-control',
  'leg-weakness-or-numbness',
  'severe-pain-not-improving',
  'trouble-walking-or-standing',
  'no-improvement-6-8-weeks',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];
export const URGENT_RED_FLAGS: readonly RedFlag[] = ['bladder-or-bowel-control', 'leg-weakness-or-numbness'];

export const DEFAULT_PROFILE: Profile = {
  status: 'new',
  painAreas: [],
  duration: null,
  severity: null,
  worseWith: [],
  workSetup: null,
  breakStyle: null,
  goal: null,
  conditions: [],
};

export const DEFAULT_SAFETY: Safety = { stoppedAt: null, reasons: [] };
