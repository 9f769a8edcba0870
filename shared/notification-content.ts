import type { Exercise } from './content/exercises';
import type { ReminderKind } from './event-log-schema';
import type { Settings } from './settings-schema';

/**
 * Notifications as data: one builder gives the text and actions every host
 * shows (Electron's Notification, node-notifier, the test state).
 */
export type NotificationActionId = 'start' | 'snooze' | 'dismiss';

export interface NotificationAction {
  id: Exclude<NotificationActionId, 'dismiss'>;
  label: string;
}

export interface NotificationSpec {
  id: string;
  kind: ReminderKind;
  breakId: string;
  title: string;
  body: string;
  at: number;
  actions: NotificationAction[];
}

export function formatMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (seconds < 60) return `${seconds} seconds`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function buildReminderNotification(input: {
  id: string;
  kind: ReminderKind;
  breakId: string;
  at: number;
  settings: Settings;
  exercise: Exercise;
}): NotificationSpec {
  const { settings, exercise } = input;
  return {
    id: input.id,
    kind: input.kind,
    breakId: input.breakId,
    at: input.at,
    title: 'Time for a movement break',
    body: `Stand up and stretch for ${formatMinutes(settings.movement.durationSeconds)}. Today's move: ${exercise.name.toLowerCase()}.`,
    actions: [
      { id: 'start', label: 'Start stretch' },
      { id: 'snooze', label: `Snooze ${settings.snoozeMinutes} min` },
    ],
  };
}
