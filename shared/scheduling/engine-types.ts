import type { BreakSource, LogEventDraft, ReminderKind } from '../event-log-schema';
import type { Settings } from '../settings-schema';
import type { PrescribedDose } from '../content/exercise-model';
import type { DriftPosture } from '../posture/posture-model';

/**
 * The scheduling engine's data: its state, the events it takes and the
 * effects it asks for. The engine is a pure function over these; the runtime
 * feeds it events and carries out the effects. It holds no words: a
 * notification is an intent (what to tell, about which break, with which
 * exercises) that the host puts into the user's language
 * (shared/notification-content.ts renderNotification).
 */

/** Reminders that repeat after an interval of sitting. */
export type IntervalKind = 'posture' | 'movement';
/** Reminders at a local time of day on chosen weekdays. */
export type DailyKind = 'home-program' | 'walk';

export type SitStandPhase = 'sit' | 'stand' | 'move';

export interface IntervalTimer {
  /** When the current countdown started (last break, return, resume). */
  anchorAt: number;
  /** When the next reminder falls due. */
  dueAt: number;
  /** A reminder was shown for this break and not acted on yet. */
  pendingBreakId: string | null;
  /**
   * The id the next reminder carries: set when a reminder is snoozed (it
   * comes back as the same break) or announced by a pre-break notice.
   */
  nextBreakId: string | null;
  /** Snoozes used on the current break. */
  snoozes: number;
  /** The deadline the pre-break notice was sent for. */
  noticeSentFor: number | null;
  /** Since when a due reminder waits for the user to be free. */
  deferredSince: number | null;
  /** Counts reminders, to rotate exercises and tips. */
  rotation: number;
  /** The sit-stand rhythm's current phase (posture timer in sit-stand mode). */
  phase: SitStandPhase;
  /** The exercises chosen for the break in flight (movement only; see BreakSession). */
  session: BreakSession | null;
}

export interface DailyTimer {
  /** The local date it last fired on; it fires at most once a local date. */
  lastDate: string | null;
  pendingBreakId: string | null;
  deferredSince: number | null;
  /** A snoozed daily reminder comes back at this instant. */
  snoozedUntil: number | null;
  snoozes: number;
  /** Completed sessions, for the walking plan's progression. */
  completed: number;
  /** The exercises chosen for the reminder waiting (see BreakSession). */
  session: BreakSession | null;
}

/** One exercise of a break, with the dose prescribed for it. */
export interface SessionItem {
  exerciseId: string;
  dose: PrescribedDose;
}

/**
 * The session of a break, chosen once: when the break is first announced (the
 * heads-up or the reminder, whose notification names its first exercise) or,
 * without one, when it starts. It travels with the break's id through snoozes
 * to the break's start, so the notification and the player always show the
 * same exercises even when the program changes in between (new answers, new
 * feedback). It is keyed by the break's id: a session left behind by a break
 * that was dropped (ignored, credited as a natural break, paused) never
 * matches the next break's new id, so a stale one can do no harm.
 */
export interface BreakSession {
  breakId: string;
  items: SessionItem[];
}

/**
 * The user's program as plain data: what breaks draw their exercises from.
 * The host builds it from the questionnaire and the history (which it reads
 * from disk) and passes it in with each event, so the engine chooses a
 * session without calling back into any service.
 */
export interface SessionPlan {
  /** Desk and standing exercises, taken in turn by movement breaks and fitted to their length. */
  workday: readonly SessionItem[];
  /** The floor routine of the home program. */
  home: readonly SessionItem[];
}

export interface ActiveBreak {
  id: string;
  kind: ReminderKind;
  source: BreakSource;
  startedAt: number;
  endsAt: number;
  /** The guided session: exercises in order, with their doses. */
  items: SessionItem[];
}

export interface ActivityState {
  /** The last instant the engine saw (detects clock jumps and gaps). */
  lastSeenAt: number;
  /** When the current time away from the keyboard began, if away. */
  awaySince: number | null;
  /** Kinds whose natural break this away period already counted. */
  credited: IntervalKind[];
  /** The movement break this away period takes the place of (logged on return). */
  naturalBreakId: string | null;
  /** No reminder fires before this: the first minute after a return. */
  graceUntil: number;
  /** Start of the current continuous sitting stretch. */
  sittingSince: number;
  /** Local date of the day counters below. */
  day: string;
  sittingTodayMs: number;
  longestSittingMs: number;
  limitWarned: boolean;
  /** When today's activity was last written to the log. */
  summarizedAt: number;
}

export interface EngineState {
  /** The zone the engine last computed local times in. */
  zone: string;
  intervals: Record<IntervalKind, IntervalTimer>;
  daily: Record<DailyKind, DailyTimer>;
  paused: { since: number; until: number | null } | null;
  activeBreak: ActiveBreak | null;
  /** Skipped movement breaks since the last one taken. */
  skipsInRow: number;
  /** Another app is fullscreen or the OS is in do-not-disturb (last seen). */
  busy: boolean;
  /** Set by sleep or lock; cleared by wake or unlock. */
  asleepSince: number | null;
  /** Working hours were off at the last look. */
  outsideHours: boolean;
  activity: ActivityState;
  sensed: SensedNudgeState;
}

/**
 * A posture check about a drift the camera saw (shared/scheduling/sensed-posture.ts):
 * the drift waiting to be told, and the rules' state for it.
 */
export interface SensedNudgeState {
  /** The drift the tracker asked a check for, and when it began; null when none waits. */
  drift: { posture: DriftPosture; since: number } | null;
  /** Since when the waiting check is held because the user is busy. */
  deferredSince: number | null;
  /** A snoozed check comes back no earlier than this. */
  snoozedUntil: number | null;
}

export type ScheduleStatus = 'running' | 'paused' | 'outside-hours' | 'in-break';

/** How long to pause: minutes, until the next working day, or until resumed. */
export type PauseLength = { minutes: number } | { until: 'tomorrow' } | { until: 'resumed' };

export type EngineEvent =
  /** A wake-up, with what the OS says now: seconds idle (null: unknown), and busy. */
  | { type: 'tick'; idleSeconds: number | null; busy: boolean }
  | { type: 'sleep' }
  | { type: 'wake' }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'start-break'; source: BreakSource; kind?: ReminderKind }
  | { type: 'complete-break' }
  | { type: 'close-break' }
  | { type: 'skip'; kind?: ReminderKind }
  | { type: 'snooze'; minutes: number; kind?: ReminderKind }
  /** The camera saw a drift held long enough for a posture check (shared/posture/posture-tracker.ts). */
  | { type: 'posture-drift'; posture: DriftPosture; since: number }
  /** The drift ended (sat up, stood up, left, or sensing stopped): a check still waiting is moot. */
  | { type: 'posture-settled' }
  | { type: 'snooze-sensed'; minutes: number }
  | { type: 'acknowledge'; kind: ReminderKind; breakId: string }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'settings-changed'; previous: Settings };

export type WindowView = 'break' | 'dashboard';

/** What a notification is about: a reminder kind, or the daily sitting limit. */
export type NotificationKind = ReminderKind | 'sitting';

export type NotificationVariant =
  'reminder' | 'pre-break' | 'catch-up' | 'micro-move' | 'stand' | 'move' | 'sit' | 'limit' | 'sensed';

/**
 * A notification the engine asks for, as data: which reminder, about which
 * break, what the rules still allow, and what to name. The host words it in
 * the user's language and adds the durations from the settings
 * (renderNotification in shared/notification-content.ts).
 */
export interface ReminderIntent {
  /** The notification's own id: an action on it comes back with this id. */
  id: string;
  kind: NotificationKind;
  variant: NotificationVariant;
  /** The break Start, Snooze or Skip act on (a fresh id for nudges). */
  breakId: string;
  at: number;
  /** Whether the rules still allow snoozing and skipping this break. */
  canSnooze: boolean;
  canSkip: boolean;
  /** No sound, low urgency: busy moments and micro-moves. */
  quiet: boolean;
  /** The break's exercises, in order, as the break will hold them (movement, home program, walk). */
  session?: SessionItem[];
  /** Which posture cue (or micro-move, for a micro-move) to show: they rotate. */
  cue?: number;
  /** Walk or home-program minutes; for a sensed check, how long the drift has held. */
  minutes?: number;
  /** A sensed check: the drift the camera saw. */
  drift?: DriftPosture;
}

export type Effect =
  | { type: 'remind'; intent: ReminderIntent }
  | { type: 'record'; event: LogEventDraft }
  | { type: 'open-window'; view: WindowView }
  | { type: 'close-window'; view: WindowView };

export interface EngineContext {
  now: number;
  settings: Settings;
  /** The current IANA time zone. */
  zone: string;
  /** Fresh unique ids for breaks and notifications (injected for tests). */
  newId: () => string;
  /**
   * The user's program, as data. Without it, a plain rotation of the desk
   * exercises and the catalogue's home routine are used.
   */
  program?: SessionPlan;
}

export interface Transition {
  state: EngineState;
  effects: Effect[];
  /** Set when the event was refused; the state is then unchanged. */
  rejected?: string;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
/** No reminder fires this soon after the user comes back. */
export const RETURN_GRACE_MS = MINUTE;
/**
 * The runtime ticks at least once a minute. A longer silence means the
 * process did not run (sleep without an event) or the clock jumped.
 */
export const MAX_TICK_GAP_MS = 3 * MINUTE;
/** A daily reminder missed by more than this (machine off) is not caught up. */
export const DAILY_CATCH_UP_MS = 2 * 60 * MINUTE;
/** A posture check this close before a movement break is folded into it. */
export const POSTURE_MOVEMENT_MERGE_MS = 2 * MINUTE;
