import type { ReminderKind } from './event-log-schema';
import type { Settings } from './settings-schema';

/**
 * Notifications as data: one builder gives the text and actions every host
 * shows (Electron's Notification, node-notifier, the test state).
 */
export type NotificationActionId = 'start' | 'snooze' | 'skip' | 'ack' | 'dismiss';

export interface NotificationAction {
  id: Exclude<NotificationActionId, 'dismiss'>;
  label: string;
}

/** What a notification is about: a reminder kind, or the daily sitting limit. */
export type NotificationKind = ReminderKind | 'sitting';

export type NotificationVariant =
  'reminder' | 'pre-break' | 'catch-up' | 'micro-move' | 'stand' | 'move' | 'sit' | 'limit';

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
  /** Exercise name, posture cue, or walk minutes, depending on the kind. */
  detail?: string;
  minutes?: number;
}

export function formatMinutes(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes >= 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const h = hours === 1 ? '1 hour' : `${hours} hours`;
    return rest === 0 ? h : `${h} ${rest} min`;
  }
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function breakActions(input: NotificationInput, startLabel: string): NotificationAction[] {
  const actions: NotificationAction[] = [{ id: 'start', label: startLabel }];
  if (input.canSnooze) actions.push({ id: 'snooze', label: `Snooze ${input.settings.breakRules.snoozeMinutes} min` });
  if (input.canSkip) actions.push({ id: 'skip', label: 'Skip' });
  return actions;
}

function text(input: NotificationInput): { title: string; body: string; actions: NotificationAction[] } {
  const { settings, detail } = input;
  const done: NotificationAction[] = [{ id: 'ack', label: 'Done' }];
  const stretch = formatMinutes(settings.movement.durationSeconds);
  switch (input.variant) {
    case 'pre-break':
      return {
        title: `Movement break in ${formatMinutes(settings.movement.preBreakNoticeSeconds)}`,
        body: 'Finish your sentence; a short stretch is coming up.',
        actions: breakActions(input, 'Start now'),
      };
    case 'micro-move':
      return { title: 'Seated micro-move', body: detail ?? 'Sit tall and roll your shoulders back.', actions: done };
    case 'stand':
      return {
        title: 'Time to stand',
        body: `Raise the desk and stand for ${formatMinutes(settings.posture.sitStand.standSeconds)}.`,
        actions: done,
      };
    case 'move':
      return {
        title: 'Time to move',
        body: `Walk or stretch for ${formatMinutes(settings.posture.sitStand.moveSeconds)}, then sit back down.`,
        actions: done,
      };
    case 'sit':
      return { title: 'Sit back down', body: detail ?? 'Sit with your back against the chair.', actions: done };
    case 'limit':
      return {
        title: 'A long day in the chair',
        body: `You have sat for over ${formatMinutes((settings.sitting.dailyLimitMinutes ?? 0) * 60)} today. A walk would do your back good.`,
        actions: [{ id: 'start', label: 'Take a break' }],
      };
    case 'reminder':
    case 'catch-up': {
      // A catch-up comes after a busy spell (a presentation, a fullscreen app).
      const lead = input.variant === 'catch-up' ? 'Now that you are free: ' : '';
      switch (input.kind) {
        case 'posture':
          return { title: 'Posture check', body: detail ?? 'Sit back and let the chair support you.', actions: done };
        case 'movement':
          return {
            title: 'Time for a movement break',
            body: `${lead}stand up and stretch for ${stretch}.${detail ? ` Today's move: ${detail.toLowerCase()}.` : ''}`,
            actions: breakActions(input, 'Start stretch'),
          };
        case 'home-program':
          return {
            title: 'Your home program',
            body: `${lead}about ${input.minutes ?? 15} minutes of floor exercises for a stronger back.`,
            actions: breakActions(input, 'Start'),
          };
        case 'walk':
          return {
            title: 'Time for your walk',
            body: `${lead}an easy ${input.minutes ?? 10}-minute walk today.`,
            actions: breakActions(input, 'Start walk'),
          };
        case 'sitting':
          return { title: 'Time to move', body: 'Stand up for a moment.', actions: done };
      }
    }
  }
}

/** Capitalises the first letter, for text assembled from parts. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function buildNotification(input: NotificationInput): NotificationSpec {
  const { title, body, actions } = text(input);
  return {
    id: input.id,
    kind: input.kind,
    variant: input.variant,
    breakId: input.breakId,
    at: input.at,
    title,
    body: sentence(body),
    actions,
    quiet: input.quiet ?? input.variant === 'micro-move',
    // Nudges (posture, sit-stand, micro-moves) disappear by themselves; breaks wait.
    displaySeconds: actions.some((a) => a.id === 'start') ? null : input.settings.posture.durationSeconds,
  };
}
