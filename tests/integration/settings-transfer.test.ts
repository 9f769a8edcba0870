import * as fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchInvoke, invokeContract, type IpcResult, type SettingsImport } from '@shared/ipc-contract';
import { DEFAULT_PROFILE } from '@shared/program/profile-model';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '@shared/settings-schema';
import { MAX_IMPORT_TEXT_LENGTH, MAX_SETTINGS_IMPORT_BYTES } from '@shared/settings-transfer';
import type { AppService } from '../../electron/core/app-service';
import { createConfBackend, settingsFilePath } from '../../electron/web-host/conf-backend';
import type { SettingsStore } from '../../electron/core/settings-store';
import { startTestApp } from '../helpers/app-harness';
import { tempDirPerTest } from '../helpers/temp-dir';

/**
 * Settings > Data & privacy and the reset buttons, through the contract's
 * real handlers on a temp data folder: export, import (valid, older versions
 * migrated, and every kind of bad file, which must change nothing at all)
 * and reset per group or for everything, which keeps the user's answers and
 * the safety state.
 */
const START = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const dir = tempDirPerTest('posture-transfer-');

/** A returning user who answered the questionnaire and whose program a red flag stopped. */
const ANSWERED: Settings['profile'] = {
  ...DEFAULT_PROFILE,
  status: 'completed',
  painAreas: ['low-back'],
  severity: 4,
  conditions: ['pregnancy'],
};
const STOPPED: Settings['safety'] = { stoppedAt: START - 86_400_000, reasons: ['severe-pain-not-improving'] };

/** Set to make the settings backend refuse writes, as a full or read-only disk does. */
let diskRefuses = false;

async function build(general: Settings['general'] = DEFAULT_SETTINGS.general) {
  fs.writeFileSync(
    settingsFilePath(dir()),
    JSON.stringify({ ...DEFAULT_SETTINGS, general, profile: ANSWERED, safety: STOPPED }),
  );
  const { app, settings } = await startTestApp({
    dataDir: dir(),
    start: START,
    settingsBackend: (dataDir) => {
      const conf = createConfBackend(dataDir);
      return {
        path: conf.path,
        get store() {
          return conf.store;
        },
        set store(value) {
          if (diskRefuses) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          conf.store = value;
        },
      };
    },
  });
  const call = async <T>(name: keyof typeof invokeContract, payload: unknown): Promise<IpcResult<T>> =>
    (await dispatchInvoke(app.handlers, invokeContract[name].channel, payload)) as IpcResult<T>;
  const importText = async (text: string) => {
    const result = await call<SettingsImport>('importSettings', { text });
    if (!result.ok) throw new Error(`import failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const changes: Settings[] = [];
  settings.onChange((next) => changes.push(next));
  return { app, settings, call, importText, changes };
}

/** The file on disk (bytes and modification time) and what the app shows: any change shows. */
function observed(app: AppService, settings: SettingsStore) {
  const file = settingsFilePath(dir());
  return {
    text: fs.readFileSync(file, 'utf8'),
    mtime: fs.statSync(file).mtimeMs,
    settings: settings.get(),
    snapshot: app.snapshot(),
  };
}

function nextMovement(app: AppService): number | undefined {
  return app.snapshot().schedule.next.find((r) => r.kind === 'movement')?.at;
}

afterEach(() => {
  diskRefuses = false;
});

describe('export', () => {
  it('is a dated JSON file of every setting but the answers and the safety state', async () => {
    const { app, call } = await build();
    const result = await call<{ filename: string; content: string }>('exportSettings', {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.filename).toBe('posture-breaks-settings-2026-03-02.json');
    const file = JSON.parse(result.value.content) as Record<string, unknown>;
    const { profile: _p, safety: _s, ...expected } = DEFAULT_SETTINGS;
    expect(file).toEqual(expected);
    expect(result.value.content).not.toMatch(/pregnancy|low-back|severe-pain/);
    app.stop();
  });
});

describe('import', () => {
  it('round-trips an export: changed settings come back exactly, and take effect at once', async () => {
    const { app, settings, call, importText, changes } = await build();
    settings.update({ movement: { intervalSeconds: 30 * 60 }, general: { theme: 'dark' } });
    const exported = await call<{ content: string }>('exportSettings', {});
    if (!exported.ok) throw new Error(exported.error.message);
    settings.update({ movement: { intervalSeconds: 90 * 60 }, general: { theme: 'light' } });
    expect(nextMovement(app)).toBe(START + 90 * MINUTE);

    const before = changes.length;
    const outcome = await importText(exported.value.content);
    expect(outcome).toMatchObject({ imported: true, migratedFrom: null });
    expect(changes.length - before).toBe(1); // one change, applied as a whole
    expect(settings.get().movement.intervalSeconds).toBe(30 * 60);
    expect(settings.get().general.theme).toBe('dark');
    expect(nextMovement(app)).toBe(START + 30 * MINUTE);
    const onDisk = JSON.parse(fs.readFileSync(settingsFilePath(dir()), 'utf8')) as Settings;
    expect(onDisk.movement.intervalSeconds).toBe(30 * 60);
    app.stop();
  });

  it("keeps this computer's answers and safety stop, whatever the file says", async () => {
    const { app, settings, importText } = await build();
    const outcome = await importText(
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        profile: { ...DEFAULT_PROFILE, status: 'skipped' },
        safety: { stoppedAt: null, reasons: [] },
      }),
    );
    expect(outcome.imported).toBe(true);
    expect(settings.get().profile).toEqual(ANSWERED);
    expect(settings.get().safety).toEqual(STOPPED);
    app.stop();
  });

  it('upgrades a version 1 file with the same migrations as the settings file', async () => {
    const { app, settings, importText } = await build();
    const outcome = await importText(
      JSON.stringify({
        version: 1,
        movement: { enabled: true, intervalSeconds: 2400, durationSeconds: 240 },
        snoozeMinutes: 5,
      }),
    );
    expect(outcome).toMatchObject({ imported: true, migratedFrom: 1 });
    expect(settings.get()).toMatchObject({
      version: SETTINGS_VERSION,
      movement: { intervalSeconds: 2400, durationSeconds: 240 },
      breakRules: { snoozeMinutes: 5 },
      profile: ANSWERED,
      safety: STOPPED,
    });
    app.stop();
  });

  it('upgrades a version 2 file without answers of its own', async () => {
    const { app, settings, importText } = await build();
    const { profile: _p, safety: _s, general: _g, stats: _st, player: _pl, ...v2 } = DEFAULT_SETTINGS;
    const outcome = await importText(
      JSON.stringify({ ...v2, version: 2, breakRules: { ...v2.breakRules, strict: true } }),
    );
    expect(outcome).toMatchObject({ imported: true, migratedFrom: 2 });
    expect(settings.get().breakRules.strict).toBe(true);
    expect(settings.get().profile).toEqual(ANSWERED);
    app.stop();
  });

  const big = `{"version":${SETTINGS_VERSION},"padding":"${'x'.repeat(MAX_IMPORT_TEXT_LENGTH - 40)}"}`;
  it.each([
    ['not JSON', '{"version": 3, "movement": {', 'not-json', []],
    ['empty', '', 'not-json', []],
    ['a JSON array', '[1, 2, 3]', 'not-settings', []],
    ['JSON without a version', '{"movement": {"intervalSeconds": 1800}}', 'not-settings', []],
    ['from an unknown old version', '{"version": 0}', 'not-settings', []],
    [
      'from a newer version',
      JSON.stringify({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION + 1 }),
      'newer-version',
      [],
    ],
    [
      'out of range in two places',
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        movement: { ...DEFAULT_SETTINGS.movement, intervalSeconds: 10 },
        breakRules: { ...DEFAULT_SETTINGS.breakRules, snoozeMinutes: 'ten' },
      }),
      'invalid',
      ['breakRules.snoozeMinutes', 'movement.intervalSeconds'],
    ],
    [
      'overlapping working hours',
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        workingHours: {
          enabled: true,
          days: {
            ...DEFAULT_SETTINGS.workingHours.days,
            mon: [
              { start: '09:00', end: '12:00' },
              { start: '11:00', end: '17:00' },
            ],
          },
        },
      }),
      'invalid',
      ['workingHours.days.mon'],
    ],
    ['with a key it does not know', JSON.stringify({ ...DEFAULT_SETTINGS, shell: 'rm -rf /' }), 'invalid', ['']],
    ['a prototype key', `{"version":3,"__proto__":{"polluted":true}}`, 'invalid', null],
    [
      'over the size limit',
      `${JSON.stringify(DEFAULT_SETTINGS)}${' '.repeat(MAX_SETTINGS_IMPORT_BYTES)}`,
      'too-large',
      [],
    ],
    ['a megabyte', big, 'too-large', []],
  ])('refuses a file %s, says why, and changes nothing', async (_label, text, problem, paths) => {
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_TEXT_LENGTH);
    const { app, settings, importText, changes } = await build();
    const before = observed(app, settings);
    const outcome = await importText(text);
    expect(outcome).toMatchObject({ imported: false, problem });
    if (!outcome.imported && paths) expect(outcome.issues.map((i) => i.path).sort()).toEqual(paths);
    expect(observed(app, settings)).toEqual(before);
    expect(changes).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    app.stop();
  });

  it("words the refused values in the app's language", async () => {
    const file = JSON.stringify({
      ...DEFAULT_SETTINGS,
      movement: { ...DEFAULT_SETTINGS.movement, intervalSeconds: 10 },
    });
    const messages: Record<string, string> = {};
    for (const language of ['en', 'de', 'fr'] as const) {
      const { app, importText } = await build({ ...DEFAULT_SETTINGS.general, language });
      const outcome = await importText(file);
      if (outcome.imported) throw new Error('imported');
      expect(outcome.issues.map((i) => i.path)).toEqual(['movement.intervalSeconds']);
      messages[language] = outcome.issues[0]?.message ?? '';
      app.stop();
    }
    // zod's own locales: "Too small: …", "Zu klein: …", "Trop petit : …", each with the minimum.
    expect(messages.en).toMatch(/^Too small.*300/);
    expect(messages.de).toMatch(/^Zu klein.*300/);
    expect(messages.fr).toMatch(/^Trop petit.*300/);
  });

  it('refuses a text beyond what the channel carries as an invalid payload, changing nothing', async () => {
    const { app, settings, call } = await build();
    const before = observed(app, settings);
    const result = await call('importSettings', { text: ' '.repeat(MAX_IMPORT_TEXT_LENGTH + 1) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(observed(app, settings)).toEqual(before);
    app.stop();
  });

  it('refuses, changing nothing, when the disk refuses the write', async () => {
    const { app, settings, call, changes } = await build();
    const before = observed(app, settings);
    diskRefuses = true;
    const text = JSON.stringify({ ...DEFAULT_SETTINGS, movement: { ...DEFAULT_SETTINGS.movement, enabled: false } });
    const result = await call('importSettings', { text });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', message: /ENOSPC/ } });
    expect(observed(app, settings)).toEqual(before);
    expect(changes).toEqual([]);
    app.stop();
  });
});

describe('reset to defaults', () => {
  const changed = {
    posture: { intervalSeconds: 40 * 60, mode: 'sit-stand' as const },
    movement: { intervalSeconds: 30 * 60 },
    workingHours: { enabled: true },
    breakRules: { strict: true },
    general: { theme: 'dark' as const, launchAtLogin: false, language: 'de' as const },
    notifications: { enabled: false },
    player: { sound: false },
  };

  it("puts back one group's settings only, and says it to the engine at once", async () => {
    const { app, settings, call } = await build();
    settings.update(changed);
    expect(nextMovement(app)).toBe(START + 30 * MINUTE);
    const result = await call<Settings>('resetSettings', { scope: 'reminders' });
    expect(result.ok).toBe(true);
    const now = settings.get();
    expect(now.posture).toEqual(DEFAULT_SETTINGS.posture);
    expect(now.movement).toEqual(DEFAULT_SETTINGS.movement);
    expect(nextMovement(app)).toBe(START + 50 * MINUTE);
    // Other groups keep their changes.
    expect(now.breakRules.strict).toBe(true);
    expect(now.general).toEqual({ theme: 'dark', launchAtLogin: false, language: 'de' });

    await call('resetSettings', { scope: 'appearance' });
    expect(settings.get().general).toEqual({ theme: 'system', launchAtLogin: false, language: 'system' });
    await call('resetSettings', { scope: 'schedule' });
    expect(settings.get().general.launchAtLogin).toBe(true);
    expect(settings.get().workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
    app.stop();
  });

  it('puts back everything but the answers and the safety state', async () => {
    const { app, settings, call } = await build();
    settings.update(changed);
    const result = await call<Settings>('resetSettings', { scope: 'all' });
    expect(result).toMatchObject({ ok: true });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, profile: ANSWERED, safety: STOPPED });
    expect(JSON.parse(fs.readFileSync(settingsFilePath(dir()), 'utf8'))).toEqual(settings.get());
    app.stop();
  });

  it('refuses a group that holds no settings', async () => {
    const { app, call } = await build();
    for (const scope of ['about', 'data', 'profile', 'safety']) {
      expect(await call('resetSettings', { scope })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    app.stop();
  });
});
