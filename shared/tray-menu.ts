import { format } from 'date-fns';
import type { ScheduleStatus } from './scheduling/engine';

/**
 * The tray menu and tooltip as data, built from state, so the Electron tray,
 * the web host's tray model and the tests all share one definition.
 */
export type Platform = 'darwin' | 'win32' | 'linux';

export type TrayItemId =
  'status' | 'start-now' | 'snooze' | 'pause-1h' | 'resume' | 'open-dashboard' | 'quit' | `separator-${number}`;

export interface TrayMenuItem {
  id: TrayItemId;
  label: string;
  enabled: boolean;
  type?: 'normal' | 'separator';
  checked?: boolean;
  submenu?: TrayMenuItem[];
}

export interface ScheduleDescriptionInput {
  now: number;
  status: ScheduleStatus;
  /** When the next movement reminder falls due, if one is scheduled. */
  nextMovementAt: number | null;
  /** Set while paused: when reminders resume, or null for "until resumed". */
  pausedUntil?: number | null;
}

export interface TrayModelInput extends ScheduleDescriptionInput {
  snoozeMinutes: number;
}

export const APP_NAME = 'Posture Breaks';

/** Minutes until `at`, rounded up so "0 min" never shows while still ahead. */
function minutesUntil(now: number, at: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000));
}

export function describeSchedule(input: ScheduleDescriptionInput): string {
  switch (input.status) {
    case 'in-break':
      return 'Stretch break in progress';
    case 'paused':
      return input.pausedUntil == null ? 'Reminders paused' : `Paused until ${format(input.pausedUntil, 'HH:mm')}`;
    case 'outside-hours':
      return 'Outside working hours';
    case 'running': {
      if (input.nextMovementAt === null) return 'No reminders scheduled';
      const minutes = minutesUntil(input.now, input.nextMovementAt);
      if (minutes <= 0) return 'Time for a stretch';
      return minutes === 1 ? 'Next stretch in 1 min' : `Next stretch in ${minutes} min`;
    }
  }
}

export function buildTrayTooltip(input: TrayModelInput): string {
  return `${APP_NAME}: ${describeSchedule(input)}`;
}

export function buildTrayMenu(input: TrayModelInput, platform: Platform): TrayMenuItem[] {
  const running = input.status === 'running';
  const paused = input.status === 'paused';
  let separators = 0;
  const separator = (): TrayMenuItem => ({
    id: `separator-${++separators}`,
    label: '',
    enabled: false,
    type: 'separator',
  });
  const items: TrayMenuItem[] = [];
  // Many Linux panels (AppIndicator) show no tooltip, so the menu itself
  // carries the status line there.
  if (platform === 'linux') {
    items.push({ id: 'status', label: describeSchedule(input), enabled: false }, separator());
  }
  items.push(
    { id: 'start-now', label: input.status === 'in-break' ? 'Show stretch' : 'Start stretch now', enabled: true },
    { id: 'snooze', label: `Snooze ${input.snoozeMinutes} min`, enabled: running },
    paused
      ? { id: 'resume', label: 'Resume reminders', enabled: true }
      : { id: 'pause-1h', label: 'Pause 1 hour', enabled: running },
    separator(),
    { id: 'open-dashboard', label: 'Open dashboard', enabled: true },
    separator(),
    { id: 'quit', label: platform === 'darwin' ? `Quit ${APP_NAME}` : 'Quit', enabled: true },
  );
  return items;
}
