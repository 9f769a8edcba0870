import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@shared/settings-schema';
import { settingsFilePath } from '../../electron/web-host/conf-backend';
import { createMemoryLogger } from '../helpers/memory-logger';
import { noticeMessage } from '../../electron/core/settings-store';
import { openTestSettings } from '../helpers/settings-file';
import { tempDirPerTest } from '../helpers/temp-dir';

const dir = tempDirPerTest('posture-settings-');
const NOW = Date.parse('2026-03-02T09:00:00Z');

const open = (logger = createMemoryLogger()) => openTestSettings(dir(), { now: NOW, logger });

describe('SettingsStore on conf', () => {
  it('writes the defaults, with their version, on first start', () => {
    const store = open();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toBeNull();
    expect(JSON.parse(fs.readFileSync(settingsFilePath(dir()), 'utf8'))).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps an update across a restart and tells listeners', () => {
    const seen: number[] = [];
    const store = open();
    store.onChange((next, previous) => seen.push(previous.movement.intervalSeconds, next.movement.intervalSeconds));
    store.update({ movement: { intervalSeconds: 1800 } });
    expect(seen).toEqual([3000, 1800]);
    expect(open().get().movement.intervalSeconds).toBe(1800);
  });

  it('refuses an invalid update and leaves the file alone', () => {
    const store = open();
    const before = fs.readFileSync(settingsFilePath(dir()), 'utf8');
    expect(() => store.update({ breakRules: { snoozeMinutes: 0 } })).toThrow();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(fs.readFileSync(settingsFilePath(dir()), 'utf8')).toBe(before);
  });

  it('upgrades a version 1 file on disk and writes it back as the current version', () => {
    fs.writeFileSync(
      settingsFilePath(dir()),
      JSON.stringify({
        version: 1,
        movement: { enabled: true, intervalSeconds: 2400, durationSeconds: 180 },
        snoozeMinutes: 5,
      }),
    );
    const store = open();
    expect(store.notice).toBeNull();
    expect(store.get().movement.intervalSeconds).toBe(2400);
    expect(JSON.parse(fs.readFileSync(settingsFilePath(dir()), 'utf8'))).toMatchObject({
      version: SETTINGS_VERSION,
      breakRules: { snoozeMinutes: 5 },
    });
  });

  it.each([
    ['not JSON', '{"version": 1, "movement": {', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    [
      'out of range',
      JSON.stringify({ ...DEFAULT_SETTINGS, breakRules: { ...DEFAULT_SETTINGS.breakRules, snoozeMinutes: -3 } }),
      /invalid/,
    ],
    ['from the future', JSON.stringify({ ...DEFAULT_SETTINGS, version: 7 }), /newer version/],
  ])('keeps a file that is %s as a backup, loads defaults and says so once', (_label, text, reason) => {
    fs.writeFileSync(settingsFilePath(dir()), text);
    const logger = createMemoryLogger();
    const store = open(logger);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice && noticeMessage(store.notice)).toMatch(reason);
    expect(store.notice && noticeMessage(store.notice)).toMatch(/settings\.json\.bak-2026-03-02T09-00-00-000Z/);
    const backup = path.join(dir(), 'settings.json.bak-2026-03-02T09-00-00-000Z');
    expect(fs.readFileSync(backup, 'utf8')).toBe(text); // nothing lost
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(open().notice).toBeNull(); // the next start is clean
  });
});
