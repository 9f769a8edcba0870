import { exerciseText } from './content/localized';
import { rotate } from './content/posture-tips';
import { english, type Translate } from './i18n/english';
import type { NotificationKind, NotificationVariant, ReminderIntent } from './scheduling/engine-types';
import type { DriftPosture } from './posture/posture-model';
import type { Settings } from './settings-schema';

/**
 * Notifications as data: one builder gives the text and actions every host
 * shows (Electron's Notification, node-notifier, the test state). The engine
 * asks for them as intents, without words; renderNotification puts an intent
 * into the user's language.
 */
export type { NotificationKind, NotificationVariant } from './scheduling/engine-types';

export type NotificationActionId = 'start' | 'snooze' | 'skip' | 'ack' | 'dismiss';

export interface NotificationAction {
  id: Exclude<NotificationActionId, 'dismiss'>;
  label: string;
}

export interface NotificationSpec {
  id: string;
  kind: NotificationKind;
  variant: NotificationVariant;
  breakId: string;
  title: string;
  body: string;
  at: number;
  actions: NotificationAction[];
  /** No sound, low urgency: for busy moments. */
  quiet: boolean;
  /** How long it stays on screen; null: until the user acts (a break waiting for Start). */
  displaySeconds: number | null;
}

export interface NotificationInput {
  id: string;
  kind: NotificationKind;
  variant: NotificationVariant;
  breakId: string;
  at: number;
  settings: Settings;
  /** Whether the rules still allow snoozing and skipping this break. */
  canSnooze: boolean;
  canSkip: boolean;
  quiet?: boolean;
  /** The exercise of a movement break, or which posture cue or micro-move to show. */
  detail?: NotificationDetail;
  /** Walk or home-program minutes; for a sensed check, how long the drift has held. */
  minutes?: number;
  /** A sensed check: the drift the camera saw. */
  drift?: DriftPosture;
  /** The user's language; English when absent. */
  t?: Translate;
}

export type NotificationDetail = { exerciseId: string } | { postureCue: number } | { microMove: number };

/** A duration in words: "45 seconds", "3 minutes", "1 hour 30 min". */
export function formatMinutes(seconds: number, t: Translate = english): string {
  if (seconds < 60) return t('duration.seconds', { count: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes >= 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const h = t('duration.hours', { count: hours });
    return rest === 0 ? h : t('duration.hoursMinutes', { hours: h, minutes: rest });
  }
  return t('duration.minutes', { count: minutes });
}

/** The text a detail stands for, in the notification's language. */
function detailText(detail: NotificationDetail | undefined, t: Translate): string | undefined {
  if (!detail) return undefined;
  if ('exerciseId' in detail) return exerciseText(detail.exerciseId, t)?.name;
  const list = t('postureCue' in detail ? 'content.postureCues' : 'content.microMoves', { returnObjects: true });
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return String(rotate(list, 'postureCue' in detail ? detail.postureCue : detail.microMove));
}

function breakActions(input: NotificationInput, startLabel: string, t: Translate): NotificationAction[] {
  const actions: NotificationAction[] = [{ id: 'start', label: startLabel }];
  if (input.canSnooze) {
    actions.push({
      id: 'snooze',
      label: t('notification.actions.snooze', { minutes: input.settings.breakRules.snoozeMinutes }),
    });
  }
  if (input.canSkip) actions.push({ id: 'skip', label: t('notification.actions.skip') });
  return actions;
}

function text(input: NotificationInput, t: Translate): { title: string; body: string; actions: NotificationAction[] } {
  const { settings } = input;
  const detail = detailText(input.detail, t);
  const done: NotificationAction[] = [{ id: 'ack', label: t('notification.actions.done') }];
  const duration = (seconds: number) => formatMinutes(seconds, t);
  // A catch-up comes after a busy spell (a presentation, a fullscreen app).
  const catchUp = input.variant === 'catch-up';
  switch (input.variant) {
    case 'pre-break':
      return {
        title: t('notification.preBreak.title', { duration: duration(settings.movement.preBreakNoticeSeconds) }),
        body: t('notification.preBreak.body'),
        actions: breakActions(input, t('notification.actions.startNow'), t),
      };
    case 'micro-move':
      return {
        title: t('notification.microMove.title'),
        body: detail ?? t('notification.microMove.fallback'),
        actions: done,
      };
    case 'stand':
      return {
        title: t('notification.stand.title'),
        body: t('notification.stand.body', { duration: duration(settings.posture.sitStand.standSeconds) }),
        actions: done,
      };
    case 'move':
      return {
        title: t('notification.move.title'),
        body: t('notification.move.body', { duration: duration(settings.posture.sitStand.moveSeconds) }),
        actions: done,
      };
    case 'sit':
      return { title: t('notification.sit.title'), body: detail ?? t('notification.sit.fallback'), actions: done };
    case 'sensed': {
      // What the camera saw, and for how long: the check says so rather than a generic cue.
      const actions = [...done];
      if (input.canSnooze) {
        const minutes = settings.breakRules.snoozeMinutes;
        actions.push({ id: 'snooze', label: t('notification.actions.snooze', { minutes }) });
      }
      return {
        title: t('notification.posture.title'),
        body: t(`notification.sensed.${input.drift ?? 'forward-head'}`, { count: input.minutes ?? 0 }),
        actions,
      };
    }
    case 'limit':
      return {
        title: t('notification.limit.title'),
        body: t('notification.limit.body', { duration: duration((settings.sitting.dailyLimitMinutes ?? 0) * 60) }),
        actions: [{ id: 'start', label: t('notification.actions.takeBreak') }],
      };
    case 'reminder':
    case 'catch-up': {
      const body = (key: string, values: Record<string, unknown> = {}) =>
        t(`notification.${key}.${catchUp ? 'bodyCatchUp' : 'body'}`, values);
      switch (input.kind) {
        case 'posture':
          return {
            title: t('notification.posture.title'),
            body: detail ?? t('notification.posture.fallback'),
            actions: done,
          };
        case 'movement': {
          const stretch = body('movement', { duration: duration(settings.movement.durationSeconds) });
          return {
            title: t('notification.movement.title'),
            body: detail ? `${stretch} ${t('notification.movement.move', { name: detail })}` : stretch,
            actions: breakActions(input, t('notification.actions.start'), t),
          };
        }
        case 'home-program':
          return {
            title: t('notification.home.title'),
            body: body('home', { minutes: input.minutes ?? 15 }),
            actions: breakActions(input, t('notification.actions.startHome'), t),
          };
        case 'walk':
          return {
            title: t('notification.walk.title'),
            body: body('walk', { minutes: input.minutes ?? 10 }),
            actions: breakActions(input, t('notification.actions.startWalk'), t),
          };
        case 'sitting':
          return { title: t('notification.sitting.title'), body: t('notification.sitting.body'), actions: done };
      }
    }
  }
}

export function buildNotification(input: NotificationInput): NotificationSpec {
  const { title, body, actions } = text(input, input.t ?? english);
  return {
    id: input.id,
    kind: input.kind,
    variant: input.variant,
    breakId: input.breakId,
    at: input.at,
    title,
    body,
    actions,
    quiet: input.quiet ?? input.variant === 'micro-move',
    // Nudges (posture, sit-stand, micro-moves) disappear by themselves; breaks wait.
    displaySeconds: actions.some((a) => a.id === 'start') ? null : input.settings.posture.durationSeconds,
  };
}

/** What an intent names: a movement break's first exercise, or the posture cue or micro-move in turn. */
function intentDetail(intent: ReminderIntent): NotificationDetail | undefined {
  if (intent.kind === 'movement') {
    const first = intent.session?.[0];
    return first ? { exerciseId: first.exerciseId } : undefined;
  }
  if (intent.cue === undefined) return undefined;
  return intent.variant === 'micro-move' ? { microMove: intent.cue } : { postureCue: intent.cue };
}

/**
 * The engine's intent in words: the host calls this with the current settings
 * (the durations the text gives) and the user's language.
 */
export function renderNotification(
  intent: ReminderIntent,
  settings: Settings,
  t: Translate = english,
): NotificationSpec {
  const detail = intentDetail(intent);
  return buildNotification({
    id: intent.id,
    kind: intent.kind,
    variant: intent.variant,
    breakId: intent.breakId,
    at: intent.at,
    settings,
    canSnooze: intent.canSnooze,
    canSkip: intent.canSkip,
    quiet: intent.quiet,
    ...(detail ? { detail } : {}),
    ...(intent.minutes !== undefined ? { minutes: intent.minutes } : {}),
    ...(intent.drift ? { drift: intent.drift } : {}),
    t,
  });
}
