import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import type { Settings } from '../../shared/settings-schema';
import { returningUserSettings, type WebHostApp } from '../helpers/web-host-app';
import { openDashboard } from '../helpers/web-host-page';
import { expect, test, type HostOptions } from '../helpers/web-host-test';

/**
 * Settings > Theme in a plain browser (the web host), where Electron's
 * nativeTheme does not exist: a forced light theme wins over a dark system
 * and a forced dark one over a light system, form controls follow
 * (`color-scheme`), the charts' colours too, and a change in Settings shows
 * at once, without a reload. Screenshots go to test-results/screenshots/.
 */
// test-results/: a test run must not rewrite the committed copies in docs/screenshots/.
const SHOTS = 'test-results/screenshots';
const LIGHT_BG = 'rgb(246, 248, 247)';
const DARK_BG = 'rgb(16, 22, 20)';
/** The ring's track: --chart-ring-track, light and dark. */
const LIGHT_TRACK = 'rgb(220, 239, 233)';
const DARK_TRACK = 'rgb(45, 74, 67)';

test.use({ timezoneId: 'UTC' });

/**
 * Launches a returning user whose settings say `theme`, on a system whose
 * colour scheme is `system`, and opens the dashboard.
 */
async function openThemed(
  page: Page,
  launchApp: (options: HostOptions) => Promise<WebHostApp>,
  theme: Settings['general']['theme'],
  system: 'light' | 'dark',
): Promise<WebHostApp> {
  const app = await launchApp({ now: '2026-03-02T09:00:00Z', settings: returningUserSettings({ general: { theme } }) });
  await page.emulateMedia({ colorScheme: system });
  await openDashboard(page, app);
  return app;
}

/** What the page paints: its background, its colour scheme and a chart colour. */
function looks(page: Page) {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const track = document.querySelector('.chart__ring-track');
    return {
      background: root.backgroundColor,
      colorScheme: root.colorScheme,
      theme: document.documentElement.dataset.theme ?? 'system',
      track: track ? getComputedStyle(track).fill : null,
    };
  });
}

test('a forced light theme wins over a dark system, and a forced dark one over a light system', async ({
  page,
  launchApp,
}) => {
  const light = await openThemed(page, launchApp, 'light', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('today-ring').locator('.chart__surface')).toBeVisible();
  expect(await looks(page)).toEqual({ background: LIGHT_BG, colorScheme: 'light', theme: 'light', track: LIGHT_TRACK });
  // Native form controls follow the page's scheme, not the system's.
  await expect(page.locator('.pause-select select')).toHaveCSS('color-scheme', 'light');
  await page.screenshot({ path: `${SHOTS}/theme-light-on-dark-system.png` });
  await light.stop();

  await openThemed(page, launchApp, 'dark', 'light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('today-ring').locator('.chart__surface')).toBeVisible();
  expect(await looks(page)).toEqual({ background: DARK_BG, colorScheme: 'dark', theme: 'dark', track: DARK_TRACK });
  await expect(page.locator('.today-ring')).toHaveCSS('background-color', 'rgb(24, 33, 30)');
  await expect(page.locator('.pause-select select')).toHaveCSS('color-scheme', 'dark');
  await page.screenshot({ path: `${SHOTS}/theme-dark-on-light-system.png` });
});

test('choosing a theme in Settings takes effect at once, and "Follow the system" follows it again', async ({
  page,
  launchApp,
}) => {
  const app = await openThemed(page, launchApp, 'system', 'dark');
  expect(await looks(page)).toMatchObject({ background: DARK_BG, colorScheme: 'light dark', theme: 'system' });

  await app.clickTray('settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Appearance' }).click();
  const theme = page.getByLabel('Theme');
  // The page is never reloaded: a marker set now survives every switch.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  await theme.selectOption('light');
  await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_BG);
  await expect(theme).toHaveCSS('color-scheme', 'light');
  await page.screenshot({ path: `${SHOTS}/theme-settings-light.png` });

  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_BG);
  await page.screenshot({ path: `${SHOTS}/theme-settings-dark.png` });

  await theme.selectOption('system');
  await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_BG);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_BG);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  // Saved: the next page (or the next launch) starts in the chosen theme.
  const saved = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')) as Settings;
  expect(saved.general.theme).toBe('system');
});
