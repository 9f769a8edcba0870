import { describe, expect, it } from 'vitest';
import { buildTrayMenu, buildTrayTooltip, type TrayModelInput } from '@shared/tray-menu';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const running: TrayModelInput = { now: NOW, status: 'running', nextMovementAt: NOW + 23 * 60_000, snoozeMinutes: 10 };

const common = [
  { id: 'start-now', label: 'Start stretch now', enabled: true },
  { id: 'snooze', label: 'Snooze 10 min', enabled: true },
  { id: 'pause-1h', label: 'Pause 1 hour', enabled: true },
];

describe('buildTrayMenu', () => {
  it('macOS: actions, dashboard and a named Quit', () => {
    expect(buildTrayMenu(running, 'darwin')).toEqual([
      ...common,
      { id: 'separator-1', label: '', enabled: false, type: 'separator' },
      { id: 'open-dashboard', label: 'Open dashboard', enabled: true },
      { id: 'separator-2', label: '', enabled: false, type: 'separator' },
      { id: 'quit', label: 'Quit Posture Breaks', enabled: true },
    ]);
  });

  it('Windows: the same menu with a plain Quit', () => {
    expect(buildTrayMenu(running, 'win32')).toEqual([
      ...common,
      { id: 'separator-1', label: '', enabled: false, type: 'separator' },
      { id: 'open-dashboard', label: 'Open dashboard', enabled: true },
      { id: 'separator-2', label: '', enabled: false, type: 'separator' },
      { id: 'quit', label: 'Quit', enabled: true },
    ]);
  });

  it('Linux: a status line first, since AppIndicator panels show no tooltip', () => {
    expect(buildTrayMenu(running, 'linux')).toEqual([
      { id: 'status', label: 'Next stretch in 23 min', enabled: false },
      { id: 'separator-1', label: '', enabled: false, type: 'separator' },
      ...common,
      { id: 'separator-2', label: '', enabled: false, type: 'separator' },
      { id: 'open-dashboard', label: 'Open dashboard', enabled: true },
      { id: 'separator-3', label: '', enabled: false, type: 'separator' },
      { id: 'quit', label: 'Quit', enabled: true },
    ]);
  });

  it('while paused offers Resume instead of Pause and disables Snooze', () => {
    const menu = buildTrayMenu(
      { ...running, status: 'paused', pausedUntil: Date.parse('2026-03-02T10:00:00Z') },
      'linux',
    );
    expect(menu.find((i) => i.id === 'status')?.label).toBe('Paused until 10:00');
    expect(menu.find((i) => i.id === 'resume')).toEqual({ id: 'resume', label: 'Resume reminders', enabled: true });
    expect(menu.find((i) => i.id === 'pause-1h')).toBeUndefined();
    expect(menu.find((i) => i.id === 'snooze')?.enabled).toBe(false);
  });

  it('during a break the first item brings the stretch back', () => {
    const menu = buildTrayMenu({ ...running, status: 'in-break' }, 'win32');
    expect(menu[0]).toEqual({ id: 'start-now', label: 'Show stretch', enabled: true });
    expect(menu.find((i) => i.id === 'pause-1h')?.enabled).toBe(false);
  });
});

describe('buildTrayTooltip', () => {
  it('gives the time to the next break, rounded up to whole minutes', () => {
    expect(buildTrayTooltip(running)).toBe('Posture Breaks: Next stretch in 23 min');
    expect(buildTrayTooltip({ ...running, nextMovementAt: NOW + 61_000 })).toBe(
      'Posture Breaks: Next stretch in 2 min',
    );
    expect(buildTrayTooltip({ ...running, nextMovementAt: NOW + 30_000 })).toBe(
      'Posture Breaks: Next stretch in 1 min',
    );
    expect(buildTrayTooltip({ ...running, nextMovementAt: NOW })).toBe('Posture Breaks: Time for a stretch');
  });

  it('names the pause, the break and an empty schedule', () => {
    expect(buildTrayTooltip({ ...running, status: 'paused', pausedUntil: null })).toBe(
      'Posture Breaks: Reminders paused',
    );
    expect(buildTrayTooltip({ ...running, status: 'in-break' })).toBe('Posture Breaks: Stretch break in progress');
    expect(buildTrayTooltip({ ...running, nextMovementAt: null })).toBe('Posture Breaks: No reminders scheduled');
  });
});
