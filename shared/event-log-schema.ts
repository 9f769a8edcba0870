import { z } from 'zod';
import { SENSED_POSTURES, UNKNOWN_REASONS } from './posture/posture-model';
import { PAIN_AREAS, RED_FLAGS } from './program/profile-model';

/**
 * One line of the append-only JSON Lines history (docs/EVENT-LOG.md).
 * Every line carries its schema version, a unique id, the instant in epoch ms
 * and the local UTC offset in minutes at that instant, so stats can place it
 * on the user's local calendar day even across DST and time-zone changes.
 */
export const EVENT_VERSION = 1;

export const reminderKindSchema = z.enum(['posture', 'movement', 'home-program', 'walk']);
export type ReminderKind = z.infer<typeof reminderKindSchema>;

export const breakSourceSchema = z.enum(['tray', 'notification', 'dashboard', 'command-line', 'schedule']);
export type BreakSource = z.infer<typeof breakSourceSchema>;

/**
 * An exercise id as the catalogue writes them (kebab-case). Anything else,
 * "__proto__" or "constructor" included, is not an id and the line is skipped.
 */
const exerciseIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(60);

const base = {
  v: z.literal(EVENT_VERSION),
  id: z.string().min(1).max(100),
  at: z.number().int().nonnegative(),
  tz: z
    .number()
    .int()
    .min(-14 * 60)
    .max(14 * 60),
};

export const logEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('reminder-shown'),
    kind: reminderKindSchema,
    breakId: z.string(),
    /** reminder, pre-break notice, catch-up after a busy spell, micro-move, sit-stand phase... */
    variant: z.string().max(40).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('reminder-deferred'),
    kind: reminderKindSchema,
    /** Why it waits: another app fullscreen, or the OS in do-not-disturb. */
    reason: z.enum(['busy']),
  }),
  z.object({ ...base, type: z.literal('reminder-acknowledged'), kind: reminderKindSchema, breakId: z.string() }),
  z.object({
    ...base,
    type: z.literal('break-started'),
    kind: reminderKindSchema,
    breakId: z.string(),
    source: breakSourceSchema,
    exerciseIds: z.array(z.string()),
  }),
  z.object({
    ...base,
    type: z.literal('break-completed'),
    kind: reminderKindSchema,
    breakId: z.string(),
    /** Seconds actually spent in the break. */
    durationSeconds: z.number().int().nonnegative(),
    /** "user": the Done button; "timer": the countdown ran out; "natural": away from the desk long enough. */
    endedBy: z.enum(['user', 'timer', 'natural']),
  }),
  z.object({
    ...base,
    type: z.literal('break-snoozed'),
    kind: reminderKindSchema,
    breakId: z.string().nullable(),
    minutes: z.number().int().positive(),
  }),
  z.object({
    ...base,
    type: z.literal('break-skipped'),
    kind: reminderKindSchema,
    breakId: z.string(),
    /** "closed": the break window was closed early; "user": Skip was chosen. */
    reason: z.enum(['closed', 'user']),
  }),
  z.object({
    ...base,
    type: z.literal('exercise-done'),
    breakId: z.string(),
    exerciseId: exerciseIdSchema,
    /** The dose as done: hold seconds, repetitions, minutes. */
    holdSeconds: z.number().int().positive().optional(),
    repetitions: z.number().int().positive().optional(),
    minutes: z.number().int().positive().optional(),
  }),
  z.object({ ...base, type: z.literal('exercise-skipped'), breakId: z.string(), exerciseId: exerciseIdSchema }),
  z.object({
    ...base,
    type: z.literal('exercise-feedback'),
    breakId: z.string(),
    exerciseId: exerciseIdSchema,
    feedback: z.enum(['too-easy', 'right', 'painful']),
  }),
  z.object({
    ...base,
    type: z.literal('pain-checkin'),
    /** Pain 0-10 by region; a region left out was not rated. */
    regions: z.partialRecord(z.enum(PAIN_AREAS), z.number().int().min(0).max(10)),
    flareUp: z.boolean(),
    redFlags: z.array(z.enum(RED_FLAGS)),
  }),
  z.object({ ...base, type: z.literal('program-stopped'), reasons: z.array(z.enum(RED_FLAGS)).min(1) }),
  z.object({ ...base, type: z.literal('program-resumed') }),
  z.object({
    ...base,
    type: z.literal('day-activity'),
    /** The local date it sums up (the latest record of a date wins). */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Minutes at the computer, present and not on a break. */
    activeMinutes: z.number().int().nonnegative(),
    longestSittingMinutes: z.number().int().nonnegative(),
  }),
  z.object({
    ...base,
    type: z.literal('posture-state'),
    /** What the camera sees now ("off": sensing stopped); written on each change and every 10 minutes it holds. */
    posture: z.enum([...SENSED_POSTURES, 'off']),
    /** When that posture began: its first look, before it had held long enough to count. */
    since: z.number().int().nonnegative(),
    reason: z.enum(UNKNOWN_REASONS).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('posture-nudge'),
    posture: z.enum(['forward-head', 'slumped', 'leaning-in']),
    /** How long the drift had held when the nudge was shown. */
    minutes: z.number().int().nonnegative(),
  }),
  z.object({ ...base, type: z.literal('posture-calibrated') }),
  z.object({ ...base, type: z.literal('paused'), until: z.number().int().nullable() }),
  z.object({ ...base, type: z.literal('resumed'), automatic: z.boolean() }),
]);

export type LogEvent = z.infer<typeof logEventSchema>;
export type LogEventType = LogEvent['type'];

/** An event as the engine emits it; the log stamps version, id and offset. */
export type LogEventDraft = LogEvent extends infer E
  ? E extends LogEvent
    ? Omit<E, 'v' | 'id' | 'tz'>
    : never
  : never;

export type ParsedLine =
  { ok: true; event: LogEvent } | { ok: false; reason: 'torn' | 'unknown-type' | 'invalid' | 'future-version' };

const KNOWN_TYPES = new Set<string>(logEventSchema.options.map((o) => o.shape.type.value));

/**
 * Parses one line. A line that is not JSON is "torn" (a crash mid-write);
 * an unknown type or a newer version comes from a later app and is ignored
 * rather than fatal.
 */
export function parseLogLine(line: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'torn' };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'invalid' };
  const record = raw as Record<string, unknown>;
  if (typeof record.v === 'number' && record.v > EVENT_VERSION) return { ok: false, reason: 'future-version' };
  if (typeof record.type !== 'string' || !KNOWN_TYPES.has(record.type)) return { ok: false, reason: 'unknown-type' };
  const parsed = logEventSchema.safeParse(raw);
  return parsed.success ? { ok: true, event: parsed.data } : { ok: false, reason: 'invalid' };
}
