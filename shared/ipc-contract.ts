import { z } from 'zod';
import { breakSourceSchema, reminderKindSchema } from './event-log-schema';
import { CONTRAINDICATIONS } from './content/exercise-model';
import { REASON_EXTRAS } from './program/program-model';
import { PAIN_AREAS, RED_FLAGS } from './program/profile-model';
import { profileSchema, safetySchema } from './program/profile-schema';
import { settingsPatchSchema, settingsSchema } from './settings-schema';
import { RESET_SCOPES, type ResetScope } from './settings-groups';
import { IMPORT_PROBLEMS, MAX_IMPORT_TEXT_LENGTH } from './settings-transfer';
import { LANGUAGES } from './i18n/languages';
import {
  calibrateRequestSchema,
  calibrateResponseSchema,
  postureLookRequestSchema,
  sensingSnapshotSchema,
} from './posture/sensing-contract';
import { INVOKE_CHANNEL_BY_NAME, PUSH_CHANNEL_BY_NAME, type InvokeName, type PushName } from './ipc-channels';

/**
 * The one IPC contract. Every channel between the renderer and the backend is
 * declared here with zod schemas for its request and response; the preload,
 * the Electron handlers, the web host's WebSocket and the renderer all derive
 * from this file, so no channel name or payload shape is ever typed twice.
 */

const empty = z.object({}).strict();

export const viewSchema = z.enum(['break', 'dashboard', 'settings', 'onboarding', 'report']);
export type View = z.infer<typeof viewSchema>;

export const trayItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  enabled: z.boolean(),
  type: z.enum(['normal', 'separator']).optional(),
  checked: z.boolean().optional(),
  get submenu() {
    return z.array(trayItemSchema).optional();
  },
});

export const prescribedDoseSchema = z.object({
  holdSeconds: z.number().int().positive().optional(),
  repetitions: z.number().int().positive().optional(),
  minutes: z.number().int().positive().optional(),
  perSide: z.boolean(),
});

export const sessionItemSchema = z.object({ exerciseId: z.string(), dose: prescribedDoseSchema });

export const activeBreakSchema = z.object({
  id: z.string(),
  kind: reminderKindSchema,
  source: breakSourceSchema,
  startedAt: z.number(),
  endsAt: z.number(),
  items: z.array(sessionItemSchema),
});

/** The program's reasons are data; the renderer words them in the user's language (program/program-text.ts). */
const programItemSchema = sessionItemSchema.extend({ extras: z.array(z.enum(REASON_EXTRAS)) });
const exclusionReasonSchema = z.enum([...CONTRAINDICATIONS, 'painful']);
const flareUpWhySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flare-ups'), count: z.number().int(), days: z.number().int() }),
  z.object({ kind: z.literal('severe-pain'), pain: z.number() }),
]);

/** The user's program as the renderer shows it, with the answers and safety state it came from. */
export const programViewSchema = z.object({
  program: z.object({
    workday: z.array(programItemSchema),
    home: z.array(programItemSchema),
    walk: programItemSchema.nullable(),
    excluded: z.array(z.object({ exerciseId: z.string(), reason: exclusionReasonSchema })),
    stopped: z.boolean(),
  }),
  profile: profileSchema,
  safety: safetySchema,
  /** Frequent or severe flare-ups: suggest contacting a physical therapist. */
  flareUp: z.object({ suggest: z.boolean(), why: flareUpWhySchema.optional() }),
  /** Whether a pain check-in was already given today (asked at most once a day). */
  checkedInToday: z.boolean(),
});
export type ProgramView = z.infer<typeof programViewSchema>;

export const windowStateSchema = z.object({
  id: z.string(),
  view: viewSchema,
  open: z.boolean(),
  openedAt: z.number(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** Today's reminders and what became of them, oldest first (every kind: posture, movement, home program, walk). */
const timelineSchema = z.array(
  z.object({
    at: z.number(),
    kind: reminderKindSchema,
    what: z.enum(['reminded', 'started', 'taken', 'natural', 'snoozed', 'skipped', 'deferred']),
  }),
);

/**
 * Today's figures, in every snapshot: the ring, the stat cards, the summary
 * line and the timeline all read these, so they never disagree. Made from
 * the same daily aggregate as the history's charts (electron/core/history-service.ts).
 */
export const todaySchema = z.object({
  /** Local calendar date, YYYY-MM-DD. */
  date: z.string(),
  /** Movement breaks that fell due, were started by hand, or were taken naturally. */
  due: z.number().int(),
  /** Movement breaks taken, guided or natural. */
  taken: z.number().int(),
  snoozed: z.number().int(),
  skipped: z.number().int(),
  /** Whole minutes of guided movement (natural breaks are not exercise). */
  minutesMoved: z.number().int(),
  /** Taken ÷ due in percent, rounded; null while nothing fell due. */
  adherence: z.number().int().nullable(),
  timeline: timelineSchema,
});
export type TodayFigures = z.infer<typeof todaySchema>;

export const appSnapshotSchema = z.object({
  now: z.number(),
  /** "manual" when the web host runs with --clock manual (time stands still). */
  clock: z.enum(['system', 'manual']),
  host: z.enum(['electron', 'web']),
  /** The IANA time zone local times are shown in. */
  zone: z.string(),
  /** The language every visible string is in (the setting resolved against the OS). */
  language: z.enum(LANGUAGES),
  /** Settings > Theme: "light" or "dark" forced, or "system" (follow the OS). */
  theme: settingsSchema.shape.general.shape.theme,
  schedule: z.object({
    status: z.enum(['running', 'paused', 'outside-hours', 'in-break']),
    next: z.array(z.object({ kind: reminderKindSchema, at: z.number() })),
    pausedUntil: z.number().nullable(),
    /** Outside working hours: when reminders start again. */
    resumesAt: z.number().nullable(),
    activeBreak: activeBreakSchema.nullable(),
    /** A movement reminder was shown and is waiting for Start, Snooze or Skip. */
    pendingBreakId: z.string().nullable(),
    canSnooze: z.boolean(),
    /** Minutes a snooze from a reminder postpones it by. */
    snoozeMinutes: z.number().int(),
    canSkip: z.boolean(),
    /** Another app is fullscreen or the OS is in do-not-disturb: reminders wait. */
    busy: z.boolean(),
  }),
  /**
   * The engine's own count, at `now`: the dashboard's sitting card and the
   * ring's longest stretch both show it. The minutes are for readers that
   * take the figures as they are (the command line, tests); a page runs
   * `since`, `todayMs` and `longestMs` forward to its own clock
   * (shared/scheduling/sitting-clock.ts).
   */
  sitting: z.object({
    /** The current stretch since the last real break. */
    currentMinutes: z.number().int(),
    longestTodayMinutes: z.number().int(),
    todayMinutes: z.number().int(),
    /** While the user sits: when the current stretch began; null while away, asleep or in a break. */
    since: z.number().nullable(),
    todayMs: z.number(),
    longestMs: z.number(),
  }),
  today: todaySchema,
  sensing: sensingSnapshotSchema,
  /**
   * Moves on whenever what getHistory (or getProgram) answers may have changed:
   * an event recorded (by this computer or a synced one), a new local day, a
   * settings change. Pages fetch history again only when it moves (each
   * history answer carries the revision it was made at).
   */
  historyRevision: z.number().int(),
  /** Moves on only when what getProgram answers changed; pages fetch the program again then. */
  programRevision: z.number().int(),
  /**
   * The tray at `now`, and what besides the clock and the schedule it is
   * made of, so a page can make it again at its own clock (shared/tray-menu.ts
   * buildTrayModel).
   */
  tray: z.object({
    tooltip: z.string(),
    title: z.string(),
    menu: z.array(trayItemSchema),
    platform: z.enum(['darwin', 'win32', 'linux']),
    checkInDue: z.boolean(),
  }),
  windows: z.array(windowStateSchema),
  /** Messages the user must see once, such as a settings file recovered. */
  notices: z.array(z.object({ id: z.string(), message: z.string() })),
});
export type AppSnapshot = z.infer<typeof appSnapshotSchema>;

export const dayStatsSchema = z.object({
  date: z.string(),
  due: z.number().int(),
  taken: z.number().int(),
  snoozed: z.number().int(),
  skipped: z.number().int(),
  minutesMoved: z.number().int(),
});

const ok = z.object({ ok: z.literal(true) });

/** What the About section shows and "Copy diagnostics" copies. */
export const diagnosticsSchema = z.object({
  appVersion: z.string(),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  osRelease: z.string(),
  nodeVersion: z.string(),
  electronVersion: z.string().nullable(),
  chromeVersion: z.string().nullable(),
  dataDir: z.string(),
  logFile: z.string().nullable(),
  settingsVersion: z.number().int(),
  idleSource: z.string(),
  busyDetection: z.string(),
  autostart: z.string(),
  timeZone: z.string(),
});
export type Diagnostics = z.infer<typeof diagnosticsSchema>;

const dayPointSchema = z.object({
  date: z.string(),
  due: z.number().int(),
  taken: z.number().int(),
  adherence: z.number().int().nullable(),
  guidedMinutes: z.number().int(),
  pain: z.number().int().nullable(),
  flareUp: z.boolean(),
});
const rollupSchema = z.object({
  period: z.string(),
  due: z.number().int(),
  taken: z.number().int(),
  adherence: z.number().int().nullable(),
  guidedMinutes: z.number().int(),
  activeDays: z.number().int(),
});

/** Everything the charts and the report need for a span of days ending today. */
export const historyViewSchema = z.object({
  /** The snapshot's historyRevision this answer was made at. */
  revision: z.number().int(),
  today: z.string(),
  days: z.number().int(),
  /** Adherence target in percent (the target line, and what a streak day needs). */
  target: z.number().int(),
  points: z.array(dayPointSchema),
  streaks: z.object({ current: z.number().int(), best: z.number().int() }),
  weekly: z.array(rollupSchema),
  monthly: z.array(rollupSchema),
  bestHour: z.number().int().nullable(),
  mostSkippedHour: z.number().int().nullable(),
  exercises: z.array(z.object({ exerciseId: z.string(), count: z.number().int() })),
  /** The last 365 days' adherence, for the calendar heat map. */
  year: z.array(z.object({ date: z.string(), adherence: z.number().int().nullable(), due: z.number().int() })),
  todayDetail: z.object({
    postureShown: z.number().int(),
    postureAcknowledged: z.number().int(),
    natural: z.number().int(),
    guided: z.number().int(),
    skipped: z.number().int(),
    snoozed: z.number().int(),
    activeMinutes: z.number().int().nullable(),
    longestSittingMinutes: z.number().int().nullable(),
    homeProgramDone: z.number().int(),
    walksDone: z.number().int(),
  }),
  /** The same as the snapshot's today.timeline at this revision. */
  timeline: timelineSchema,
});
export type HistoryView = z.infer<typeof historyViewSchema>;

export const pauseLengthSchema = z.union([
  z
    .object({
      minutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    })
    .strict(),
  z.object({ until: z.enum(['tomorrow', 'resumed']) }).strict(),
]);

/** An import's result: the settings now in force, or why nothing changed. */
export const settingsImportSchema = z.discriminatedUnion('imported', [
  z.object({ imported: z.literal(true), settings: settingsSchema, migratedFrom: z.number().int().nullable() }),
  z.object({
    imported: z.literal(false),
    problem: z.enum(IMPORT_PROBLEMS),
    /** Each value the schema refused: a path such as `movement.intervalSeconds`, and zod's (English) message. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
]);
export type SettingsImport = z.infer<typeof settingsImportSchema>;

/** An item's place in its break's session; sessions hold a handful of exercises. */
const breakItemIndexSchema = z.number().int().min(0).max(99);
/** `recorded: false`: the same fact was already recorded, and nothing was written. */
const reportResultSchema = z.object({ recorded: z.boolean() });

function invoke<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response } as const;
}

/** Request/response schemas, keyed by the verb the renderer calls. */
const invokeSchemas = {
  getSnapshot: invoke(empty, appSnapshotSchema),
  getTodayStats: invoke(empty, dayStatsSchema),
  startBreak: invoke(
    z.object({ source: breakSourceSchema.default('dashboard'), kind: reminderKindSchema.default('movement') }).strict(),
    z.object({ breakId: z.string() }),
  ),
  completeBreak: invoke(empty, ok),
  snooze: invoke(
    z.object({ minutes: z.number().int().min(1).max(120), kind: reminderKindSchema.optional() }).strict(),
    ok,
  ),
  skip: invoke(z.object({ kind: reminderKindSchema.optional() }).strict(), ok),
  pause: invoke(z.object({ length: pauseLengthSchema }).strict(), ok),
  resume: invoke(empty, ok),
  getSettings: invoke(empty, settingsSchema),
  updateSettings: invoke(settingsPatchSchema, settingsSchema),
  resetSettings: invoke(
    z.object({ scope: z.enum(RESET_SCOPES as [ResetScope, ...ResetScope[]]) }).strict(),
    settingsSchema,
  ),
  exportSettings: invoke(empty, z.object({ filename: z.string(), content: z.string() })),
  // The text as read from the user's file. This bound only caps what a
  // transport may hand over; the handler refuses anything over
  // MAX_SETTINGS_IMPORT_BYTES with a reason the user can read.
  importSettings: invoke(z.object({ text: z.string().max(MAX_IMPORT_TEXT_LENGTH) }).strict(), settingsImportSchema),
  openView: invoke(z.object({ view: viewSchema }).strict(), ok),
  closeView: invoke(z.object({ view: viewSchema }).strict(), ok),
  dismissNotice: invoke(z.object({ id: z.string().max(200) }).strict(), ok),
  getProgram: invoke(empty, programViewSchema),
  saveProfile: invoke(
    z
      .object({
        profile: profileSchema.omit({ status: true }),
        /** Red-flag answers: any "yes" stops the exercise program. */
        redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length),
        applySuggestions: z.boolean(),
      })
      .strict(),
    programViewSchema,
  ),
  skipQuestionnaire: invoke(empty, ok),
  // The player's reports of a break's exercises, by the break's id and the
  // item's index in its session (activeBreak.items): the backend writes each
  // with the session's own dose and exercise (electron/core/break-record.ts).
  recordExerciseDone: invoke(
    z.object({ breakId: z.string().max(100), itemIndex: breakItemIndexSchema }).strict(),
    reportResultSchema,
  ),
  recordExerciseFeedback: invoke(
    z
      .object({
        breakId: z.string().max(100),
        itemIndex: breakItemIndexSchema,
        feedback: z.enum(['too-easy', 'right', 'painful']),
      })
      .strict(),
    reportResultSchema,
  ),
  submitPainCheckIn: invoke(
    z
      .object({
        regions: z.partialRecord(z.enum(PAIN_AREAS), z.number().int().min(0).max(10)),
        flareUp: z.boolean(),
        redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length),
      })
      .strict(),
    z.object({ stopped: z.boolean(), urgent: z.boolean() }),
  ),
  resumeProgram: invoke(z.object({ confirmed: z.literal(true) }).strict(), ok),
  getDiagnostics: invoke(empty, diagnosticsSchema),
  openDataFolder: invoke(empty, ok),
  getHistory: invoke(
    z.object({ days: z.union([z.literal(7), z.literal(30), z.literal(90), z.literal(365)]) }).strict(),
    historyViewSchema,
  ),
  exportCsv: invoke(
    z.object({ what: z.enum(['daily', 'events']) }).strict(),
    z.object({ filename: z.string(), content: z.string() }),
  ),
  clickTrayItem: invoke(z.object({ id: z.string().max(100) }).strict(), ok),
  // Camera posture sensing (shared/posture/): the page sends keypoints, never a frame.
  reportPostureLook: invoke(postureLookRequestSchema, ok),
  calibratePosture: invoke(calibrateRequestSchema, calibrateResponseSchema),
  reportCameraUse: invoke(z.object({ inUse: z.boolean() }).strict(), ok),
} as const satisfies Record<InvokeName, { request: z.ZodType; response: z.ZodType }>;

/** Request/response channels: each verb's schemas with its channel name from ipc-channels.ts. */
export const invokeContract = Object.fromEntries(
  (Object.keys(invokeSchemas) as InvokeName[]).map((name) => [
    name,
    { channel: INVOKE_CHANNEL_BY_NAME[name], ...invokeSchemas[name] },
  ]),
) as { [K in InvokeName]: (typeof invokeSchemas)[K] & { channel: (typeof INVOKE_CHANNEL_BY_NAME)[K] } };

/** Backend-to-renderer pushes, keyed by the subscribe verb. */
export const pushContract = {
  onStateChanged: { channel: PUSH_CHANNEL_BY_NAME.onStateChanged, payload: appSnapshotSchema },
} as const satisfies Record<PushName, { channel: string; payload: z.ZodType }>;

export type InvokeContract = typeof invokeContract;
export type { InvokeName, PushName };
export type RequestOf<K extends InvokeName> = z.input<InvokeContract[K]['request']>;
export type ParsedRequestOf<K extends InvokeName> = z.output<InvokeContract[K]['request']>;
export type ResponseOf<K extends InvokeName> = z.output<InvokeContract[K]['response']>;
export type PushPayloadOf<K extends PushName> = z.output<(typeof pushContract)[K]['payload']>;

export const INVOKE_CHANNELS: readonly string[] = Object.values(invokeContract).map((c) => c.channel);
export const PUSH_CHANNELS: readonly string[] = Object.values(pushContract).map((c) => c.channel);

const channelToName = new Map<string, InvokeName>(
  (Object.keys(invokeContract) as InvokeName[]).map((name) => [invokeContract[name].channel, name]),
);
export function invokeNameForChannel(channel: string): InvokeName | undefined {
  return channelToName.get(channel);
}

// ---- Results: every call resolves to a typed result, never a thrown error.

export const ipcErrorCodeSchema = z.enum([
  'invalid-payload',
  'unknown-channel',
  'forbidden-sender',
  'rejected',
  'internal',
  // The page stopped waiting: no answer within the call's time limit (shared/ipc-api.ts).
  'timeout',
]);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown by a handler to refuse an action the current state does not allow. */
export class IpcRejection extends Error {
  override readonly name = 'IpcRejection';
}

export type ContractHandlers = {
  [K in InvokeName]: (
    request: ParsedRequestOf<K>,
  ) => Promise<z.input<InvokeContract[K]['response']>> | z.input<InvokeContract[K]['response']>;
};

/**
 * Validates and dispatches one call. Used by both hosts so a bad payload gets
 * the same typed error whichever transport carried it.
 */
export async function dispatchInvoke(
  handlers: ContractHandlers,
  channel: unknown,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  const name = typeof channel === 'string' ? invokeNameForChannel(channel) : undefined;
  if (!name) {
    // Never String(channel): an object without a prototype throws there.
    const named = typeof channel === 'string' ? JSON.stringify(channel.slice(0, 200)) : `of type ${typeof channel}`;
    return { ok: false, error: { code: 'unknown-channel', message: `unknown channel ${named}` } };
  }
  const spec = invokeContract[name];
  const parsed = spec.request.safeParse(payload ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-payload', message: z.prettifyError(parsed.error) } };
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown;
    const value = spec.response.parse(await handler(parsed.data));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof IpcRejection) return { ok: false, error: { code: 'rejected', message: error.message } };
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

// ---- The renderer-facing API, built from the contract for any transport.

/** Calls whose request has no required field may omit it. */
type OptionalIfEmpty<K extends InvokeName> =
  Partial<RequestOf<K>> extends RequestOf<K>
    ? (request?: RequestOf<K>) => Promise<IpcResult<ResponseOf<K>>>
    : RequestOf<K> extends Record<string, never>
      ? (request?: RequestOf<K>) => Promise<IpcResult<ResponseOf<K>>>
      : (request: RequestOf<K>) => Promise<IpcResult<ResponseOf<K>>>;

export type PostureApi = { [K in InvokeName]: OptionalIfEmpty<K> } & {
  [K in PushName]: (listener: (payload: PushPayloadOf<K>) => void) => () => void;
};

export { API_METHOD_NAMES } from './ipc-channels';
export { createPostureApi, type IpcTransport } from './ipc-api';
