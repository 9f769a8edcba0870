import { describe, expect, it } from 'vitest';
import {
  buildTrayMenu,
  buildTrayTitle,
  buildTrayTooltip,
  findTrayItem,
  type TrayMenuItem,
  type TrayModelInput,
} from '@shared/tray-menu';
import type { Platform } from '@shared/platform';

const NOW = Date.parse('2026-03-02T09:00:00+01:00');
const ZONE = 'Europe/Berlin';
const running: TrayModelInput = {
  now: NOW,
  zone: ZONE,
  status: 'running',
  next: [
    { kind: 'posture', at: NOW + 10 * 60_000 },
    { kind: 'movement', at: NOW + 23 * 60_000 },
  ],
  canSnooze: true,
};

const sep = (n: number): TrayMenuItem => ({ id: `separator-${n}`, label: '', enabled: false, type: 'separator' });
const snooze = (enabled: boolean): TrayMenuItem => ({
  id: 'snooze',
  label: 'Snooze',
  enabled,
  submenu: [
    { id: 'snooze-5', label: '5 minutes', enabled },
    { id: 'snooze-10', label: '10 minutes', enabled },
  ],
});
const pause: TrayMenuItem = {
  id: 'pause',
  label: 'Pause',
  enabled: true,
  submenu: [
    { id: 'pause-30', label: '30 minutes', enabled: true },
    { id: 'pause-60', label: '1 hour', enabled: true },
    { id: 'pause-120', label: '2 hours', enabled: true },
    { id: 'pause-tomorrow', label: 'Until tomorrow', enabled: true },
    { id: 'pause-indefinitely', label: 'Until I resume', enabled: true },
  ],
};
const upcoming: TrayMenuItem[] = [
  { id: 'start-now', label: 'Start stretch now', enabled: true },
  { id: 'next-posture', label: 'Posture check at 09:10', enabled: false },
  { id: 'next-movement', label: 'Movement break at 09:23', enabled: false },
];

/** What follows the upcoming items on every platform: Snooze, Pause, the windows and Quit, with their separators. */
const tail = (firstSeparator: number, settingsLabel: string, quitLabel: string): TrayMenuItem[] => [
  sep(firstSeparator),
  snooze(true),
  pause,
  sep(firstSeparator + 1),
  { id: 'open-dashboard', label: "Today's stats", enabled: true },
  { id: 'settings', label: settingsLabel, enabled: true },
  sep(firstSeparator + 2),
  { id: 'quit', label: quitLabel, enabled: true },
];

describe('buildTrayMenu, one deep-equal per platform', () => {
  it.each<[string, Platform, TrayMenuItem[]]>([
    ['macOS', 'darwin', [...upcoming, ...tail(1, 'Settings…', 'Quit Posture Breaks')]],
    ['Windows', 'win32', [...upcoming, ...tail(1, 'Settings', 'Quit')]],
    [
      'Linux: a status line first, since AppIndicator panels show no tooltip',
      'linux',
      [
        { id: 'status', label: 'Next stretch in 23 min', enabled: false },
        sep(1),
        ...upcoming,
        ...tail(2, 'Preferences', 'Quit'),
      ],
    ],
  ])('%s', (_platformName, platform, expected) => {
    expect(buildTrayMenu(running, platform)).toEqual(expected);
  });

  it('while paused offers Resume, names the resume time, and disables Snooze', () => {
    const menu = buildTrayMenu(
      { ...running, status: 'paused', pausedUntil: Date.parse('2026-03-02T10:00:00+01:00') },
      'linux',
    );
    expect(findTrayItem(menu, 'status')?.label).toBe('Paused until 10:00');
    expect(findTrayItem(menu, 'resume')).toEqual({ id: 'resume', label: 'Resume reminders', enabled: true });
    expect(findTrayItem(menu, 'pause')).toBeUndefined();
    expect(findTrayItem(menu, 'snooze-10')?.enabled).toBe(false);
    expect(findTrayItem(menu, 'next-movement')).toBeUndefined();
  });

  it('outside working hours says when reminders resume', () => {
    const menu = buildTrayMenu(
      { ...running, status: 'outside-hours', resumesAt: Date.parse('2026-03-09T09:00:00+01:00') },
      'linux',
    );
    expect(findTrayItem(menu, 'status')?.label).toBe('Outside working hours; reminders resume Mon 09:00');
  });

  it("offers today's pain check-in until it is done", () => {
    const due = buildTrayMenu({ ...running, checkInDue: true }, 'win32');
    expect(findTrayItem(due, 'check-in')).toEqual({ id: 'check-in', label: 'How is your back today?', enabled: true });
    expect(findTrayItem(buildTrayMenu({ ...running, checkInDue: false }, 'win32'), 'check-in')).toBeUndefined();
  });

  it('when the snooze limit is reached the Snooze items are disabled', () => {
    expect(findTrayItem(buildTrayMenu({ ...running, canSnooze: false }, 'win32'), 'snooze-5')?.enabled).toBe(false);
  });

  it('during a break the first item brings the stretch back and Pause waits', () => {
    const menu = buildTrayMenu({ ...running, status: 'in-break' }, 'win32');
    expect(menu[0]).toEqual({ id: 'start-now', label: 'Show stretch', enabled: true });
    expect(findTrayItem(menu, 'pause-60')?.enabled).toBe(false);
  });
});

describe('tooltip and title', () => {
  it('give the minutes to the next stretch, rounded up', () => {
    expect(buildTrayTooltip(running)).toBe('Posture Breaks: Next stretch in 23 min');
    const soon = { ...running, next: [{ kind: 'movement' as const, at: NOW + 30_000 }] };
    expect(buildTrayTooltip(soon)).toBe('Posture Breaks: Next stretch in 1 min');
    expect(buildTrayTitle(running)).toBe('10m');
  });

  it('name a posture check when movement breaks are off', () => {
    expect(buildTrayTooltip({ ...running, next: [{ kind: 'posture', at: NOW + 5 * 60_000 }] })).toBe(
      'Posture Breaks: Next posture check in 5 min',
    );
  });

  it('name the pause, the break and an empty schedule', () => {
    expect(buildTrayTooltip({ ...running, status: 'paused', pausedUntil: null })).toBe(
      'Posture Breaks: Paused until you resume',
    );
    expect(buildTrayTitle({ ...running, status: 'paused' })).toBe('paused');
    expect(buildTrayTooltip({ ...running, status: 'in-break' })).toBe('Posture Breaks: Stretch break in progress');
    expect(buildTrayTooltip({ ...running, next: [] })).toBe('Posture Breaks: No reminders scheduled');
  });
});
