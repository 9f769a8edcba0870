import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { LANGUAGES } from '../../shared/i18n/languages';
import { RESOURCES } from '../../shared/i18n/i18n';
import { DEFAULT_SETTINGS } from '../../shared/settings-schema';
import { WebHostApp } from '../helpers/web-host-app';

/**
 * The break window at its narrowest (520 × 480, electron/electron-host/window-options.ts),
 * in every language: while a stretch plays, the four controls (previous,
 * pause, next, end) share one row, so the bar that stays at the bottom
 * covers as little of the exercise as it can. Screenshots go to
 * test-results/screenshots/.
 */
let app: WebHostApp | undefined;
let dataDir: string | undefined;

test.afterEach(async () => {
  await app?.stop();
  app = undefined;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

for (const language of LANGUAGES) {
  test(`${language}: the player's controls share one row at 520 px`, async ({ page }) => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-e2e-'));
    fs.writeFileSync(
      path.join(dataDir, 'settings.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, general: { ...DEFAULT_SETTINGS.general, language } }),
    );
    app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z', env: { TZ: 'UTC' }, dataDir });
    await page.setViewportSize({ width: 520, height: 480 });
    await page.goto(app.url);
    await app.clickTray('start-now');
    const strings = RESOURCES[language].player;
    await page.getByRole('button', { name: strings.ready.start, exact: true }).click();

    const controls = page.getByRole('group', { name: strings.screen.controls }).getByRole('button');
    await expect(controls).toHaveCount(4);
    await expect(controls.nth(1)).toHaveText(strings.controls.pause);
    const middles = await controls.evaluateAll((buttons) =>
      buttons.map((b) => {
        const box = b.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      }),
    );
    expect(new Set(middles).size, `the buttons' middles: ${middles.join(', ')}`).toBe(1);
    await page.screenshot({ path: `test-results/screenshots/player-520-${language}.png` });
  });
}
