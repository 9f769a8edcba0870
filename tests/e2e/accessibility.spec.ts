import * as fs from 'node:fs';
import * as path from 'node:path';
import { audit } from '../helpers/a11y';
import { openDashboard, openSettings } from '../helpers/web-host-page';
import { SETTINGS_GROUPS } from '../../shared/settings-groups';
import { expect, test } from '../helpers/web-host-test';

/**
 * axe on every view and every panel a user can open, in light and in dark:
 * the dashboard with a year of history (charts, their tables, all tips, the
 * tray menu), the report, Settings (every group, a field error, a refused
 * import, the reset question), the break view
 * (ready, mid-exercise, paused, "How was it?"), the first-run questionnaire
 * page by page with a notice banner, the pain check-in with its safety
 * questions, the flare-up advice and red-flag notice, a break with the
 * program stopped, and the lost connection. No serious or critical
 * violation may remain; lesser ones are printed (see audit()).
 */
const NOW = '2026-03-02T09:00:00Z';

test.use({ timezoneId: 'UTC', hostOptions: { now: NOW } });

test('the dashboard with a year of history, its panels, the report and Settings', async ({ page, launchApp }) => {
  const app = await launchApp({ now: '2026-03-02T17:30:00Z', history: { years: 1, end: '2026-03-02' } });
  await page.goto(app.url);
  await expect(page.getByTestId('chart-adherence').locator('.chart__bar').first()).toBeVisible();
  await expect(page.getByRole('group', { name: /Calendar of the last 12 months/ }).getByRole('img')).toHaveCount(365);
  await audit(page, 'dashboard');

  // Every panel open at once: the tables, all tips, the tray menu.
  for (const button of await page.getByRole('button', { name: 'Show as table' }).all()) await button.click();
  await page.getByRole('button', { name: 'All tips' }).click();
  await page.getByRole('button', { name: 'Tray menu' }).click();
  await expect(page.getByRole('menu', { name: 'Tray menu' })).toBeVisible();
  // What they added (the rest is as audited above).
  await audit(page, 'dashboard, every panel open', ['.chart-table-scroll', '.tip', '.tray']);
  await page.getByRole('button', { name: 'Tray menu' }).click();

  await page.getByRole('button', { name: 'Report for my therapist' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Movement report');
  await expect(page.getByTestId('chart-adherence').locator('.chart__bar').first()).toBeVisible();
  await audit(page, 'report');
  await page.getByRole('button', { name: 'Close the report' }).click();

  await app.clickTray('settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const every = page.getByLabel('Every (minutes)').first();
  await every.fill('1');
  await every.blur();
  await expect(page.getByRole('alert')).toBeVisible();
  await audit(page, 'settings, with a field error');
});

test('every Settings group, the reset question and a refused import', async ({ page, app }) => {
  await openSettings(page, app);
  const groups = await page.getByRole('tab').allTextContents();
  expect(groups).toHaveLength(SETTINGS_GROUPS.length);
  for (const group of groups) {
    await page.getByRole('tab', { name: group }).click();
    await expect(page.getByRole('tabpanel', { name: group })).toBeVisible();
    await audit(page, `settings, ${group}`);
  }

  await page.getByRole('tab', { name: 'Data & privacy' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import settings…' }).click();
  await (
    await choosing
  ).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "version": ') });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await audit(page, 'settings, a refused import');

  await page.getByRole('button', { name: 'Reset all settings to defaults…' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await audit(page, 'settings, the reset question');
});

test('the break view: ready, mid-exercise, paused, and "How was it?"', async ({ page, app }) => {
  await openDashboard(page, app, { install: NOW });
  await app.clickTray('start-now');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await audit(page, 'break, ready');

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(8_000);
  await expect(page.getByTestId('player-rep')).toBeVisible();
  await audit(page, 'break, mid-exercise');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await audit(page, 'break, paused');

  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(10 * 60_000);
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  await page.getByRole('button', { name: 'Painful' }).first().click();
  await audit(page, 'break, how was it');
});

test('the first-run questionnaire with a notice, then the safety notices after a red flag', async ({
  page,
  launchApp,
}) => {
  // Late in the evening, so that the next day's check-in is a few minutes away.
  const evening = '2026-03-02T23:40:00Z';
  const first = await launchApp({ firstRun: true, now: evening });
  // A settings file that cannot be read: defaults load and a notice says so.
  await first.stop();
  fs.writeFileSync(path.join(first.dataDir, 'settings.json'), '{ not json');
  const app = await launchApp({ firstRun: true, now: evening, dataDir: first.dataDir });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Let us fit the stretches to your back' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notices' })).toBeVisible();
  await audit(page, 'questionnaire, welcome, with a notice');
  await page.getByRole('region', { name: 'Notices' }).getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Start the questions' }).click();

  for (const step of ['Where it hurts', 'Your day', 'Your preferences', 'Health conditions']) {
    await expect(page.getByRole('heading', { name: step, level: 1 })).toBeVisible();
    if (step === 'Where it hurts') await page.getByRole('checkbox', { name: 'Low back' }).check();
    await audit(page, `questionnaire, ${step}`);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Safety questions', level: 1 })).toBeVisible();
  await audit(page, 'questionnaire, Safety questions');
  await page.getByRole('button', { name: 'See my program' }).click();
  await expect(page.getByRole('heading', { name: 'All set' })).toBeVisible();
  await audit(page, 'questionnaire, the program');
  await page.getByRole('button', { name: 'Go to the dashboard' }).click();

  // Severe pain two days running brings the flare-up advice; the second day's check-in also reports a red flag.
  const checkIn = page.getByRole('region', { name: 'How is your back today?' });
  await checkIn.getByRole('slider').first().fill('8');
  await checkIn.getByRole('button', { name: "Save today's check-in" }).click();
  await expect(page.getByText("Thanks: today's check-in is saved.")).toBeVisible();
  await app.advance(30 * 60_000);
  await checkIn.getByRole('slider').first().fill('8');
  await checkIn.getByText('Anything new that worries you?').click();
  await checkIn
    .getByRole('checkbox', { name: 'Do you have numbness, tingling or weakness in a leg (or an arm)?' })
    .check();
  // The rest of the dashboard had its audit in the first test: the panels only.
  await audit(page, 'dashboard, the check-in with its safety questions', ['.checkin']);
  await checkIn.getByRole('button', { name: "Save today's check-in" }).click();
  await expect(page.getByRole('heading', { name: 'Please get medical help today' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your back has been flaring up' })).toBeVisible();
  await audit(page, 'dashboard, red flag and flare-up advice', ['.red-flag', '.advice', '.checkin']);

  await app.clickTray('start-now');
  await expect(page.getByRole('heading', { name: 'No exercises for now' })).toBeVisible();
  await audit(page, 'break, program stopped');

  // The backend goes away: the page says it is reconnecting.
  await app.stop();
  await expect(page.getByText('Lost the connection to the app. Reconnecting…')).toBeVisible();
  await audit(page, 'connection lost');
});
