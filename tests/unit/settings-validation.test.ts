import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@shared/i18n/locales/en';
import { SETTINGS_GROUPS } from '@shared/settings-groups';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import {
  checkDay,
  checkNumber,
  checkTime,
  MAX_RANGES_PER_DAY,
  NUMBER_SETTINGS,
  shownBounds,
} from '../../renderer/src/settings/validation';

/** The Settings window's inline validation, which must agree with the schema the backend applies. */
describe('number settings', () => {
  it('offer the schema’s bounds in the unit shown (minutes for durations stored in seconds)', () => {
    expect(shownBounds(NUMBER_SETTINGS.movement.intervalSeconds)).toEqual({ min: 5, max: 240 });
    expect(shownBounds(NUMBER_SETTINGS.posture.intervalSeconds)).toEqual({ min: 5, max: 120 });
    expect(shownBounds(NUMBER_SETTINGS.movement.preBreakNoticeSeconds)).toEqual({ min: 0, max: 300 });
    // 30 seconds to 30 minutes, shown as whole minutes: 1 to 30.
    expect(shownBounds(NUMBER_SETTINGS.movement.durationSeconds)).toEqual({ min: 1, max: 30 });
    expect(shownBounds(NUMBER_SETTINGS.sitting.dailyLimitMinutes)).toEqual({ min: 30, max: 1440 });
    expect(shownBounds(NUMBER_SETTINGS.stats.adherenceTargetPercent)).toEqual({ min: 10, max: 100 });
  });

  it('store what the user typed in the stored unit', () => {
    expect(checkNumber('30', NUMBER_SETTINGS.movement.intervalSeconds)).toEqual({ ok: true, stored: 1800 });
    expect(checkNumber(' 45 ', NUMBER_SETTINGS.breakRules.snoozeMinutes)).toEqual({ ok: true, stored: 45 });
    expect(checkNumber('61', NUMBER_SETTINGS.breakRules.snoozeMinutes)).toEqual({
      ok: false,
      problem: 'range',
      min: 1,
      max: 60,
    });
    expect(checkNumber('0', NUMBER_SETTINGS.breakRules.maxSkipsInRow)).toEqual({ ok: true, stored: 0 });
  });

  it.each([
    ['', 'range'],
    ['abc', 'range'],
    ['4', 'range'],
    ['241', 'range'],
    ['1e9', 'range'],
    ['-5', 'range'],
    ['12.5', 'whole'],
    ['Infinity', 'range'],
  ])('refuse %j (%s)', (text, problem) => {
    expect(checkNumber(text, NUMBER_SETTINGS.movement.intervalSeconds)).toMatchObject({ ok: false, problem });
  });

  it('read the defaults back as they are shown', () => {
    for (const group of Object.values(NUMBER_SETTINGS)) {
      for (const setting of Object.values(group)) {
        const stored = setting.read(DEFAULT_SETTINGS);
        if (stored === null) continue;
        expect(checkNumber(String(stored / setting.factor), setting)).toEqual({ ok: true, stored });
      }
    }
  });
});

describe('working hours of a day', () => {
  it('accept ranges in any order that do not overlap, touching allowed', () => {
    expect(
      checkDay([
        { start: '13:00', end: '17:00' },
        { start: '09:00', end: '13:00' },
      ]),
    ).toBeNull();
    expect(checkDay([])).toBeNull();
  });

  it('point at the range that ends before it starts, and at a time not yet complete', () => {
    expect(
      checkDay([
        { start: '09:00', end: '12:00' },
        { start: '18:00', end: '17:00' },
        { start: '', end: '20:00' },
      ]),
    ).toEqual({ ranges: { 1: 'order', 2: 'time' }, day: null });
  });

  it('flag overlapping ranges on the day', () => {
    expect(
      checkDay([
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ]),
    ).toEqual({ ranges: {}, day: 'overlap' });
  });

  it('allow as many ranges as the schema does', () => {
    expect(MAX_RANGES_PER_DAY).toBe(6);
    const hours = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        start: `${String(i * 2).padStart(2, '0')}:00`,
        end: `${String(i * 2 + 1).padStart(2, '0')}:00`,
      }));
    expect(checkDay(hours(6))).toBeNull();
    expect(checkDay(hours(7))).toEqual({ ranges: {}, day: 'too-many' });
  });

  it('take times as the time control gives them', () => {
    expect(checkTime('07:05')).toBe(true);
    expect(checkTime('')).toBe(false);
    expect(checkTime('24:00')).toBe(false);
  });
});

describe('the Settings window’s strings', () => {
  /** Every literal key the window's code passes to t(), and each template key's known values. */
  function usedKeys(): string[] {
    const root = path.resolve(import.meta.dirname, '../../renderer/src/settings');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
    const keys = new Set<string>();
    for (const file of files) {
      const code = fs.readFileSync(path.join(root, file), 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([\w.-]+)'/g)) keys.add(match[1] as string);
      // t(cond ? 'a' : 'b')
      for (const match of code.matchAll(/\bt\(\s*[\w.!=' ]+\?\s*'([\w.-]+)'\s*:\s*'([\w.-]+)'/g)) {
        keys.add(match[1] as string);
        keys.add(match[2] as string);
      }
    }
    return [...keys].sort();
  }

  function has(key: string): boolean {
    let node: unknown = en;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || node === null) return false;
      const next = node as Record<string, unknown>;
      node = part in next ? next[part] : next[`${part}_other`];
    }
    return typeof node === 'string';
  }

  it('are all in the English resources', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((key) => !has(key))).toEqual([]);
  });

  it('name every group, problem and answer status the window can show', () => {
    // The window's tabs, in order.
    expect(SETTINGS_GROUPS.join(' ')).toBe(
      'reminders schedule break-behaviour camera program appearance notifications data about',
    );
    for (const group of SETTINGS_GROUPS) {
      expect(has(`settings.groups.${group}.title`)).toBe(true);
      expect(has(`settings.groups.${group}.intro`)).toBe(true);
    }
    for (const problem of ['too-large', 'not-json', 'not-settings', 'newer-version', 'invalid']) {
      expect(has(`settings.data.refused.${problem}`)).toBe(true);
    }
    for (const status of ['new', 'skipped', 'completed']) expect(has(`settings.program.answers.${status}`)).toBe(true);
  });
});
