import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Settings } from '../../shared/settings-schema';
import { REPO_ROOT, WebHostApp, type LaunchOptions } from './web-host-app';

/**
 * Playwright's `test` with the web host as fixtures, for tests/e2e/: every
 * host a test launches is stopped after it and every data folder made for it
 * removed, so no spec keeps launch and clean-up code of its own. Hosts run
 * with TZ=UTC unless a test's `env` says otherwise.
 *
 *   test.use({ hostOptions: { now: NOW } });          // one host per test, as `app`
 *   test('…', async ({ page, app }) => …);
 *   test('…', async ({ page, launchApp }) => {        // or launched in the test
 *     const app = await launchApp({ now: NOW, history: { years: 1, end: '2026-03-02' } });
 */

/** History from the benchmarks' generator (out/main/seed-history.js): `years` of it ending `end`. */
export interface SeededHistory {
  years: number;
  end: string;
  /** Another generator seed (the default is the generator's). */
  seed?: number;
}

export interface HostOptions extends LaunchOptions {
  /** Written as the data folder's settings.json before the host starts. */
  settings?: Settings;
  /** Seeded into the data folder before the host starts. */
  history?: SeededHistory;
}

interface WebHostFixtures {
  /** How `app` is launched: `test.use({ hostOptions: … })` in a spec. */
  hostOptions: HostOptions;
  /** The test's host, launched from hostOptions when a test asks for it. */
  app: WebHostApp;
  /** Launches a host; its data folder is a new one unless `dataDir` is given. */
  launchApp: (options?: HostOptions) => Promise<WebHostApp>;
  /** A new, empty data folder. */
  makeDataDir: () => string;
}

/** Seeds `history` into `dataDir` with the built generator. */
export function seedHistory(dataDir: string, { years, end, seed }: SeededHistory): void {
  const seeded = spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'out/main/seed-history.js'),
      ...['--data-dir', dataDir, '--years', String(years), '--end', end],
      ...(seed === undefined ? [] : ['--seed', String(seed)]),
    ],
    { encoding: 'utf8' },
  );
  expect(seeded.status, seeded.stderr).toBe(0);
}

export const test = base.extend<WebHostFixtures>({
  hostOptions: [{}, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  makeDataDir: async ({}, use) => {
    const made: string[] = [];
    await use(() => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-e2e-'));
      made.push(dataDir);
      return dataDir;
    });
    for (const dataDir of made) fs.rmSync(dataDir, { recursive: true, force: true });
  },

  // On makeDataDir, so the hosts stop before their folders go.
  launchApp: async ({ makeDataDir }, use) => {
    const launched: WebHostApp[] = [];
    await use(async ({ settings, history, ...options } = {}) => {
      const dataDir = options.dataDir ?? makeDataDir();
      if (history) seedHistory(dataDir, history);
      if (settings) fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(settings));
      const app = await WebHostApp.launch({ ...options, dataDir, env: { TZ: 'UTC', ...options.env } });
      launched.push(app);
      return app;
    });
    for (const app of launched) await app.stop();
  },

  app: async ({ hostOptions, launchApp }, use) => {
    await use(await launchApp(hostOptions));
  },
});

export { expect };
