import { LANGUAGES } from '../../shared/i18n/languages';
import { RESOURCES } from '../../shared/i18n/i18n';
import { returningUserSettings } from '../helpers/web-host-app';
import { expect, test } from '../helpers/web-host-test';

/**
 * The break window at its narrowest (520 × 480, electron/electron-host/window-options.ts),
 * in every language: while a stretch plays, the four controls (previous,
 * pause, next, end) share one row, so the bar that stays at the bottom
 * covers as little of the exercise as it can. Screenshots go to
 * test-results/screenshots/.
 */
test.use({ viewport: { width: 520, height: 480 } });

for (const language of LANGUAGES) {
  test(`${language}: the player's controls share one row at 520 px`, async ({ page, launchApp }) => {
    const app = await launchApp({
      now: '2026-03-02T09:00:00Z',
      settings: returningUserSettings({ general: { language } }),
    });
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
