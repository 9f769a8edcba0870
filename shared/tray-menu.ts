import type { ReminderKind } from './event-log-schema';
import type { ScheduleStatus } from './scheduling/engine-types';
import { english, type Translate } from './i18n/english';
import { formatLocalDayTime } from './calendar';
import { APP_NAME } from './app-name';
import type { Platform } from './platform';

/**
 * The tray menu, tooltip and title as data, built from state, so the
 * Electron tray, the web host's tray model and the tests share one
 * definition per platform.
 */
export const SNOOZE_CHOICES = [5, 10] as const;
export const PAUSE_CHOICES = [
  { id: 'pause-30', label: '30 minutes', length: { minutes: 30 } },
  { id: 'pause-60', label: '1 hour', length: { minutes: 60 } },
  { id: 'pause-120', label: '2 hours', length: { minutes: 120 } },
  { id: 'pause-tomorrow', label: 'Until tomorrow', length: { until: 'tomorrow' } },
  { id: 'pause-indefinitely', label: 'Until I resume', length: { until: 'resumed' } },
] as const;

export type TrayItemId =
  | 'status'
  | 'camera'
  | 'start-now'
  | `next-${ReminderKind}`
  | 'snooze'
  | `snooze-${(typeof SNOOZE_CHOICES)[number]}`
  | 'pause'
  | (typeof PAUSE_CHOICES)[number]['id']
  | 'resume'
  | 'open-dashboard'
  | 'check-in'
  | 'settings'
  | 'quit'
  | `separator-${number}`;

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
  zone: string;
  /** For weekday names (BCP 47); English when absent. */
  language?: string;
  status: ScheduleStatus;
  /** Upcoming reminders, soonest first. */
  next: { kind: ReminderKind; at: number }[];
  /** Set while paused: when reminders resume, or null for "until resumed". */
  pausedUntil?: number | null;
  /** Outside working hours: when they start again. */
  resumesAt?: number | null;
  /** Posture sensing holds the camera right now: the tray says so. */
  cameraInUse?: boolean;
}

export interface TrayModelInput extends ScheduleDescriptionInput {
  /** Whether the rules allow a snooze now (not strict, under the limit). */
  canSnooze: boolean;
  /** Today's pain check-in is still to do (it is asked at most once a day). */
  checkInDue?: boolean;
}

/** Names of the reminder kinds, in English (translated ones come from `reminderName`). */
export const REMINDER_NAMES: Record<ReminderKind, string> = {
  movement: 'Movement break',
  posture: 'Posture check',
  'home-program': 'Home program',
  walk: 'Walk',
};

export function reminderName(kind: ReminderKind, t: Translate = english): string {
  return t(`reminders.${kind}`);
}

/** Minutes until `at`, rounded up so "0 min" never shows while still ahead. */
function minutesUntil(now: number, at: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000));
}

function headline(input: ScheduleDescriptionInput): { kind: ReminderKind; at: number } | undefined {
  // The movement break leads: it is the break; posture checks are nudges.
  return input.next.find((r) => r.kind === 'movement') ?? input.next[0];
}

export function describeSchedule(input: ScheduleDescriptionInput, t: Translate = english): string {
  const when = (at: number) => formatLocalDayTime(at, input.now, input.zone, input.language);
  switch (input.status) {
    case 'in-break':
      return t('schedule.inBreak');
    case 'paused':
      return input.pausedUntil == null
        ? t('schedule.pausedIndefinitely')
        : t('schedule.pausedUntil', { time: when(input.pausedUntil) });
    case 'outside-hours':
      return input.resumesAt == null
        ? t('schedule.outsideHours')
        : t('schedule.outsideHoursUntil', { time: when(input.resumesAt) });
    case 'running': {
      const next = headline(input);
      if (!next) return t('schedule.nothingScheduled');
      const minutes = minutesUntil(input.now, next.at);
      if (minutes <= 0) return t(`schedule.timeFor.${next.kind}`);
      return t(`schedule.nextIn.${next.kind}`, { count: minutes });
    }
  }
}

export function buildTrayTooltip(input: ScheduleDescriptionInput, t: Translate = english): string {
  const key = input.cameraInUse ? 'schedule.tooltipCamera' : 'schedule.tooltip';
  return t(key, { app: APP_NAME, status: describeSchedule(input, t) });
}

/** The short text macOS shows beside the icon: minutes to the next reminder. */
export function buildTrayTitle(input: ScheduleDescriptionInput, t: Translate = english): string {
  if (input.status === 'paused') return t('schedule.titlePaused');
  if (input.status !== 'running') return '';
  const next = input.next[0];
  return next ? `${minutesUntil(input.now, next.at)}m` : '';
}

const PAUSE_LABEL_KEYS: Record<(typeof PAUSE_CHOICES)[number]['id'], string> = {
  'pause-30': 'tray.pause30',
  'pause-60': 'tray.pause60',
  'pause-120': 'tray.pause120',
  'pause-tomorrow': 'tray.pauseTomorrow',
  'pause-indefinitely': 'tray.pauseIndefinitely',
};

export function pauseChoiceLabel(id: (typeof PAUSE_CHOICES)[number]['id'], t: Translate = english): string {
  return t(PAUSE_LABEL_KEYS[id]);
}

export function buildTrayMenu(input: TrayModelInput, platform: Platform, t: Translate = english): TrayMenuItem[] {
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
  if (platform === 'linux')
    items.push({ id: 'status', label: describeSchedule(input, t), enabled: false }, separator());
  // On every platform: the camera's light may be hidden, the menu is not.
  if (input.cameraInUse) items.push({ id: 'camera', label: t('tray.cameraInUse'), enabled: false });
  items.push({
    id: 'start-now',
    label: input.status === 'in-break' ? t('tray.showStretch') : t('tray.startNow'),
    enabled: true,
  });
  if (running) {
    for (const reminder of input.next.slice(0, 3)) {
      items.push({
        id: `next-${reminder.kind}`,
        label: t('tray.nextAt', {
          name: reminderName(reminder.kind, t),
          time: formatLocalDayTime(reminder.at, input.now, input.zone, input.language),
        }),
        enabled: false,
      });
    }
  }
  items.push(separator());
  items.push({
    id: 'snooze',
    label: t('tray.snooze'),
    enabled: running && input.canSnooze,
    submenu: SNOOZE_CHOICES.map((minutes) => ({
      id: `snooze-${minutes}` as const,
      label: t('tray.minutes', { count: minutes }),
      enabled: running && input.canSnooze,
    })),
  });
  items.push(
    paused
      ? { id: 'resume', label: t('tray.resume'), enabled: true }
      : {
          id: 'pause',
          label: t('tray.pause'),
          enabled: input.status !== 'in-break',
          submenu: PAUSE_CHOICES.map((choice) => ({
            id: choice.id,
            label: pauseChoiceLabel(choice.id, t),
            enabled: input.status !== 'in-break',
          })),
        },
  );
  items.push(
    separator(),
    { id: 'open-dashboard', label: t('tray.todaysStats'), enabled: true },
    ...(input.checkInDue ? [{ id: 'check-in' as const, label: t('tray.checkIn'), enabled: true }] : []),
    { id: 'settings', label: t(`tray.settings_${platform}`), enabled: true },
    separator(),
    {
      id: 'quit',
      label: platform === 'darwin' ? t('tray.quitNamed', { app: APP_NAME }) : t('tray.quit'),
      enabled: true,
    },
  );
  return items;
}

/**
 * The tray as the OS (or the web host's page) shows it: tooltip, title and
 * menu. The backend builds it for its tray; a page builds it again from the
 * snapshot's fields at its own clock, so the minutes in it move without a
 * push (renderer/src/views/TrayPanel.tsx).
 */
export function buildTrayModel(
  input: TrayModelInput,
  platform: Platform,
  t: Translate = english,
): { tooltip: string; title: string; menu: TrayMenuItem[] } {
  return {
    tooltip: buildTrayTooltip(input, t),
    title: buildTrayTitle(input, t),
    menu: buildTrayMenu(input, platform, t),
  };
}

/** Finds an item by id anywhere in the menu, submenus included. */
export function findTrayItem(items: TrayMenuItem[], id: string): TrayMenuItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu ? findTrayItem(item.submenu, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
